import { AslcError } from '../util/errors.ts';
import { isJsonObject, type JsonValue } from '../util/json.ts';
import { appendPointer } from '../util/json-pointer.ts';
import type { DiffEntry } from './diff-entry.ts';
import { elementReading, memberReading, sameStringValue, type Reading } from './expression-text.ts';

/** Deepest JSON nesting the diff walks before giving up. */
export const MAX_DIFF_DEPTH = 1000;

/**
 * Semantic equality of two JSON values: objects are equal when they have the same keys with
 * equal values, whatever the key order; arrays compare element by element; an intrinsic call
 * (under a `key.$` member, or a Fail `ErrorPath`/`CausePath`) and a JSONata `{% … %}` string
 * compare by their parse, so whitespace in them is not a difference. `reading` says how the
 * strings are read ({@link Reading}: the diff passes where each value sits, so that literal
 * text compares as text); without it, expressions compare by their parse wherever they are.
 *
 * @example
 * ```ts
 * jsonEqual({ a: 1, b: [2] }, { b: [2], a: 1 }); // true
 * jsonEqual({ 'k.$': "States.Format('{}',$.x)" }, { 'k.$': "States.Format('{}', $.x)" }); // true
 * ```
 */
export function jsonEqual(a: unknown, b: unknown, depth = 0, reading: Reading = 'loose'): boolean {
  if (depth > MAX_DIFF_DEPTH) throw tooDeep();
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return sameStringValue(a, b, reading);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const inner = elementReading(reading);
    return a.every((v, i) => jsonEqual(v, b[i], depth + 1, inner));
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k], depth + 1, memberReading(reading, k)),
  );
}

/**
 * Appends the differences between two JSON values at `pointer` to `out`: objects are compared
 * key by key (`field-added`, `field-removed`, recursion), arrays that hold objects or arrays
 * element by element (extra elements are added or removed), and anything else (scalars, arrays
 * of scalars such as `ErrorEquals`, a change of type) as one `field-changed`; expressions compare
 * by their parse where they are evaluated ({@link jsonEqual}); `reading` says how the strings
 * at `pointer` are read.
 *
 * @example
 * ```ts
 * const out: DiffEntry[] = [];
 * diffValues({ MaxAttempts: 3 }, { MaxAttempts: 5 }, '/States/A/Retry/0', out);
 * // [{ kind: 'field-changed', pointer: '/States/A/Retry/0/MaxAttempts', old: 3, new: 5 }]
 * ```
 */
export function diffValues(
  a: unknown,
  b: unknown,
  pointer: string,
  out: DiffEntry[],
  depth = 0,
  reading: Reading = 'loose',
): void {
  if (depth > MAX_DIFF_DEPTH) throw tooDeep();
  if (a === b) return;
  // Objects and structured arrays are walked once, member by member (equal members add
  // nothing); only what is compared as a whole needs `jsonEqual`.
  if (isJsonObject(a) && isJsonObject(b)) {
    for (const key of Object.keys(a)) {
      const at = appendPointer(pointer, key);
      if (!Object.hasOwn(b, key))
        out.push({ kind: 'field-removed', pointer: at, old: json(a[key]) });
      else diffValues(a[key], b[key], at, out, depth + 1, memberReading(reading, key));
    }
    for (const key of Object.keys(b)) {
      if (!Object.hasOwn(a, key)) {
        out.push({ kind: 'field-added', pointer: appendPointer(pointer, key), new: json(b[key]) });
      }
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].some(isStructured)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const at = appendPointer(pointer, i);
      if (i >= b.length) out.push({ kind: 'field-removed', pointer: at, old: json(a[i]) });
      else if (i >= a.length) out.push({ kind: 'field-added', pointer: at, new: json(b[i]) });
      else diffValues(a[i], b[i], at, out, depth + 1, elementReading(reading));
    }
    return;
  }
  if (!jsonEqual(a, b, depth, reading))
    out.push({ kind: 'field-changed', pointer, old: json(a), new: json(b) });
}

/**
 * The `NestingTooDeep` error for input nested deeper than {@link MAX_DIFF_DEPTH}.
 *
 * @example
 * ```ts
 * if (depth > MAX_DIFF_DEPTH) throw tooDeep();
 * ```
 */
export function tooDeep(): AslcError {
  return new AslcError('NestingTooDeep', `JSON nested more than ${MAX_DIFF_DEPTH} levels deep`);
}

/** True for objects and arrays. */
function isStructured(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

/** A parsed JSON value, typed as such (`undefined` cannot occur for present keys). */
function json(v: unknown): JsonValue {
  return v as JsonValue;
}
