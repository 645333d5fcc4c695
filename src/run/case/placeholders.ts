import { PLACEHOLDER_IN_TEXT } from '../../asl/placeholder-name.ts';

/** What {@link bindPlaceholders} did. */
export interface BoundDefinition {
  /** The definition with every bound `${Name}` replaced by its value. */
  readonly definition: unknown;
  /** Names given a value that occur nowhere in the definition (probably misspelt). */
  readonly unused: readonly string[];
}

/**
 * Substitutes concrete values for the deploy-time placeholders (`${Name}`) of a definition, in
 * every string value (inside longer strings too), so that engines run what would be deployed
 * (spec/testing.md §2.4 item 7). Placeholders without a value stay as they are. The definition
 * is not modified.
 *
 * @example
 * ```ts
 * bindPlaceholders({ StartAt: 'P', States: { P: { Type: 'Pass', Result: '${Bucket}/k', End: true } } },
 *   { Bucket: 'my-bucket' });
 * // { definition: { …, Result: 'my-bucket/k' … }, unused: [] }
 * ```
 */
export function bindPlaceholders(
  definition: unknown,
  values: Readonly<Record<string, string>>,
): BoundDefinition {
  const used = new Set<string>();
  const replace = (text: string): string =>
    text.replace(PLACEHOLDER_IN_TEXT, (whole, name: string) => {
      if (!Object.hasOwn(values, name)) return whole;
      used.add(name);
      return values[name] as string;
    });
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return replace(value);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  const bound = walk(definition);
  return { definition: bound, unused: Object.keys(values).filter((name) => !used.has(name)) };
}
