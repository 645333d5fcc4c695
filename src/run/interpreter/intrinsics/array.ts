/**
 * Array intrinsics: `States.Array`, `ArrayPartition`, `ArrayContains`, `ArrayRange` (≤ 1,000
 * items), `ArrayGetItem`, `ArrayLength`, `ArrayUnique`.
 */
import { canonicalJson, jsonEquals } from '../json-values.ts';
import type { IntrinsicImpl } from './args.ts';
import { arity, arr, int, intrinsicFailure, javaRound, num } from './args.ts';

/** `States.Array(values…)`. */
export const array: IntrinsicImpl = (args) => args.map((a) => a.value);

/** `States.ArrayPartition(array, chunkSize)`. */
export const arrayPartition: IntrinsicImpl = (args) => {
  const FN = 'States.ArrayPartition';
  arity(FN, args, 2);
  const items = arr(FN, args, 0);
  const size = int(FN, args, 1);
  if (size <= 0)
    throw intrinsicFailure(FN, `the chunk size must be a positive integer, got ${size}`);
  const out: unknown[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** `States.ArrayContains(array, value)`. */
export const arrayContains: IntrinsicImpl = (args) => {
  const FN = 'States.ArrayContains';
  arity(FN, args, 2);
  const items = arr(FN, args, 0);
  const wanted = args[1]?.value;
  return items.some((v) => jsonEquals(v, wanted));
};

/** `States.ArrayRange(first, last, step)`: inclusive of `last` when the steps land on it. */
export const arrayRange: IntrinsicImpl = (args) => {
  const FN = 'States.ArrayRange';
  arity(FN, args, 3);
  const first = javaRound(num(FN, args, 0));
  const last = javaRound(num(FN, args, 1));
  const step = javaRound(num(FN, args, 2));
  if (step === 0) throw intrinsicFailure(FN, 'the step must not be 0');
  const count = Math.floor((last - first) / step) + 1;
  if (count > 1000) {
    throw intrinsicFailure(
      FN,
      `the result cannot contain more than 1000 items (${count} requested)`,
    );
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(first + i * step);
  return out;
};

/** `States.ArrayGetItem(array, index)`. */
export const arrayGetItem: IntrinsicImpl = (args) => {
  const FN = 'States.ArrayGetItem';
  arity(FN, args, 2);
  const items = arr(FN, args, 0);
  const index = int(FN, args, 1);
  if (index < 0 || index >= items.length) {
    throw intrinsicFailure(
      FN,
      `index ${index} is out of bounds for an array of length ${items.length}`,
    );
  }
  return items[index];
};

/** `States.ArrayLength(array)`. */
export const arrayLength: IntrinsicImpl = (args) => {
  arity('States.ArrayLength', args, 1);
  return arr('States.ArrayLength', args, 0).length;
};

/**
 * `States.ArrayUnique(array)`: first occurrences, in order. Values are compared by a canonical
 * text (object keys sorted), so a large array takes linear time, not quadratic.
 */
export const arrayUnique: IntrinsicImpl = (args) => {
  arity('States.ArrayUnique', args, 1);
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (const v of arr('States.ArrayUnique', args, 0)) {
    const key = canonicalJson(v);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
};
