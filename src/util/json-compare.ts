import { appendPointer } from './json-pointer.ts';

/** One place where two JSON documents differ. `undefined` means the key is absent. */
export interface JsonDifference {
  readonly pointer: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Where two JSON documents differ by content (key order ignored, arrays compared item by item),
 * at most `max` places, in document order. Iterative: safe on documents of any depth.
 *
 * @example
 * ```ts
 * jsonDifferences({ a: 1, b: [1, 2] }, { b: [1, 3], a: 1 }); // [{ pointer: '/b/1', expected: 2, actual: 3 }]
 * ```
 */
export function jsonDifferences(expected: unknown, actual: unknown, max = 10): JsonDifference[] {
  const out: JsonDifference[] = [];
  const stack: [string, unknown, unknown][] = [['', expected, actual]];
  while (stack.length > 0 && out.length < max) {
    const [pointer, e, a] = stack.pop() as [string, unknown, unknown];
    if (e === a) continue;
    const ke = kind(e);
    if (ke !== kind(a) || (ke !== 'object' && ke !== 'array')) {
      out.push({ pointer, expected: e, actual: a });
      continue;
    }
    const pending: [string, unknown, unknown][] = [];
    if (ke === 'array') {
      const ea = e as unknown[];
      const aa = a as unknown[];
      for (let i = 0; i < Math.max(ea.length, aa.length); i++) {
        pending.push([appendPointer(pointer, i), ea[i], aa[i]]);
      }
    } else {
      const eo = e as Record<string, unknown>;
      const ao = a as Record<string, unknown>;
      const keys = [...Object.keys(eo), ...Object.keys(ao).filter((k) => !Object.hasOwn(eo, k))];
      for (const k of keys) {
        pending.push([
          appendPointer(pointer, k),
          Object.hasOwn(eo, k) ? eo[k] : undefined,
          Object.hasOwn(ao, k) ? ao[k] : undefined,
        ]);
      }
    }
    for (let i = pending.length - 1; i >= 0; i--)
      stack.push(pending[i] as [string, unknown, unknown]);
  }
  return out;
}

/**
 * A JSON value on one short line, for messages: `(absent)` for a missing key.
 *
 * @example
 * ```ts
 * shortJson({ a: 1 }); // '{"a":1}'
 * ```
 */
export function shortJson(value: unknown, max = 80): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
