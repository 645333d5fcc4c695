/**
 * aslc: a TypeScript compiler for the Amazon States Language.
 *
 * The DSL builds state machines; `compile` turns them into byte-stable ASL JSON.
 * Subpath entries: `aslc/validate`, `aslc/fragments`, `aslc/scaffolding`, `aslc/iac`,
 * `aslc/render`, `aslc/run`.
 */
export * from './dsl/index.ts';
export {
  compile,
  InvalidDefinitionError,
  type CompileOptions,
  type CompileResult,
} from './compile.ts';
export type { Diagnostic } from './validate/diagnostic.ts';
export type * from './asl/types.ts';
export type { AslStateType } from './asl/names.ts';
export type { IntrinsicName } from './asl/intrinsic/functions.ts';
export { ASL_STATE_TYPES, STATES_ERROR_NAMES } from './asl/names.ts';
export { INTRINSIC_FUNCTIONS } from './asl/intrinsic/functions.ts';
export { AslcError, isAslcError } from './util/errors.ts';
