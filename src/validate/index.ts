/**
 * aslc's validator for Amazon States Language definitions (`aslc/validate`): works on any
 * parsed ASL JSON, hand-written or compiled.
 *
 * @example
 * ```ts
 * import { validate, formatDiagnostic, isValid } from 'aslc/validate';
 *
 * const diagnostics = validate(definition, { type: 'EXPRESS', allowPlaceholders: true });
 * for (const d of diagnostics) console.log(formatDiagnostic(d, { file: 'flow.asl.json' }));
 * if (!isValid(diagnostics)) process.exitCode = 1;
 * ```
 */
export { validate, validateBytes, validateText, isValid } from './validate.ts';
export { formatDiagnostic, sortDiagnostics, createDiagnostic } from './diagnostic.ts';
export type { Diagnostic, DiagnosticExtras, Severity } from './diagnostic.ts';
export { DIAGNOSTIC_CODES } from './codes.ts';
export type { DiagnosticCode } from './codes.ts';
export type { ValidateOptions } from './options.ts';
export { aslSchema } from './schema/schema-validator.ts';
export { RULES } from './rules/index.ts';
export type { Rule } from './rules/rule.ts';
export { validateRemote, resolveAwsCredentials, createSfnValidateClient } from './remote.ts';
export type { RemoteOptions, RemoteResult, RemoteDiagnostic, SfnValidateClient } from './remote.ts';
