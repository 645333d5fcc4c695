import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildRenderGraph,
  decorate,
  diagramFormatFor,
  renderDot,
  renderMermaid,
  renderSvg,
  type DiagramOverlay,
} from '../../src/render/index.ts';
import { cli, repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';

const definition = {
  StartAt: 'A',
  States: {
    A: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }],
      Next: 'C',
    },
    C: {
      Type: 'Choice',
      Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'P' }],
      Default: 'F',
    },
    P: {
      Type: 'Parallel',
      Branches: [{ StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } }],
      End: true,
    },
    F: { Type: 'Fail', Error: 'E' },
  },
};

const coverage: DiagramOverlay = {
  mode: 'coverage',
  states: [
    { name: 'A', count: 2, retries: 1 },
    { name: 'C', count: 2 },
    { name: 'P', count: 1 },
    { name: 'B1', count: 1 },
    { name: 'F', count: 1 },
  ],
  transitions: [
    { state: 'A', transition: 'Next', count: 2 },
    { state: 'C', transition: 'Choices[0]', count: 1 },
    { state: 'C', transition: 'Default', count: 1 },
  ],
  title: 'coverage 80.0%',
};

const hostile: unknown = JSON.parse(
  readFileSync(join(repoRoot, 'fixtures/render/hostile-names.asl.json'), 'utf8'),
);

/** Every state name of the hostile fixture entered once, the first one failed. */
function hostileTrace(): DiagramOverlay {
  const names: string[] = [];
  const walk = (scope: unknown): void => {
    const states = (scope as { States?: Record<string, Record<string, unknown>> }).States ?? {};
    for (const [name, s] of Object.entries(states)) {
      names.push(name);
      for (const b of (s['Branches'] as unknown[] | undefined) ?? []) walk(b);
      if (s['ItemProcessor'] !== undefined) walk(s['ItemProcessor']);
    }
  };
  walk(hostile);
  return {
    mode: 'trace',
    states: names.map((name, i) => ({ name, count: i + 1, ...(i === 0 ? { failed: true } : {}) })),
    transitions: names.map((state) => ({ state, transition: 'Next', count: 1 })),
    title: `FAILED in '${names[0]}'`,
  };
}

describe('decorate', () => {
  it('marks states covered or uncovered and transitions taken or not, with counts', () => {
    const graph = buildRenderGraph(definition);
    const d = decorate(graph, coverage);
    const byLabel = new Map<string, string>();
    const walk = (items: typeof graph.items): void => {
      for (const i of items) {
        if ('node' in i) byLabel.set(i.node.label, i.node.id);
        else {
          byLabel.set(i.cluster.label, i.cluster.id);
          walk(i.cluster.items);
        }
      }
    };
    walk(graph.items);
    const state = (name: string) => d.states.get(byLabel.get(name) as string);
    expect(state('A')).toStrictEqual({ status: 'covered', suffix: '×2 ↻1' });
    expect(state('P')).toStrictEqual({ status: 'covered', suffix: '×1' });
    expect(state('F')).toStrictEqual({ status: 'covered', suffix: '×1' });
    const edges = graph.edges.map(
      (e, i) =>
        `${e.transition?.name ?? e.kind} ${d.edges.get(i)?.status} ${d.edges.get(i)?.suffix ?? ''}`,
    );
    expect(edges).toContain('Next taken ×2');
    expect(edges).toContain('Catch[0] untaken ');
    expect(edges).toContain('Choices[0] taken ×1');
  });

  it('in a trace, visited, failed and unvisited states', () => {
    const graph = buildRenderGraph(definition);
    const d = decorate(graph, {
      mode: 'trace',
      states: [
        { name: 'A', count: 1 },
        { name: 'F', count: 1, failed: true },
      ],
      transitions: [{ state: 'A', transition: 'Catch[0]', count: 1 }],
    });
    expect([...d.states.values()].map((s) => `${s.status} ${s.suffix}`).sort()).toStrictEqual([
      'failed ×1 ✗ failed',
      'unvisited ',
      'unvisited ',
      'unvisited ',
      'visited ×1',
    ]);
  });
});

