import { makeRawNumber } from './raw-number.ts';
import { pyFloatRepr } from './py-repr.ts';

type SourceReviver = (
  this: unknown,
  key: string,
  value: unknown,
  context?: { source?: string },
) => unknown;

/**
 * Parses JSON text the way Python's `json.loads` sees numbers: a lexeme with `.`, `e` or `E` is
 * a float, any other an (exact) int. Numbers whose Python rendering differs from JavaScript's
 * (`1.0`, `1e16`, `-0.0`, integers beyond 2^53) become raw-JSON values holding Python's
 * rendering, so that the response and the strict job hash keep them as the reference does.
 * Throws the `SyntaxError` of `JSON.parse` for malformed text.
 *
 * @example
 * ```ts
 * const v = parseJsonLossless('{"a": 1.0, "b": 2}') as { a: unknown; b: number };
 * JSON.stringify(v); // '{"a":1.0,"b":2}'
 * ```
 */
export function parseJsonLossless(text: string): unknown {
  const reviver: SourceReviver = (_key, value, context) => {
    if (typeof value !== 'number' || context?.source === undefined) return value;
    return pythonNumber(context.source, value);
  };
  return JSON.parse(text, reviver as (this: unknown, key: string, value: unknown) => unknown);
}

/** The value to keep for a number lexeme: the number itself, or a raw number when needed. */
function pythonNumber(source: string, value: number): unknown {
  const isFloat = /[.eE]/.test(source);
  if (isFloat) {
    if (!Number.isFinite(value)) return value;
    const python = pyFloatRepr(value);
    return python === String(value) ? value : makeRawNumber(python);
  }
  if (Number.isSafeInteger(value)) return value;
  return makeRawNumber(BigInt(source).toString());
}
