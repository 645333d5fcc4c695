import { isRawNumber } from './raw-number.ts';
import { pyFloatRepr, pyNumberRepr } from './py-repr.ts';

/**
 * Python `json.dumps(value, sort_keys=True)` with its defaults: separators `", "` and `": "`,
 * object keys sorted by code point at every depth, `ensure_ascii` escapes (`\uXXXX`, lower-case
 * hex, surrogate pairs for astral characters), floats in Python `repr`, `true`/`false`/`null`.
 * This is the text the reference hashes for job names (scaffolding.md §2.9 step 10).
 *
 * @example
 * ```ts
 * pyJsonDumps({ b: 1, a: [1.5, 'é'] }); // '{"a": [1.5, "\\u00e9"], "b": 1}'
 * ```
 */
export function pyJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return 'Infinity';
    if (value === -Infinity) return '-Infinity';
    return Number.isInteger(value) ? pyNumberRepr(value) : pyFloatRepr(value);
  }
  if (typeof value === 'string') return pyJsonString(value);
  if (isRawNumber(value)) return value.rawJSON;
  if (Array.isArray(value)) return '[' + value.map((v) => pyJsonDumps(v)).join(', ') + ']';
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).sort(compareCodePoints);
    return '{' + keys.map((k) => `${pyJsonString(k)}: ${pyJsonDumps(obj[k])}`).join(', ') + '}';
  }
  return pyJsonString(String(value));
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A JSON string literal as Python writes it with `ensure_ascii=True`. */
function pyJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    const unit = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (unit < 0x20 || unit > 0x7e) out += '\\u' + unit.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/**
 * Orders strings by Unicode code point, as Python compares `str` (JavaScript's default sort
 * compares UTF-16 code units, which differs for astral characters).
 *
 * @example
 * ```ts
 * ['\u{1F600}', '\uffff'].sort(compareCodePoints); // ['\uffff', '\u{1F600}']
 * ```
 */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done === true) return cb.done === true ? 0 : -1;
    if (cb.done === true) return 1;
    const d = (ca.value.codePointAt(0) ?? 0) - (cb.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}
