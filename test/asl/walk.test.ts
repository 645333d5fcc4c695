/** The one state walker (src/asl/walk.ts). */
import { describe, expect, it } from 'vitest';
import { graphNesting, nestedGraphs, statesOf, walkDefinition } from '../../src/asl/walk.ts';

const pass = { Type: 'Pass', End: true };
const definition = {
  StartAt: 'P',
  States: {
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: pass } },
        'not a graph',
        {
          StartAt: 'M',
          States: {
            M: { Type: 'Map', Iterator: { StartAt: 'I', States: { I: pass } }, End: true },
          },
        },
      ],
      Next: 'Z',
    },
    Z: {
      Type: 'Map',
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED' },
        StartAt: 'D',
        States: { D: pass },
      },
      End: true,
    },
  },
};

describe('walkDefinition', () => {
  it('lists states in document order with their pointers and scopes', () => {
    const walk = walkDefinition(definition);
    expect(walk.states.map((s) => s.pointer)).toEqual([
      '/States/P',
      '/States/P/Branches/0/States/A',
      '/States/P/Branches/2/States/M',
      '/States/P/Branches/2/States/M/Iterator/States/I',
      '/States/Z',
      '/States/Z/ItemProcessor/States/D',
    ]);
    expect(walk.graphs.map((g) => [g.kind, g.pointer, g.depth, g.distributed])).toEqual([
      ['machine', '', 0, false],
      ['branch', '/States/P/Branches/0', 1, false],
      ['branch', '/States/P/Branches/2', 1, false],
      ['processor', '/States/P/Branches/2/States/M/Iterator', 2, false],
      ['processor', '/States/Z/ItemProcessor', 1, true],
    ]);
    const i = walk.states.find((s) => s.name === 'I');
    expect(i?.scope.owner?.name).toBe('M');
    expect(i?.scope.owner?.scope.owner?.name).toBe('P');
    expect(graphNesting(definition)).toBe(2);
  });

  it('finds nested graphs only where ASL has them', () => {
    expect(nestedGraphs({ Type: 'Pass', Branches: [{ States: {} }] })).toEqual([]);
    expect(
      nestedGraphs({ Type: 'Map', ItemProcessor: 'x', Iterator: { States: {} } })[0]?.path,
    ).toBe('Iterator');
  });

  it('walks 5,000 nested Parallel states without recursion, and any JSON without throwing', () => {
    let graph: Record<string, unknown> = { StartAt: 'S', States: { S: pass } };
    for (let i = 0; i < 5000; i++) {
      graph = {
        StartAt: `P${i}`,
        States: { [`P${i}`]: { Type: 'Parallel', Branches: [graph], End: true } },
      };
    }
    expect(statesOf(graph)).toHaveLength(5001);
    for (const junk of [null, 1, 'x', [], { States: 1 }, { States: { a: null, __proto__: 1 } }]) {
      expect(() => walkDefinition(junk)).not.toThrow();
    }
  });

  it('reads a state named __proto__ as a state', () => {
    const def = JSON.parse(
      '{"StartAt":"__proto__","States":{"__proto__":{"Type":"Pass","End":true}}}',
    );
    expect(statesOf(def).map((s) => s.name)).toEqual(['__proto__']);
  });
});
