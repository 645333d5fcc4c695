/**
 * Workflow variable names, the one rule shared by `Assign` keys, `$name` in JSONPath paths and
 * intrinsic arguments, and `$name` in JSONata expressions.
 *
 * AWS: "Variable names must follow the rules for Unicode identifiers as described in Unicode
 * Standard Annex #31. The first character of a variable name must be a Unicode ID_Start
 * character, and the second and subsequent characters must be Unicode ID_Continue characters.
 * The maximum length of a variable name is 80."
 * (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html, "Variable name
 * syntax"). So `$café` is a variable. aslc also accepts a leading `_` and other numerals
 * (`\p{N}`, e.g. `x²`) after the first character, as it did before; AWS's rule for those is
 * unconfirmed.
 */
import { MAX_VARIABLE_NAME_LENGTH } from './quotas.ts';

/** A whole variable name (length not checked). */
export const VARIABLE_NAME = /^[\p{ID_Start}_][\p{ID_Continue}\p{N}]*$/u;
const VARIABLE_PREFIX = /[\p{ID_Start}_][\p{ID_Continue}\p{N}]*/uy;

/**
 * Names a workflow cannot assign: `$states` is JSONata's reserved binding (`$states.input`, …).
 */
export const RESERVED_VARIABLE_NAMES: readonly string[] = ['states'];

/** Why a name is not a variable name, or undefined when it is one. */
export type VariableNameProblem = 'syntax' | 'sub-path' | 'too-long' | 'reserved';

/**
 * Checks a name for `Assign`: undefined when it is a valid, assignable variable name.
 *
 * @example
 * ```ts
 * variableNameProblem('café'); // undefined
 * variableNameProblem('a.b'); // 'sub-path'
 * variableNameProblem('states'); // 'reserved'
 * ```
 */
export function variableNameProblem(name: string): VariableNameProblem | undefined {
  if (/[.[\]]/.test(name)) return 'sub-path';
  if (!VARIABLE_NAME.test(name)) return 'syntax';
  if (codePointLength(name) > MAX_VARIABLE_NAME_LENGTH) return 'too-long';
  if (RESERVED_VARIABLE_NAMES.includes(name)) return 'reserved';
  return undefined;
}

/**
 * True for a name a workflow may assign and read (`$name`).
 *
 * @example
 * ```ts
 * isVariableName('count'); // true
 * isVariableName('9lives'); // false
 * ```
 */
export function isVariableName(name: string): boolean {
  return variableNameProblem(name) === undefined;
}

/**
 * The variable name that starts at `position` of `text` (after a `$`), or undefined. Used by
 * the JSONPath grammar for `$name…` roots.
 *
 * @example
 * ```ts
 * readVariableName('$café.x', 1); // 'café'
 * ```
 */
export function readVariableName(text: string, position: number): string | undefined {
  VARIABLE_PREFIX.lastIndex = position;
  const m = VARIABLE_PREFIX.exec(text);
  return m === null ? undefined : m[0];
}

/** Length in code points (what AWS counts). */
function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    n++;
  }
  return n;
}
