/** $sort in O(n log n): the same results as jsonata's own merge sort, without its quadratic copies. */
import fc from 'fast-check';
import jsonata from 'jsonata';
import { describe, expect, it } from 'vitest';
import { sortArray } from '../../../src/run/interpreter/jsonata-sort.ts';
import { run, single } from './helpers.ts';

const jsonataMachine = (expr: string): unknown =>
  single({ Type: 'Pass', Output: `{% ${expr} %}`, End: true }, { QueryLanguage: 'JSONata' });

describe('$sort', () => {
  it('agrees with jsonata on numbers, strings and comparators (stable)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 }),
          fc.array(fc.string({ maxLength: 3 }), { maxLength: 40 }),
        ),
        async (items) => {
          const theirs: unknown = await jsonata('$sort($)').evaluate(items);
          expect(await sortArray(items)).toEqual(theirs ?? items);
          const pairs = items.map((v, i) => ({ v, i }));
          const byV: unknown = await jsonata('$sort($, function($l, $r) { $l.v > $r.v })').evaluate(
            pairs,
          );
          expect(
            await sortArray(pairs, async (l, r) => (l as { v: number }).v > (r as { v: number }).v),
          ).toEqual(byV ?? pairs);
        },
      ),
      { seed: 12, numRuns: 100 },
    );
  });

  it('refuses a mixed array without a comparator (D3070), as jsonata does', async () => {
    const r = await run(jsonataMachine('$sort([1, "a"])'), {});
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(r.cause).toContain('D3070');
  });

  it('sorts 100,000 numbers in an execution', async () => {
    const r = await run(jsonataMachine('$sort($reverse([1..100000]))[[0, 99999]]'), {});
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: [1, 100000] });
  });
});