describe('renderers with an overlay', () => {
  it('leave the output unchanged without one', () => {
    expect(renderMermaid(definition, {})).toBe(renderMermaid(definition));
    expect(renderDot(definition, {})).toBe(renderDot(definition));
  });

  it('Mermaid: overlay classes, linkStyles and counts; user text still cannot add statements', () => {
    const text = renderMermaid(hostile, { overlay: hostileTrace() });
    const label = '"[^"\\n]*"';
    const shapes = [
      `n\\d+\\(\\(${label}\\)\\)`,
      `n\\d+\\(\\(\\(${label}\\)\\)\\)`,
      `n\\d+\\[${label}\\]`,
      `n\\d+\\(${label}\\)`,
      `n\\d+\\{${label}\\}`,
      `n\\d+\\{\\{${label}\\}\\}`,
      `n\\d+\\(\\[${label}\\]\\)`,
      `n\\d+\\[\\[${label}\\]\\]`,
      `n\\d+\\[/${label}/\\]`,
      `subgraph c\\d+ \\[${label}\\]`,
      'end',
      `[nc]\\d+ (-->|-\\.->)(\\|${label}\\|)? [nc]\\d+`,
      'classDef (asl|cov|tr)[A-Za-z]+ [a-z:#0-9, -]+',
      'class [nc0-9,]+ (asl|cov|tr)[A-Za-z]+',
      'linkStyle \\d+ [a-z:#0-9, -]+',
    ];
    const line = new RegExp(`^(flowchart TD|\\s+(${shapes.join('|')}))$`);
    const lines = text.trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(line);
    expect(lines.filter((l) => /^\s+subgraph /.test(l))).toHaveLength(2);
    expect(text).toContain('classDef trFailed');
    expect(text).toContain('#215;1 #10007; failed'); // ×1 ✗ failed
  });

  it('DOT: Graphviz reads the same nodes and edges, labels carry the counts, a caption', async () => {
    const gv = await Graphviz.load();
    const plain = gv.read(renderDot(hostile));
    const graph = gv.read(renderDot(hostile, { overlay: hostileTrace() }));
    expect(graph.nodeCount()).toBe(plain.nodeCount());
    expect(graph.edgeCount()).toBe(plain.edgeCount());
    expect(graph.getNodeAttr('n1', 'label')).toBe('Say "hi" <b>&amp;amp;</b>\\n×1 ✗ failed');
    const dot = renderDot(definition, { overlay: coverage });
    expect(dot).toContain('label="coverage 80.0%"; labelloc=t;');
    expect(dot).toMatch(/n\d+ \[label="F\\n×1", shape=octagon/);
  });

  it('SVG: well-formed, with the counts as text', async () => {
    const svg = await renderSvg(hostile, { overlay: hostileTrace() });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('✗ failed');
    const cov = await renderSvg(definition, { overlay: coverage });
    expect(cov).toContain('>×2 ↻1<');
    expect(cov).toContain('>coverage 80.0%<');
  });

  it('picks a format from a file name', () => {
    expect(diagramFormatFor('a/trace.SVG')).toBe('svg');
    expect(diagramFormatFor('trace.mmd')).toBe('mermaid');
    expect(diagramFormatFor('trace.gv')).toBe('dot');
    expect(diagramFormatFor('trace.png')).toBeUndefined();
  });
});

describe('aslc render --coverage', () => {
  const env = { SFN_E2E_AWS: undefined };

  it('colours what aslc test --coverage covered; docs/coverage-example.svg is its SVG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-render-coverage-'));
    const t = await cli(
      ['test', 'fixtures/coverage/orders', '--coverage-format', 'json', '--coverage-dir', dir],
      { env },
    );
    expect(t.code).toBe(0);
    const file = join(dir, 'coverage.json');
    const r = await cli(['render', 'fixtures/coverage/orders/workflow.ts', '--coverage', file], {
      env,
    });
    expect(r.code).toBe(0);
    const hold = /\n\s+(n\d+)\("Hold<br>#215;0"\)\n/.exec(r.stdout)?.[1];
    expect(hold).toBeDefined();
    expect(r.stdout).toMatch(new RegExp(`class [nc0-9,]*\\b${hold}\\b[nc0-9,]* covUncovered`));
    const svg = await cli(
      ['render', 'fixtures/coverage/orders/workflow.ts', '--coverage', file, '-f', 'svg'],
      { env },
    );
    expectGolden(join(repoRoot, 'docs/coverage-example.svg'), svg.stdout);
  });

  it('refuses a file that is not coverage, or that has no such workflow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-render-coverage-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"workflows": []}');
    const r = await cli(['render', 'fixtures/render/linear.asl.json', '--coverage', bad], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('InvalidCoverage');
    const two = join(dir, 'two.json');
    const workflow = (name: string) => ({
      workflow: name,
      states: [],
      transitions: [],
      retries: [],
      branches: [],
    });
    writeFileSync(
      two,
      JSON.stringify({
        format: 'aslc-coverage',
        version: 1,
        workflows: [workflow('a.ts'), workflow('b.ts')],
      }),
    );
    const r2 = await cli(['render', 'fixtures/render/linear.asl.json', '--coverage', two], { env });
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('CoverageWorkflowNotFound');
  });
});
