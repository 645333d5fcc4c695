/** Longest edge label, in code points, before it is cut with an ellipsis. */
const MAX_EDGE_LABEL = 40;

/**
 * Makes user text safe to display in any diagram format: line breaks become `\n`, other control
 * characters become their visible Unicode "control picture" (U+2400…), and characters XML cannot
 * hold (lone surrogates, U+FFFE, U+FFFF, C1 controls) or that would reorder the text around them
 * (bidirectional overrides and isolates) become U+FFFD. Escaping for a particular
 * syntax (Mermaid, DOT) is done afterwards by each renderer.
 *
 * @example
 * ```ts
 * displayText('a\r\nb\u0001'); // 'a\nb\u2401'
 * ```
 */
export function displayText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, (c) =>
        String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)),
      )
      .replace(
        /[\u0080-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        '\ufffd',
      )
  );
}

/**
 * A one-line edge label: {@link displayText}, whitespace runs collapsed to one space, and cut to
 * `max` code points with a trailing `…`.
 *
 * @example
 * ```ts
 * shortLabel('a  very\nlong label', 8); // 'a very…'
 * ```
 */
export function shortLabel(text: string, max: number = MAX_EDGE_LABEL): string {
  const oneLine = displayText(text).replace(/\s+/gu, ' ').trim();
  const chars = Array.from(oneLine);
  return chars.length <= max
    ? oneLine
    : chars
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…';
}
