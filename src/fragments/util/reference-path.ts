import { path, type JsonPath } from '../../dsl/index.ts';

/**
 * Normalises a reference path the way the reference library's `JsonReferencePath` does: every run
 * of `$` and `.` characters becomes a single `.`, then leading and trailing dots are removed.
 * Only dot-notation paths survive (bracket segments are kept verbatim; a `$` inside a name is
 * destroyed).
 *
 * @example
 * ```ts
 * normalizeReferencePath('$.dollarsign.prefix'); // 'dollarsign.prefix'
 * normalizeReferencePath('extra..periods'); // 'extra.periods'
 * normalizeReferencePath('$'); // ''
 * ```
 */
export function normalizeReferencePath(text: string): string {
  return text.replace(/[$.]+/g, '.').replace(/^\.+|\.+$/g, '');
}

/**
 * The JSONPath text of a reference path: `$.` + the normalised path, or `$` when it is empty.
 *
 * @example
 * ```ts
 * asReference('request.overrides'); // '$.request.overrides'
 * asReference('$'); // '$'
 * ```
 */
export function asReference(text: string): string {
  const p = normalizeReferencePath(text);
  return p === '' ? '$' : `$.${p}`;
}

/**
 * The payload-key form of a reference path: the normalised path + `.$`, or `$` when it is empty
 * (note: `$`, not `.$`).
 *
 * @example
 * ```ts
 * asKey('a.b'); // 'a.b.$'
 * asKey(''); // '$'
 * ```
 */
export function asKey(text: string): string {
  const p = normalizeReferencePath(text);
  return p === '' ? '$' : `${p}.$`;
}

/**
 * Joins reference paths left to right (`a + "." + b`, re-normalised), as the reference's
 * `JsonReferencePath.extend`; the result is a normalised path (no `$`).
 *
 * @example
 * ```ts
 * joinReferencePaths('dots.', 'concat'); // 'dots.concat'
 * joinReferencePaths('$.request', '$.overrides'); // 'request.overrides'
 * joinReferencePaths('', ''); // ''
 * ```
 */
export function joinReferencePaths(...parts: readonly string[]): string {
  return parts.reduce((acc, part) => normalizeReferencePath(`${acc}.${part}`), '');
}

/**
 * True for a value the reference treats as a reference path: a string starting with `$`.
 *
 * @example
 * ```ts
 * isReferencePath('$.x'); // true
 * isReferencePath('x'); // false
 * ```
 */
export function isReferencePath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('$');
}

/**
 * A DSL reference (`path()`) to the normalised path: the `as_jsonpath_*` helpers of the reference.
 *
 * @example
 * ```ts
 * referenceTo('execution_metadata.tags'); // path('$.execution_metadata.tags')
 * ```
 */
export function referenceTo(text: string): JsonPath {
  return path(asReference(text));
}
