import { isExpression } from './expr/expression.ts';

/**
 * A short description of a value for an error message, so that no message shows
 * `[object Object]`: the DSL helper that built an expression, a quoted string, or the kind of
 * anything else.
 *
 * @example
 * ```ts
 * describeValue(placeholder('P')); // "placeholder('P')"
 * describeValue(sub`a-${placeholder('X')}`); // 'a sub`…` string'
 * describeValue('eu'); // '"eu"'
 * describeValue({}); // 'an object'
 * ```
 */
export function describeValue(value: unknown): string {
  if (isExpression(value)) {
    switch (value.kind) {
      case 'Placeholder':
        return `placeholder('${value.name}')`;
      case 'Substitution':
        return 'a sub`…` string';
      case 'JsonPath':
        return `a JSONPath reference (${value.path})`;
      case 'Intrinsic':
        return `an intrinsic call (${value.name})`;
      case 'Jsonata':
        return 'a jsonata() expression';
    }
  }
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}
