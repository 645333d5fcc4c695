/**
 * JSON pointers (RFC 6901), the way aslc names a place inside a definition.
 *
 * @example
 * ```ts
 * jsonPointer(['States', 'a/b', 'Next']); // '/States/a~1b/Next'
 * parseJsonPointer('/States/a~1b'); // ['States', 'a/b']
 * ```
 */
export function jsonPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + escapeSegment(String(s))).join('');
}

/** Appends segments to an existing pointer (escaping only the segments that need it). */
export function appendPointer(base: string, ...segments: readonly (string | number)[]): string {
  let out = base;
  for (const s of segments) {
    const text = typeof s === 'number' ? String(s) : s;
    out += '/' + (text.includes('~') || text.includes('/') ? escapeSegment(text) : text);
  }
  return out;
}

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits a pointer into its unescaped segments. `''` is the whole document. */
export function parseJsonPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value a pointer designates, or `undefined` when it designates nothing. */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const seg of parseJsonPointer(pointer)) {
    if (Array.isArray(cur)) {
      cur = /^(0|[1-9][0-9]*)$/.test(seg) ? cur[Number(seg)] : undefined;
    } else if (typeof cur === 'object' && cur !== null && Object.hasOwn(cur, seg)) {
      cur = (cur as Record<string, unknown>)[seg];
    } else {
      return undefined;
    }
  }
  return cur;
}
