import type { JsonValue } from '../util/json.ts';
import { parseJsonPointer } from '../util/json-pointer.ts';

/**
 * One semantic difference between two ASL definitions, as returned by `diffDefinitions(a, b)`.
 * `pointer` is an RFC 6901 JSON pointer into the new definition `b` (for `state-removed` and
 * `field-removed`, the place in `a`, which has the same path); pointers into nested branches and
 * processors are full paths (`/States/P/Branches/0/States/X/…`). State names and types are raw
 * strings; `old`/`new` values are JSON values. The shape is stable: consumers may switch on
 * `kind`.
 *
 * - `state-added` / `state-removed`: a state only in `b` / only in `a` (`type` is its `Type`, or
 *   `null` when that is not a string).
 * - `state-renamed`: a state of `a` that appears in `b` under another name with identical content,
 *   apart from transitions that point through renames (`oldPointer` is its place in `a`).
 * - `transition-changed`: a `Next`, `Default`, `Choices/<i>/Next`, `Catch/<i>/Next` or `StartAt`
 *   target changed (renames already applied); `state` is the state holding the field (for a
 *   branch's `StartAt`, the Parallel or Map state; `null` for the machine's `StartAt`), `field`
 *   the path from that state (`Next`, `Choices/0/Next`, `Branches/1/StartAt`, …); `null` targets
 *   mean none (`End: true` for `Next`).
 * - `field-added` / `field-removed` / `field-changed`: any other value, compared semantically
 *   (key order and formatting never count).
 *
 * @example
 * ```ts
 * const e: DiffEntry = {
 *   kind: 'field-changed',
 *   pointer: '/States/Validate/Retry/0/MaxAttempts',
 *   old: 3,
 *   new: 5,
 * };
 * ```
 */
export type DiffEntry =
  | {
      readonly kind: 'state-added' | 'state-removed';
      readonly pointer: string;
      readonly state: string;
      readonly type: string | null;
    }
  | {
      readonly kind: 'state-renamed';
      readonly pointer: string;
      readonly oldPointer: string;
      readonly from: string;
      readonly to: string;
      readonly type: string | null;
    }
  | {
      readonly kind: 'transition-changed';
      readonly pointer: string;
      readonly state: string | null;
      readonly field: string;
      readonly old: string | null;
      readonly new: string | null;
    }
  | { readonly kind: 'field-added'; readonly pointer: string; readonly new: JsonValue }
  | { readonly kind: 'field-removed'; readonly pointer: string; readonly old: JsonValue }
  | {
      readonly kind: 'field-changed';
      readonly pointer: string;
      readonly old: JsonValue;
      readonly new: JsonValue;
    };

/** The entry kinds, in the order entries at the same pointer are listed. */
export const DIFF_ENTRY_KINDS = [
  'state-renamed',
  'state-removed',
  'state-added',
  'transition-changed',
  'field-removed',
  'field-added',
  'field-changed',
] as const satisfies readonly DiffEntry['kind'][];

/**
 * The order of {@link DiffEntry} lists: by pointer, segment by segment (two array indices
 * numerically, anything else by UTF-16 code units, a prefix first), then by kind in
 * {@link DIFF_ENTRY_KINDS} order.
 *
 * @example
 * ```ts
 * const entries: DiffEntry[] = [
 *   { kind: 'field-added', pointer: '/States/A/Retry/10', new: {} },
 *   { kind: 'field-added', pointer: '/States/A/Retry/9', new: {} },
 * ];
 * entries.sort(compareDiffEntries); // …/Retry/9 first
 * ```
 */
export function compareDiffEntries(a: DiffEntry, b: DiffEntry): number {
  const sa = parseJsonPointer(a.pointer);
  const sb = parseJsonPointer(b.pointer);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const c = compareSegments(sa[i] as string, sb[i] as string);
    if (c !== 0) return c;
  }
  if (sa.length !== sb.length) return sa.length - sb.length;
  return DIFF_ENTRY_KINDS.indexOf(a.kind) - DIFF_ENTRY_KINDS.indexOf(b.kind);
}

/** Orders two pointer segments. */
function compareSegments(a: string, b: string): number {
  const index = /^(0|[1-9][0-9]{0,14})$/;
  if (index.test(a) && index.test(b)) return Number(a) - Number(b);
  return byCodeUnits(a, b);
}

/**
 * Orders strings by UTF-16 code units (locale-independent, unlike `localeCompare`).
 *
 * @example
 * ```ts
 * ['b', 'B', 'a'].sort(byCodeUnits); // ['B', 'a', 'b']
 * ```
 */
export function byCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
