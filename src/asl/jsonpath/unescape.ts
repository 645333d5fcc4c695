/**
 * Jayway's unescaping of quoted names (`com.jayway.jsonpath.internal.Utils.unescape`, applied by
 * its PathCompiler to `['…']` and `["…"]` property names): `\\`, `\'`, `\"`, `\r`, `\f`, `\t`,
 * `\n`, `\b` and `\uXXXX`; a backslash before any other character is dropped; a trailing
 * backslash stays.
 */

/**
 * The name a quoted JSONPath property stands for, or undefined for a malformed `\u` escape
 * (Jayway: "Unable to parse unicode value").
 *
 * @example
 * ```ts
 * unescapeJayway("it\\'s"); // "it's"
 * unescapeJayway('a\\u0041'); // 'aA'
 * ```
 */
export function unescapeJayway(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== '\\') {
      out += c;
      continue;
    }
    if (i + 1 >= text.length) return out + '\\';
    const next = text[++i] as string;
    switch (next) {
      case 'r':
        out += '\r';
        break;
      case 'f':
        out += '\f';
        break;
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'b':
        out += '\b';
        break;
      case 'u': {
        const hex = text.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
        break;
      }
      default:
        out += next;
    }
  }
  return out;
}
