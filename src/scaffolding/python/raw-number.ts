import { isJsonObject } from '../../util/json.ts';

/**
 * Numbers as Python reads them. Python's `json.loads` keeps `1.0` a float and `1` an int, and
 * keeps big integers exact; `JSON.parse` cannot tell `1.0` from `1`. Since the reference renders
 * `1.0` as `1.0` (in the response params and in the strict job hash), the lossless request
 * parser keeps such numbers as raw-JSON values (`JSON.rawJSON`) holding Python's own rendering.
 */

/** A `JSON.rawJSON` value: a frozen object whose `rawJSON` is the literal JSON text. */
export interface RawNumber {
  readonly rawJSON: string;
}

interface JsonWithRaw {
  rawJSON(text: string): RawNumber;
  isRawJSON(value: unknown): boolean;
}

const rawJson = JSON as unknown as JsonWithRaw;

/**
 * True for a raw-JSON number produced by {@link parseJsonLossless} or {@link makeRawNumber}.
 *
 * @example
 * ```ts
 * isRawNumber(makeRawNumber('1.0')); // true
 * ```
 */
export function isRawNumber(value: unknown): value is RawNumber {
  return typeof value === 'object' && value !== null && rawJson.isRawJSON(value);
}

/**
 * Wraps JSON number text so that `JSON.stringify` writes it verbatim.
 *
 * @example
 * ```ts
 * JSON.stringify([makeRawNumber('1.0')]); // '[1.0]'
 * ```
 */
export function makeRawNumber(text: string): RawNumber {
  return rawJson.rawJSON(text);
}

/**
 * The JavaScript number of a raw number (or the value itself when it is not one).
 *
 * @example
 * ```ts
 * plainNumber(makeRawNumber('1.0')); // 1
 * ```
 */
export function plainNumber(value: unknown): unknown {
  return isRawNumber(value) ? Number(value.rawJSON) : value;
}

/**
 * A plain JSON object: not an array, not `null`, not a raw number.
 *
 * @example
 * ```ts
 * isPlainObject({ a: 1 }); // true
 * isPlainObject(makeRawNumber('1.0')); // false
 * ```
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return isJsonObject(value) && !isRawNumber(value);
}
