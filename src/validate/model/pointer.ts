import { escapeSegment } from '../../util/json-pointer.ts';

/**
 * `base` + `/segment` for each segment, escaping only when needed (the validator builds many
 * pointers; most segments contain neither `~` nor `/`).
 *
 * @example
 * ```ts
 * childPointer('/States', 'a/b', 0); // '/States/a~1b/0'
 * ```
 */
export function childPointer(base: string, ...segments: readonly (string | number)[]): string {
  let out = base;
  for (const s of segments) {
    const text = typeof s === 'number' ? String(s) : s;
    out += '/' + (text.includes('~') || text.includes('/') ? escapeSegment(text) : text);
  }
  return out;
}
