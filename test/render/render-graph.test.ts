import { describe, expect, it } from 'vitest';
import {
  buildRenderGraph,
  renderDot,
  renderMermaid,
  type RenderGraph,
  type RenderItem,
} from '../../src/render/index.ts';
import { isAslcError } from '../../src/util/errors.ts';

/** `from -kind:label-> to` lines with node ids replaced by labels (clusters by `[label]`). */
function describeEdges(graph: RenderGraph): string[] {
  const names = new Map<string, string>();
  const walk = (items: readonly RenderItem[]): void => {
    for (const item of items) {
      if ('node' in item) {
        const n = item.node;
        names.set(n.id, n.kind === 'state' ? n.label : `${n.kind}${n.top ? '*' : ''}:${n.label}`);
      } else {
        names.set(item.cluster.id, `[${item.cluster.label}]`);
        walk(item.cluster.items);
      }
    }
  };
  walk(graph.items);
  return graph.edges.map(
    (e) => `${names.get(e.from)} -${e.kind}${e.label ? `:${e.label}` : ''}-> ${names.get(e.to)}`,
  );
}

describe('buildRenderGraph', () => {
  it('links start to StartAt and every End/Succeed state to the end; Fail ends nowhere', () => {
    const graph = buildRenderGraph({
      StartAt: 'A',
      States: {
        F: { Type: 'Fail' },
        A: {
          Type: 'Choice',
          Choices: [{ Variable: '$.x', IsNull: true, Next: 'S' }],
          Default: 'F',
        },
        S: { Type: 'Succeed' },
        P: { Type: 'Pass', End: true },
      },
    });
    expect(describeEdges(graph)).toEqual([
      'start*: -start-> A',
      'A -choice:IsNull $.x-> S',
      'A -default:default-> F',
      'S -end-> end*:',
      'P -end-> end*:',
    ]);
    expect(graph.items.map((i) => ('node' in i ? i.node.id : i.cluster.id))).toEqual([
      'n0',
      'n1',
      'n2',
      'n3',
      'n4',
      'n5',
    ]);
  });

  it('visits states from StartAt first, whatever the key order', () => {
    const a = buildRenderGraph({
      StartAt: 'A',
      States: {
        C: { Type: 'Succeed' },
        B: { Type: 'Pass', Next: 'C' },
        A: { Type: 'Pass', Next: 'B' },
      },
    });
    const b = buildRenderGraph({
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'B' },
        C: { Type: 'Succeed' },
        B: { Type: 'Pass', Next: 'C' },
      },
    });
    expect(a).toEqual(b);
    expect(describeEdges(a)).toEqual([
      'start*: -start-> A',
      'A -next-> B',
      'B -next-> C',
      'C -end-> end*:',
    ]);
  });

  it('draws Parallel branches and Map processors as nested clusters with their own markers', () => {
    const graph = buildRenderGraph({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'M',
              States: {
                M: {
                  Type: 'Map',
                  ItemProcessor: {
                    ProcessorConfig: { Mode: 'DISTRIBUTED' },
                    StartAt: 'X',
                    States: { X: { Type: 'Pass', End: true } },
                  },
                  End: true,
                },
              },
            },
            { StartAt: 'Y', States: { Y: { Type: 'Pass', End: true } } },
          ],
          Catch: [{ ErrorEquals: ['E1', 'E2'], Next: 'Oops' }],
          End: true,
        },
        Oops: { Type: 'Fail' },
      },
    });
    const p = graph.items[1];
    expect(p && 'cluster' in p && p.cluster.label).toBe('P');
    const branches = p && 'cluster' in p ? p.cluster.items : [];
    expect(branches.map((b) => ('cluster' in b ? b.cluster.label : '?'))).toEqual([
      'branch 1',
      'branch 2',
    ]);
    const m = branches[0] && 'cluster' in branches[0] ? branches[0].cluster.items[1] : undefined;
    expect(
      m && 'cluster' in m && m.cluster.items.map((i) => 'cluster' in i && i.cluster.label),
    ).toEqual(['item processor (distributed)']);
    expect(describeEdges(graph)).toEqual([
      'start*: -start-> [P]',
      'start: -start-> [M]',
      'start: -start-> X',
      'X -end-> end:',
      '[M] -end-> end:',
      'start: -start-> Y',
      'Y -end-> end:',
      '[P] -catch:E1, E2-> Oops',
      '[P] -end-> end*:',
    ]);
    const pId = p && 'cluster' in p ? p.cluster.id : '';
    expect(graph.clusters[pId]).toEqual({ entry: 'n1', exit: 'n8' });
  });

  it('labels the deprecated Iterator as such and draws a Map without processor as a node', () => {
    const graph = buildRenderGraph({
      StartAt: 'I',
      States: {
        I: {
          Type: 'Map',
          Iterator: { StartAt: 'Z', States: { Z: { Type: 'Succeed' } } },
          Next: 'N',
        },
        N: { Type: 'Map', End: true },
      },
    });
    const i = graph.items[1];
    expect(
      i && 'cluster' in i && i.cluster.items.map((b) => 'cluster' in b && b.cluster.label),
    ).toEqual(['iterator']);
    expect(graph.items[2]).toEqual({
      node: { id: 'n4', kind: 'state', label: 'N', stateType: 'Map' },
    });
  });

  it('points transitions to unknown states at one missing node per name', () => {
    const graph = buildRenderGraph({
      StartAt: 'Nowhere',
      States: { A: { Type: 'Pass', Next: 'Nowhere' }, B: { Type: 7, Next: 42 } },
    });
    expect(describeEdges(graph)).toEqual([
      'start*: -start-> missing:Nowhere',
      'A -next-> missing:Nowhere',
    ]);
    const b = graph.items.find((i) => 'node' in i && i.node.label === 'B');
    expect(b).toEqual({ node: { id: 'n2', kind: 'state', label: 'B', stateType: '?' } });
  });

  it('treats names and types such as __proto__ and constructor as plain text', () => {
    const def: unknown = JSON.parse(
      '{"StartAt":"__proto__","States":{"__proto__":{"Type":"constructor","Next":"toString"},' +
        '"toString":{"Type":"Choice","Choices":[{"Variable":"$.a","constructor":1,"Next":"__proto__"}]}}}',
    );
    const graph = buildRenderGraph(def);
    expect(describeEdges(graph)).toEqual([
      'start*: -start-> __proto__',
      '__proto__ -next-> toString',
      'toString -choice:?-> __proto__',
    ]);
    expect(graph.items[1]).toEqual({
      node: { id: 'n1', kind: 'state', label: '__proto__', stateType: 'constructor' },
    });
    expect(renderDot(def)).toContain(
      'n1 [label="__proto__", shape=parallelogram, style=filled, fillcolor="#ffffff", color="#888888"];',
    );
    expect(renderDot(def)).not.toContain('function');
    expect(renderMermaid(def)).toContain('  n1[/"__proto__"/]\n');
    expect(renderMermaid(def)).toContain('  class n1 aslOther\n');
  });

  it('refuses what is not a state machine', () => {
    for (const bad of [null, [], 'x', { StartAt: 'A' }, { States: [] }]) {
      let error: unknown;
      try {
        buildRenderGraph(bad);
      } catch (e) {
        error = e;
      }
      expect(isAslcError(error) && error.code).toBe('InvalidDefinition');
    }
  });

  it('refuses branches nested beyond 64 levels', () => {
    let scope: Record<string, unknown> = {
      StartAt: 'L',
      States: { L: { Type: 'Pass', End: true } },
    };
    for (let i = 0; i < 70; i++) {
      scope = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [scope], End: true } } };
    }
    expect(() => buildRenderGraph(scope)).toThrow(/nested more than 64/);
  });
});
