/**
 * `States.Format(template, values…)`: replaces each unescaped `{}` of the template with the
 * next value. `\{`, `\}`, `\'` and `\\` are literal characters; a lone `{` or `}` is an error.
 * Strings are inserted as they are, other values the way AWS's Java runtime prints them
 * (`[a, b]`, `{k=v}`, numbers, `true`, `null`).
 */
import { StatesError } from '../errors.ts';
import { PAYLOAD_LIMIT_BYTES } from '../size.ts';
import type { IntrinsicImpl, IntrinsicValue } from './args.ts';
import { arity, intrinsicFailure } from './args.ts';

const FN = 'States.Format';

/** `States.Format`. */
export const format: IntrinsicImpl = (args) => {
  arity(FN, args, 1, Infinity);
  const template = args[0] as IntrinsicValue;
  if (typeof template.value !== 'string') {
    throw intrinsicFailure(FN, 'the first argument (the template) must be a string');
  }
  const text = template.raw ?? template.value;
  // Sized before the string is built: a template repeating a 256 KiB value many times would
  // otherwise take gigabytes. A result longer than the payload quota can never be a payload.
  let length = text.length;
  const values: string[] = [];
  for (const a of args.slice(1)) {
    const v = formatValue(a.value);
    length += v.length;
    if (length > PAYLOAD_LIMIT_BYTES) {
      throw new StatesError(
        'States.DataLimitExceeded',
        `${FN}: the result would exceed the maximum number of bytes service limit (${PAYLOAD_LIMIT_BYTES} bytes).`,
        true,
      );
    }
    values.push(v);
  }
  let out = '';
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\\' && i + 1 < text.length) {
      out += text.charAt(++i);
    } else if (c === '{') {
      if (text.charAt(i + 1) !== '}') {
        throw intrinsicFailure(
          FN,
          "Invalid template in States.Format: matching '}' not found for '{'.",
        );
      }
      if (used >= values.length) {
        throw intrinsicFailure(FN, 'the number of arguments does not match the occurrences of {}');
      }
      out += values[used++];
      i++;
    } else if (c === '}') {
      throw intrinsicFailure(
        FN,
        "Invalid template in States.Format: matching '{' not found for '}'.",
      );
    } else {
      out += c;
    }
  }
  if (used !== values.length) {
    throw intrinsicFailure(FN, 'the number of arguments does not match the occurrences of {}');
  }
  return out;
};

/**
 * How a value appears inside a formatted string.
 *
 * @example
 * ```ts
 * formatValue({ a: 1, b: [true, 'x'] }); // '{a=1, b=[true, x]}'
 * ```
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}=${formatValue(v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
