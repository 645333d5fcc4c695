import { parseJsonPath } from '../../asl/jsonpath/parse.ts';
import { MAX_VARIABLE_NAME_LENGTH } from '../../asl/quotas.ts';
import { isVariableName } from '../../asl/variable-name.ts';
import { JsonPathNode } from '../../ir/expression-node.ts';
import { DslError } from '../dsl-error.ts';
import { brand, type JsonPath } from './expression.ts';

/**
 * Checks a JSONPath with the shared grammar (src/asl/jsonpath); returns a reason when it is not
 * one. @internal
 */
export function jsonPathProblem(text: string): string | undefined {
  if (typeof text !== 'string') return 'a JSONPath must be a string';
  const parsed = parseJsonPath(text);
  return parsed.ok ? undefined : parsed.message;
}

/**
 * A JSONPath reference: `$` (the input), `$.a.b`, `$['a b']`, `$.items[0]`, `$$.Execution.Name`
 * (the context object) or `$name` / `$name.field` (a variable). In a payload it is emitted as a
 * `key.$` entry; in a field such as `seconds` it selects the `…Path` form (`SecondsPath`).
 * The text is checked by the grammar the validator and the interpreter use, so a path that
 * `path()` accepts is one they accept.
 *
 * A plain string that starts with `$` stays a literal: only `path()` makes a reference.
 *
 * @example
 * ```ts
 * task('Get', { resource: awsSdk('s3', 'getObject'), parameters: { Bucket: path('$.bucket') } });
 * // "Parameters": { "Bucket.$": "$.bucket" }
 * ```
 */
export function path(text: string): JsonPath {
  const problem = jsonPathProblem(text);
  if (problem !== undefined) {
    throw new DslError('InvalidJsonPath', `invalid JSONPath '${String(text)}': ${problem}`, {
      hint: "write a path such as '$.field', '$$.Execution.Name' or '$variable'",
    });
  }
  return brand(JsonPathNode.create({ path: text })) as JsonPath;
}

/**
 * A reference into the context object: `contextPath('Execution.Name')` is `$$.Execution.Name`.
 *
 * @example
 * ```ts
 * contextPath('Execution.Name'); // $$.Execution.Name
 * contextPath(); // $$
 * ```
 */
export function contextPath(field?: string): JsonPath {
  if (field === undefined || field === '') return path('$$');
  if (field.startsWith('$$')) return path(field);
  return path(field.startsWith('[') ? `$$${field}` : `$$.${field}`);
}

/**
 * A reference to a workflow variable (set by `assign`): `variable('count')` is `$count`,
 * `variable('user', 'id')` is `$user.id`. Names are Unicode identifiers as AWS defines them
 * (`variable('café')` is `$café`), at most 80 characters.
 *
 * @example
 * ```ts
 * pass('Use', { parameters: { n: variable('count') } }); // "n.$": "$count"
 * ```
 */
export function variable(name: string, field?: string): JsonPath {
  if (typeof name !== 'string' || !isVariableName(name)) {
    throw new DslError('InvalidVariableName', `invalid variable name '${String(name)}'`, {
      hint: `a variable name is a letter or _, then letters, digits or _ (Unicode allowed), at most ${MAX_VARIABLE_NAME_LENGTH} characters, not 'states'`,
    });
  }
  if (field === undefined || field === '') return path(`$${name}`);
  return path(field.startsWith('[') ? `$${name}${field}` : `$${name}.${field}`);
}
