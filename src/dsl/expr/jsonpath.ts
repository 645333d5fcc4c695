import { JsonPathNode } from '../../ir/expression-node.ts';
import { DslError } from '../dsl-error.ts';
import { brand, type JsonPath } from './expression.ts';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks the shape of a JSONPath string; returns a reason when it is not one. @internal */
export function jsonPathProblem(text: string): string | undefined {
  if (typeof text !== 'string') return 'a JSONPath must be a string';
  if (!text.startsWith('$')) return "a JSONPath must start with '$'";
  if (text !== text.trim()) return 'a JSONPath must not start or end with whitespace';
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth < 0) return "unbalanced ']'";
    }
  }
  if (quote !== undefined) return 'unterminated quoted name';
  if (depth !== 0) return "unbalanced '['";
  const rest = text.startsWith('$$') ? text.slice(2) : text.slice(1);
  if (!text.startsWith('$$') && /^[A-Za-z_]/.test(rest)) {
    const name = /^[A-Za-z0-9_]+/.exec(rest)?.[0] ?? '';
    if (!VARIABLE_NAME.test(name)) return `invalid variable name '${name}'`;
    const after = rest.slice(name.length);
    if (after !== '' && !after.startsWith('.') && !after.startsWith('[')) {
      return `unexpected '${after[0]}' after '$${name}'`;
    }
    return undefined;
  }
  if (rest !== '' && !rest.startsWith('.') && !rest.startsWith('[')) {
    return `unexpected '${rest[0]}' after '${text.startsWith('$$') ? '$$' : '$'}'`;
  }
  if (rest.endsWith('.') && !rest.endsWith('..')) return "a JSONPath must not end with '.'";
  return undefined;
}

/**
 * A JSONPath reference: `$` (the input), `$.a.b`, `$['a b']`, `$.items[0]`, `$$.Execution.Name`
 * (the context object) or `$name` / `$name.field` (a variable). In a payload it is emitted as a
 * `key.$` entry; in a field such as `seconds` it selects the `…Path` form (`SecondsPath`).
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
 * `variable('user', 'id')` is `$user.id`.
 *
 * @example
 * ```ts
 * pass('Use', { parameters: { n: variable('count') } }); // "n.$": "$count"
 * ```
 */
export function variable(name: string, field?: string): JsonPath {
  if (!VARIABLE_NAME.test(name) || name.length > 80) {
    throw new DslError('InvalidVariableName', `invalid variable name '${name}'`, {
      hint: 'use letters, digits and underscores (not starting with a digit), at most 80 characters',
    });
  }
  if (field === undefined || field === '') return path(`$${name}`);
  return path(field.startsWith('[') ? `$${name}${field}` : `$${name}.${field}`);
}

/** True for a valid variable name (`Assign` keys). @internal */
export function isVariableName(name: string): boolean {
  return VARIABLE_NAME.test(name) && name.length <= 80;
}
