const store = new WeakMap<object, Map<string, unknown>>();

/**
 * Computes a value once per validation (keyed on the index object), so that several rules can
 * share an expensive analysis such as parsing every JSONata expression.
 *
 * @example
 * ```ts
 * const parsed = memo(index, 'jsonata', () => parseAll(index));
 * ```
 */
export function memo<T>(owner: object, key: string, compute: () => T): T {
  let entries = store.get(owner);
  if (entries === undefined) {
    entries = new Map();
    store.set(owner, entries);
  }
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  entries.set(key, value);
  return value;
}
