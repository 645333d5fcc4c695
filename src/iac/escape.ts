import { appendPointer, jsonPointer } from '../util/json-pointer.ts';

/**
 * Per-target escaping of literal text (iac.md §0.3). Every function here works on text that holds
 * no placeholder: the placeholder pass (src/iac/placeholders.ts) escapes the literal text first
 * and inserts the placeholders afterwards, so no escape ever touches a placeholder.
 */

/**
 * Escapes literal text for a Terraform template (`templatefile()`, heredocs, quoted strings):
 * `${` becomes `$${` and `%{` becomes `%%{`, so that the template engine gives the text back byte
 * for byte. Nothing else is special in a template file (backslashes and quotes are literal).
 *
 * @example
 * ```ts
 * escapeTerraformTemplate('cmd ${HOME} %{if}'); // 'cmd $${HOME} %%{if}'
 * ```
 */
export function escapeTerraformTemplate(text: string): string {
  return text.replace(/([$%])\{/g, '$1$1{');
}

/**
 * Escapes literal text for CloudFormation `Fn::Sub`: `${` becomes `${!`, which `Fn::Sub` writes
 * back as a literal `${`.
 *
 * @example
 * ```ts
 * escapeFnSub('echo ${HOME}'); // 'echo ${!HOME}'
 * ```
 */
export function escapeFnSub(text: string): string {
  return text.replace(/\$\{/g, '${!');
}

/**
 * The content of a JSON string literal for `text`, without the quotes: exactly what
 * `JSON.stringify` writes between them.
 *
 * @example
 * ```ts
 * jsonStringContent('say "hi"'); // 'say \\"hi\\"'
 * ```
 */
export function jsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/**
 * Escapes the content of a quoted literal argument of an intrinsic function (`'…'`): the
 * reserved characters `'`, `{`, `}` and `\` get a backslash.
 *
 * @example
 * ```ts
 * escapeIntrinsicLiteral("it's {x}"); // "it\\'s \\{x\\}"
 * ```
 */
export function escapeIntrinsicLiteral(text: string): string {
  return text.replace(/[\\'{}]/g, (c) => '\\' + c);
}

/**
 * A quoted HCL string literal for `text`: `\` `"` and control characters are escaped, and the
 * template sequences `${` and `%{` are doubled, so Terraform reads back exactly `text`.
 *
 * @example
 * ```ts
 * hclString('a "b" ${c}'); // '"a \\"b\\" $${c}"'
 * ```
 */
export function hclString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return '"' + escapeTerraformTemplate(out) + '"';
}

/** Where a sequence occurs in a JSON document: a JSON pointer and the innermost state. */
export interface LiteralOccurrence {
  /** JSON pointer of the string (for a key: the pointer of the member the key names). */
  readonly pointer: string;
  /** The innermost state the string belongs to, when there is one. */
  readonly state: string | undefined;
  /** True when the sequence is in a key, not a value. */
  readonly inKey: boolean;
}

/**
 * Finds every string (keys included) of an ASL document that contains `needle`, in document
 * order, with the JSON pointer and the innermost state (the segment after the last `States`).
 *
 * @example
 * ```ts
 * findLiteral({ StartAt: 'A', States: { A: { Type: 'Pass', Comment: '${x}', End: true } } }, '${');
 * // [{ pointer: '/States/A/Comment', state: 'A', inKey: false }]
 * ```
 */
export function findLiteral(document: unknown, needle: string): LiteralOccurrence[] {
  const out: LiteralOccurrence[] = [];
  const walk = (value: unknown, segments: readonly string[], state: string | undefined): void => {
    const pointer = jsonPointer(segments);
    if (typeof value === 'string') {
      if (value.includes(needle)) out.push({ pointer, state, inKey: false });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...segments, String(i)], state));
      return;
    }
    const inStates = segments[segments.length - 1] === 'States';
    for (const [key, v] of Object.entries(value)) {
      const keyState = inStates ? key : state;
      if (key.includes(needle)) {
        out.push({ pointer: appendPointer(pointer, key), state: keyState, inKey: true });
      }
      walk(v, [...segments, key], keyState);
    }
  };
  walk(document, [], undefined);
  return out;
}
