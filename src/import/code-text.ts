/**
 * Text put into generated TypeScript: every string that comes from a definition (state names,
 * payload strings, comments, file names) goes through one of these, so that no input can end a
 * literal or a comment early, start an interpolation, or hide characters from a reader.
 */

/**
 * Characters written as `\uXXXX` escapes in literals and comments: control characters, line and
 * paragraph separators (line terminators in JavaScript), bidirectional controls and invisible
 * marks (which make code read differently from how it runs), byte-order marks and lone surrogates.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

function unicodeEscape(c: string): string {
  return SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A single-quoted TypeScript string literal of any text: quotes and backslashes escaped, and
 * every character a reader could not see or a parser would take as a line end written as an
 * escape.
 *
 * @example
 * ```ts
 * stringLiteral("it's\n"); // "'it\\'s\\n'"
 * ```
 */
export function stringLiteral(text: string): string {
  return "'" + text.replace(/[\\']/g, (c) => '\\' + c).replace(UNSAFE, unicodeEscape) + "'";
}

/**
 * The text of a template literal between its backticks: backticks, backslashes and `${` escaped
 * (so nothing in it is interpolated), unsafe characters as in {@link stringLiteral}.
 *
 * @example
 * ```ts
 * templateText('a `b` ${c}'); // 'a \\`b\\` \\${c}'
 * ```
 */
export function templateText(text: string): string {
  return text
    .replace(/[\\`]/g, (c) => '\\' + c)
    .replace(/\$\{/g, '\\${')
    .replace(UNSAFE, unicodeEscape);
}

/**
 * Text for a `//` comment: one line, with every unsafe character (line terminators included)
 * written as an escape, so that the comment ends where the generator ends it.
 *
 * @example
 * ```ts
 * commentText('a\nb'); // 'a\\nb'
 * ```
 */
export function commentText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(UNSAFE, unicodeEscape);
}

/** {@link UNSAFE} without the global flag, for tests. */
const UNSAFE_TEST = new RegExp(UNSAFE.source);

const IDENTIFIER_NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/**
 * An object key as TypeScript writes it: bare when it is an identifier name (reserved words are
 * fine as keys), quoted otherwise; `__proto__` as a computed key, since any other spelling in an
 * object literal sets the prototype instead of a property.
 *
 * @example
 * ```ts
 * propertyKey('FunctionName'); // 'FunctionName'
 * propertyKey('Payload.$'); // "'Payload.$'"
 * propertyKey('__proto__'); // "['__proto__']"
 * ```
 */
export function propertyKey(key: string): string {
  if (key === '__proto__') return "['__proto__']";
  return IDENTIFIER_NAME.test(key) && !UNSAFE_TEST.test(key) ? key : stringLiteral(key);
}

/**
 * A JSON number as TypeScript source (the value JSON.parse gave; `-0` is written `-0`).
 *
 * @example
 * ```ts
 * numberLiteral(1.5); // '1.5'
 * ```
 */
export function numberLiteral(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}
