import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderDot, renderMermaid, renderSvg } from '../../src/render/index.ts';
import { SVG_LIMITS } from '../../src/render/svg.ts';
import { displayText } from '../../src/render/display-text.ts';
import { repoRoot } from '../support/cli.ts';

const fixtures = join(repoRoot, 'fixtures/render');
const names = readdirSync(fixtures)
  .filter((f) => f.endsWith('.asl.json'))
  .sort();

/** The parsed fixture file `file`. */
function fixture(file: string): { States: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as {
    States: Record<string, unknown>;
  };
}

/** Every state name at any depth. */
function stateNames(scope: unknown): string[] {
  if (typeof scope !== 'object' || scope === null) return [];
  const states = (scope as { States?: Record<string, Record<string, unknown>> }).States ?? {};
  return Object.entries(states).flatMap(([name, s]) => [
    name,
    ...((s['Branches'] as unknown[] | undefined) ?? []).flatMap(stateNames),
    ...stateNames(s['ItemProcessor'] ?? s['Iterator']),
  ]);
}

/** The content of every `<text>` element of an SVG document. */
function svgTexts(svg: string): string[] {
  const doc: unknown = new XMLParser({
    ignoreAttributes: true,
    processEntities: true,
    htmlEntities: true,
    preserveOrder: true,
    trimValues: false,
  }).parse(svg);
  const texts: string[] = [];
  const walk = (n: unknown, inText: boolean): void => {
    if (Array.isArray(n)) n.forEach((x) => walk(x, inText));
    else if (typeof n === 'object' && n !== null) {
      for (const [k, v] of Object.entries(n)) {
        if (k === '#text' && inText) texts.push(String(v));
        else walk(v, inText || k === 'text');
      }
    }
  };
  walk(doc, false);
  return texts;
}

describe('renderSvg', () => {
  for (const file of names) {
    it(`${file}: well-formed SVG that shows every state name`, async () => {
      const def = fixture(file);
      const svg = await renderSvg(def);
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toContain('<svg');
      const texts = svgTexts(svg);
      const all = stateNames(def);
      expect(all.length).toBeGreaterThan(2);
      for (const name of all) {
        for (const line of displayText(name).split('\n')) expect(texts).toContain(line);
      }
    });
  }

  it('escapes markup in names instead of emitting it', async () => {
    const svg = await renderSvg({
      StartAt: '<script>x</script>',
      States: { '<script>x</script>': { Type: 'Fail' } },
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('is deterministic', async () => {
    const def = fixture('parallel-map.asl.json');
    expect(await renderSvg(def)).toBe(await renderSvg(def));
  });
});

describe('DOT accepted by Graphviz', () => {
  for (const file of names) {
    it(`${file}: lays out, with exactly the nodes and edges written`, async () => {
      const dot = renderDot(fixture(file));
      const gv = await Graphviz.load();
      expect(gv.layout(dot, 'svg', 'dot')).toContain('</svg>');
      const graph = gv.read(dot);
      const nodeLines = dot.split('\n').filter((l) => /^\s*n\d+ \[/.test(l));
      const edgeLines = dot.split('\n').filter((l) => /^\s*n\d+ -> n\d+/.test(l));
      expect(graph.nodeCount()).toBe(nodeLines.length);
      expect(graph.edgeCount()).toBe(edgeLines.length);
    });
  }
});

describe('SVG layout is bounded', () => {
  /** n Choice states, each with `rules` rules to other states and a Default. */
  function dense(n: number, rules: number): unknown {
    const States: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      States[`S${i}`] = {
        Type: 'Choice',
        Choices: Array.from({ length: rules }, (_, r) => ({
          Variable: '$.x',
          NumericEquals: r,
          Next: `S${(i * 7 + r * 13 + 1) % n}`,
        })),
        Default: `S${(i + 1) % n}`,
      };
    }
    States[`S${n - 1}`] = { Type: 'Succeed' };
    return { StartAt: 'S0', States };
  }

  it('refuses a graph beyond SVG_LIMITS at once, pointing at Mermaid and DOT', async () => {
    await expect(renderSvg(dense(200, 4))).rejects.toMatchObject({
      code: 'DiagramTooLarge',
      message: expect.stringMatching(
        /997 transitions; SVG layout is limited to 400 nodes and 600 transitions/,
      ),
    });
    expect(renderMermaid(dense(200, 4))).toMatch(/^flowchart TD/);
  });

  it(`lays out a large graph within the limits (from ${SVG_LIMITS.fastLayoutFrom} transitions, straight edges)`, async () => {
    const svg = await renderSvg(dense(60, 3));
    expect(svg).toMatch(/<svg/);
    expect(renderDot(dense(60, 3))).not.toMatch(/splines=line/);
  });
});
