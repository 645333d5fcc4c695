/**
 * Paths as JSONPath states write them: `$…` (the input), `$$…` (the context object) and
 * `$name…` (a workflow variable), with the causes AWS reports when they match nothing.
 */
import type { Budget } from './budget.ts';
import { runtimeError } from './errors.ts';
import { normalizedPath, type JsonPathAst } from '../../asl/jsonpath/ast.ts';
import { parseJsonPath } from '../../asl/jsonpath/parse.ts';
import type { EvaluateOptions, PathValue } from './jsonpath/evaluate.ts';
import { evaluatePath } from './jsonpath/evaluate.ts';
import type { VariableScope } from './scope.ts';

/** What a path is evaluated against. */
export interface PathEnv {
  /** What `$` designates. */
  readonly input: unknown;
  /** The context object (`$$`). */
  readonly context: unknown;
  /** The visible variables (`$name`). */
  readonly scope: VariableScope;
  /** The execution's wall-clock budget, checked by long evaluations (intrinsic calls). */
  readonly budget?: Budget;
}

/** A parsed path with its root. */
export interface Reference {
  readonly source: 'input' | 'context' | 'variable';
  readonly variable: string | undefined;
  readonly ast: JsonPathAst;
  readonly text: string;
}

/**
 * True when a string is a path (`$`, `$.x`, `$$.x`, `$var`), as opposed to an intrinsic call.
 *
 * @example
 * ```ts
 * isPathString('$.a'); // true
 * isPathString("States.Format('x')"); // false
 * ```
 */
export function isPathString(text: string): boolean {
  return text.startsWith('$');
}

/**
 * Parses a path with the shared grammar (src/asl/jsonpath); a malformed one is a
 * `States.Runtime` error (a validated definition never has one).
 *
 * @example
 * ```ts
 * parseReference('$$.Execution.Id').source; // 'context'
 * ```
 */
export function parseReference(text: string): Reference {
  const parsed = parseJsonPath(text);
  if (!parsed.ok) throw runtimeError(`Invalid path '${text}': ${parsed.message}`);
  return { source: parsed.root, variable: parsed.variable, ast: parsed.ast, text };
}

/**
 * The document a reference starts from; undefined `found: false` for an unknown variable.
 *
 * @example
 * ```ts
 * referenceRoot(parseReference('$$.State'), env); // { found: true, value: env.context }
 * ```
 */
export function referenceRoot(ref: Reference, env: PathEnv): PathValue {
  if (ref.source === 'context') return { found: true, value: env.context };
  if (ref.source === 'variable') return env.scope.get(ref.variable ?? '');
  return { found: true, value: env.input };
}

/**
 * Evaluates a path string.
 *
 * @example
 * ```ts
 * readReference('$.a', { input: { a: 1 }, context: {}, scope: new VariableScope() }); // { found: true, value: 1 }
 * ```
 */
export function readReference(
  text: string,
  env: PathEnv,
  options: EvaluateOptions = {},
): PathValue {
  const ref = parseReference(text);
  const root = referenceRoot(ref, env);
  if (!root.found) return root;
  return evaluatePath(ref.ast, root.value, root.value, options);
}

/**
 * The document a path was evaluated against, as AWS prints it in causes.
 *
 * @example
 * ```ts
 * describeRoot('$.x', env); // '{"a":1}'
 * ```
 */
export function describeRoot(text: string, env: PathEnv): string {
  const ref = parseReference(text);
  const root = referenceRoot(ref, env);
  return JSON.stringify(root.found ? root.value : null) ?? 'null';
}

/**
 * The cause AWS gives when a path in a payload template (`Parameters`, `ResultSelector`,
 * `ItemSelector`, `Assign`) matches nothing.
 *
 * @example
 * ```ts
 * fieldNotFoundCause('$.x', 'x.$', env);
 * // "The JSONPath '$.x' specified for the field 'x.$' could not be found in the input '{}'"
 * ```
 */
export function fieldNotFoundCause(path: string, field: string, env: PathEnv): string {
  const ref = parseReference(path);
  if (ref.source === 'variable' && !env.scope.get(ref.variable ?? '').found) {
    return `The variable '${ref.variable ?? ''}' referenced by '${path}' in the field '${field}' is not defined`;
  }
  return `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${describeRoot(path, env)}'`;
}

/**
 * The cause AWS gives when InputPath, OutputPath, ItemsPath or a …Path field matches nothing.
 *
 * @example
 * ```ts
 * invalidPathCause('$.a.b'); // "Invalid path '$.a.b' : No results for path: $['a']['b']"
 * ```
 */
export function invalidPathCause(path: string): string {
  const ref = parseReference(path);
  const prefix = ref.source === 'context' ? '$' : '';
  return `Invalid path '${path}' : No results for path: ${prefix}${normalizedPath(ref.ast)}`;
}

/**
 * Reads a path that must match (InputPath, OutputPath, …Path fields): `States.Runtime` otherwise.
 *
 * @example
 * ```ts
 * requireReference('$.a', env); // the value, or throws States.Runtime
 * ```
 */
export function requireReference(text: string, env: PathEnv): unknown {
  const r = readReference(text, env);
  if (!r.found) throw runtimeError(invalidPathCause(text));
  return r.value;
}
