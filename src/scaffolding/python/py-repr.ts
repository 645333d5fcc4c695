import { isRawNumber } from './raw-number.ts';

/**
 * CPython 3.11 `repr(float)` (the shortest round-trip digits, `'r'` format): fixed notation
 * when the decimal exponent is in [-4, 16), scientific otherwise, `.0` added to integral values.
 *
 * @example
 * ```ts
 * pyFloatRepr(1); // '1.0'
 * pyFloatRepr(1e16); // '1e+16'
 * pyFloatRepr(0.00001); // '1e-05'
 * ```
 */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const e10 = Number(exponent);
  const decpt = e10 + 1;
  if (decpt <= -4 || decpt > 16) {
    const frac = digits.length > 1 ? '.' + digits.slice(1) : '';
    const exp = String(Math.abs(e10)).padStart(2, '0');
    return `${sign}${digits[0] ?? '0'}${frac}e${e10 < 0 ? '-' : '+'}${exp}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/**
 * How Python renders a JSON number: integers in decimal (exactly), floats with
 * {@link pyFloatRepr}. A JavaScript number is an int when it is integral (the parser keeps
 * float lexemes such as `1.0` as raw numbers, see {@link parseJsonLossless}).
 *
 * @example
 * ```ts
 * pyNumberRepr(8); // '8'
 * pyNumberRepr(0.5); // '0.5'
 * ```
 */
export function pyNumberRepr(x: number): string {
  if (Number.isInteger(x)) return BigInt(x).toString();
  return pyFloatRepr(x);
}

/**
 * Python `repr(str)`: single quotes unless the text contains `'` and no `"`; backslash
 * escapes for the quote, `\\`, `\n`, `\r`, `\t` and non-printable characters.
 *
 * @example
 * ```ts
 * pyStrRepr("it's"); // '"it\'s"'
 * pyStrRepr('env_base'); // "'env_base'"
 * ```
 */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else out += ch;
  }
  return quote + out + quote;
}

/**
 * Python `str()` of a JSON value as the reference sees it: strings verbatim, `None`,
 * `True`/`False`, numbers as Python prints them, lists and dicts in Python `repr` form.
 *
 * @example
 * ```ts
 * pyStr([1, 'a', null, true]); // "[1, 'a', None, True]"
 * ```
 */
export function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyRepr(value);
}

/** Python `repr()` of a JSON value (strings quoted). */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyNumberRepr(value);
  if (typeof value === 'string') return pyStrRepr(value);
  if (isRawNumber(value)) return value.rawJSON;
  if (Array.isArray(value)) return '[' + value.map((v) => pyRepr(v)).join(', ') + ']';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return '{' + entries.map(([k, v]) => `${pyStrRepr(k)}: ${pyRepr(v)}`).join(', ') + '}';
  }
  return String(value);
}
