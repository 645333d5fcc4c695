import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDefinitions, jsonEqual } from '../../src/diff/index.ts';

/** A copy of `v` with every object's keys in reverse order. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(
    Object.keys(v)
      .reverse()
      .map((k) => [k, reverseKeys((v as Record<string, unknown>)[k])]),
  );
}

const json = fc.jsonValue({ maxDepth: 4 });

describe('diffDefinitions properties', () => {
  it('finds nothing between a value and itself with keys reordered', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(diffDefinitions(v, reverseKeys(v))).toEqual([]);
      }),
    );
  });

  it('finds something exactly when the values differ', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(diffDefinitions(a, b).length === 0).toBe(jsonEqual(a, b));
      }),
    );
  });

  it('reports renaming one state of a chain as one rename', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 6 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 6 }),
        (names, pick, suffix) => {
          const build = (ns: string[]) => ({
            StartAt: ns[0],
            States: Object.fromEntries(
              ns.map((n, i) => [
                n,
                i + 1 < ns.length ? { Type: 'Pass', Next: ns[i + 1] } : { Type: 'Succeed' },
              ]),
            ),
          });
          const i = pick % names.length;
          const renamed = names.map((n, k) => (k === i ? `${n}~${suffix}` : n));
          fc.pre(new Set(renamed).size === renamed.length);
          const entries = diffDefinitions(build(names), build(renamed));
          expect(entries).toHaveLength(1);
          expect(entries[0]).toMatchObject({
            kind: 'state-renamed',
            from: names[i],
            to: renamed[i],
          });
        },
      ),
    );
  });
});
