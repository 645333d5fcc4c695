/**
 * Deeply freezes a plain value (objects and arrays) and returns it with a readonly type.
 *
 * @example
 * ```ts
 * const node = deepFreeze({ kind: 'Pass', name: 'A' });
 * Object.isFrozen(node); // true
 * ```
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Children already frozen return at once. Arrays by index (for…in would make a string key
    // per item), objects by for…in (no key array is allocated).
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) deepFreeze(value[i] as unknown);
    } else {
      for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value as DeepReadonly<T>;
}

/** Recursively readonly view of `T`. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
