/**
 * Writing string literals of intrinsic calls: the inverse of the grammar's escapes (a quote,
 * braces and backslashes get a backslash; https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html,
 * "Reserved characters in intrinsic functions").
 */

/**
 * Quotes a literal string argument of an intrinsic function, escaping the four reserved
 * characters `'`, `{`, `}` and `\` with a backslash.
 *
 * @example
 * ```ts
 * quoteIntrinsicString("it's {x}"); // "'it\\'s \\{x\\}'"
 * ```
 */
export function quoteIntrinsicString(text: string): string {
  return "'" + text.replace(/[\\'{}]/g, (c) => '\\' + c) + "'";
}

/**
 * Quotes the template of `States.Format`: `'` and `\` are escaped; each `{}` pair stays a
 * placeholder; any other brace is escaped so that it is printed literally.
 *
 * @example
 * ```ts
 * quoteFormatTemplate('{}-{x}'); // "'{}-\\{x\\}'"
 * ```
 */
export function quoteFormatTemplate(template: string): string {
  let out = "'";
  for (let i = 0; i < template.length; i++) {
    const c = template[i] as string;
    if (c === '{' && template[i + 1] === '}') {
      out += '{}';
      i++;
    } else if (c === '\\' || c === "'" || c === '{' || c === '}') {
      out += '\\' + c;
    } else {
      out += c;
    }
  }
  return out + "'";
}
