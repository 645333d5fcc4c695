/** What {@link normalizeValue} can replace with a stable placeholder. */
export type NormalizeKind = 'arn' | 'uuid' | 'timestamp';

/** Every kind, in the order they are applied (ARNs first: they may contain UUIDs). */
export const NORMALIZE_KINDS: readonly NormalizeKind[] = ['arn', 'uuid', 'timestamp'];

const PATTERNS: Readonly<Record<NormalizeKind, RegExp>> = {
  arn: /arn:aws[a-zA-Z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{0,12}:[^\s"',]+/g,
  uuid: /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g,
  timestamp:
    /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})/g,
};

/**
 * Replaces ARNs, UUIDs and ISO-8601 timestamps inside every string of a JSON value (object keys
 * included) with `<arn>`, `<uuid>`, `<timestamp>`, for the kinds asked. Both the expected and
 * the actual value go through it, so an expected file may hold either the placeholder or a
 * concrete value.
 *
 * @example
 * ```ts
 * normalizeValue({ id: 'arn:aws:states:us-east-1:123456789012:execution:M:x' }, ['arn']);
 * // { id: '<arn>' }
 * ```
 */
export function normalizeValue(value: unknown, kinds: readonly NormalizeKind[]): unknown {
  if (kinds.length === 0) return value;
  if (typeof value === 'string') return normalizeString(value, kinds);
  if (Array.isArray(value)) return value.map((v) => normalizeValue(v, kinds));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [normalizeString(k, kinds), normalizeValue(v, kinds)]),
    );
  }
  return value;
}

function normalizeString(text: string, kinds: readonly NormalizeKind[]): string {
  let out = text;
  for (const kind of NORMALIZE_KINDS) {
    if (kinds.includes(kind)) out = out.replace(PATTERNS[kind], `<${kind}>`);
  }
  return out;
}
