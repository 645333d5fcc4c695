/**
 * `aslc import`'s library: reading state machines from ASL files, SAM/CloudFormation templates
 * and Serverless services, and writing each one as a TypeScript workflow module built with the
 * DSL. Text only: formatting, checking and writing are the CLI's (src/cli/import).
 */
export { generateModule, type GeneratedModule, type ModuleSource } from './module-code.ts';
export type { Unsupported } from './gen-context.ts';
export { readImportSources, sourceKind, type SourceKind } from './sources/read-sources.ts';
export { moduleName, type ImportSource, type ReadRelative } from './sources/import-source.ts';
