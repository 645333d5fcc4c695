/**
 * Helpers for JSON values: structural equality, copies, normalisation, and {@link setOwn}, which
 * every object-building path uses so that a `"__proto__"` key from hostile input stays an
 * ordinary property instead of replacing a prototype.
 */
import { shapeProblem } from '../../util/json-depth.ts';
import { MAX_JSON_DEPTH } from './limits.ts';

/**
 * Sets an own, enumerable property (safe for keys such as `__proto__`).
 *
 * @example
 * ```ts
 * const o: Record<string, unknown> = {};
 * setOwn(o, '__proto__', 1); // Object.keys(o) → ['__proto__']
 * ```
 */
export function setOwn(
  target: Record<string, unknown> | unknown[],
  key: string | number,
  value: unknown,
): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * Structural equality of JSON values (object key order ignored), as `States.ArrayContains`,
 * `States.ArrayUnique` and JSONPath filters need it.
 *
 * @example
 * ```ts
 * jsonEquals({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }); // true
 * ```
 */
export function jsonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => jsonEquals(v, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao);
  if (ak.length !== Object.keys(bo).length) return false;
  return ak.every((k) => Object.hasOwn(bo, k) && jsonEquals(ao[k], bo[k]));
}

/**
 * A deep copy of a JSON value (what `JSON.parse(JSON.stringify(v))` gives, without the text).
 *
 * @example
 * ```ts
 * const copy = cloneJson({ a: [1] });
 * ```
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => cloneJson(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) setOwn(out, k, cloneJson(v));
  return out as T;
}

/**
 * Turns what a handler or a library returned into plain JSON: `undefined` → null, functions and
 * symbols dropped, class instances flattened, as `JSON.stringify` would serialize them.
 *
 * @example
 * ```ts
 * toJson(undefined); // null
 * ```
 */
export function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  checkDepth(value);
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

/**
 * True when a value nests objects and arrays more than `max` levels deep, or is cyclic: util's
 * iterative shape check, which measures a value shared many times (as JSONata results can be)
 * once, so any input is measured in linear time.
 *
 * @example
 * ```ts
 * exceedsDepth([[1]], 1); // true
 * ```
 */
export function exceedsDepth(value: unknown, max: number): boolean {
  return shapeProblem(value, { maxDepth: max }) !== undefined;
}

/**
 * Throws when a value nests deeper than {@link MAX_JSON_DEPTH} levels (or is cyclic).
 *
 * @example
 * ```ts
 * checkDepth({ a: [1] }); // passes
 * ```
 */
export function checkDepth(value: unknown): void {
  if (exceedsDepth(value, MAX_JSON_DEPTH)) {
    throw new Error(`it is nested more than ${MAX_JSON_DEPTH} levels deep (or it is cyclic)`);
  }
}

/**
 * A JSON text that is the same for structurally equal values ({@link jsonEquals}): object keys
 * sorted. Values are JSON (depth-checked), so the recursion is bounded.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [2] }) === canonicalJson({ a: [2], b: 1 }); // true
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}
