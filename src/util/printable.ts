/**
 * User text (a state name, a workflow path) made safe for a line of human-readable terminal
 * output: control characters (C0, DEL, C1), bidirectional overrides and isolates, and lone
 * surrogates are written as `\uXXXX` escapes, so a name cannot move the cursor, recolour the
 * terminal, reorder the line or split it. JSON output keeps names exact; only tables use this.
 *
 * @example
 * ```ts
 * printable('a\nb\u001b[31m'); // 'a\\u000ab\\u001b[31m'
 * ```
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
