/**
 * JSONata's `$sort`, in O(n log n) time and O(n) memory. jsonata's own merge sort copies the rest
 * of an array at every step (`right.slice(1)`): quadratic, 5.6 GB and a V8 abort for 100,000
 * numbers, and without a comparator no evaluation step runs in between for the heap allowance to
 * stop it. Same results: stable, and a comparator returning true puts its second argument first.
 */

/** A comparator as jsonata hands it to a function: a closure over the JSONata lambda. */
type Comparator = (a: unknown, b: unknown) => unknown;

function isNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * `$sort(array[, function($l, $r)])`: without a function, an array of numbers or of strings in
 * ascending order (anything else is jsonata's D3070 error).
 *
 * @example
 * ```ts
 * await sortArray([3, 1, 2]); // [1, 2, 3]
 * await sortArray([1, 3, 2], async (l, r) => Number(l) < Number(r)); // [3, 2, 1]
 * ```
 */
export async function sortArray(
  array: readonly unknown[] | undefined,
  comparator?: Comparator,
): Promise<unknown> {
  if (array === undefined) return undefined;
  if (array.length <= 1) return array;
  if (
    comparator === undefined &&
    !array.every(isNumber) &&
    !array.every((v) => typeof v === 'string')
  ) {
    throw { stack: new Error().stack, code: 'D3070', index: 1 };
  }
  let from = [...array];
  let to = new Array<unknown>(from.length);
  for (let width = 1; width < from.length; width *= 2) {
    for (let start = 0; start < from.length; start += 2 * width) {
      const mid = Math.min(start + width, from.length);
      const end = Math.min(start + 2 * width, from.length);
      let [i, j, k] = [start, mid, start];
      while (i < mid && j < end) {
        const [l, r] = [from[i], from[j]];
        const swap =
          comparator === undefined
            ? (l as number | string) > (r as number | string)
            : await comparator(l, r);
        to[k++] = swap ? from[j++] : from[i++];
      }
      while (i < mid) to[k++] = from[i++];
      while (j < end) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  return from;
}
