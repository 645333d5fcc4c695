import { isJsonObject } from '../../util/json.ts';
import { childPointer } from './pointer.ts';

/** A pointer built only when asked for (most are never reported). */
export class LazyPointer {
  readonly parent: LazyPointer | string;
  readonly segment: string | number;
  #value: string | undefined;
  constructor(parent: LazyPointer | string, segment: string | number) {
    this.parent = parent;
    this.segment = segment;
  }
  /** The JSON pointer. */
  get value(): string {
    this.#value ??= childPointer(
      typeof this.parent === 'string' ? this.parent : this.parent.value,
      this.segment,
    );
    return this.#value;
  }
}

/** One key of an object inside a payload template; `field` is what the caller passed along. */
export class PayloadEntry<F = undefined> {
  readonly object: Record<string, unknown>;
  readonly key: string;
  readonly value: unknown;
  readonly location: LazyPointer;
  readonly field: F;
  constructor(
    object: Record<string, unknown>,
    key: string,
    value: unknown,
    location: LazyPointer,
    field: F,
  ) {
    this.object = object;
    this.key = key;
    this.value = value;
    this.location = location;
    this.field = field;
  }
  /** Pointer of the value. */
  get pointer(): string {
    return this.location.value;
  }
}

/**
 * Visits every key of every object in a payload template, arrays included, depth first.
 *
 * @example
 * ```ts
 * forEachPayloadEntry({ 'a.$': '$.x', b: [{ 'c.$': '$.y' }] }, '/States/P/Parameters', (e) =>
 *   console.log(e.pointer),
 * );
 * ```
 */
export function forEachPayloadEntry<F = undefined>(
  value: unknown,
  pointer: string | LazyPointer,
  visit: (entry: PayloadEntry<F>) => void,
  field?: F,
): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'object' && v !== null) {
        forEachPayloadEntry(v, new LazyPointer(pointer, i), visit, field);
      }
    }
  } else if (isJsonObject(value)) {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const v = value[key];
      const location = new LazyPointer(pointer, key);
      visit(new PayloadEntry(value, key, v, location, field as F));
      if (typeof v === 'object' && v !== null) forEachPayloadEntry(v, location, visit, field);
    }
  }
}

/**
 * Visits every string in a JSON value, with its pointer.
 *
 * @example
 * ```ts
 * forEachString({ a: ['x'] }, '', (s, p) => console.log(p, s)); // '/a/0 x'
 * ```
 */
export function forEachString(
  value: unknown,
  pointer: string | LazyPointer,
  visit: (value: string, pointer: () => string) => void,
): void {
  if (typeof value === 'string') {
    visit(value, () => (typeof pointer === 'string' ? pointer : pointer.value));
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      forEachString(value[i], new LazyPointer(pointer, i), visit);
  } else if (isJsonObject(value)) {
    for (const key in value) {
      if (Object.hasOwn(value, key))
        forEachString(value[key], new LazyPointer(pointer, key), visit);
    }
  }
}
