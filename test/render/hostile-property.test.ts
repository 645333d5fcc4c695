import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDot, renderMermaid, renderSvg } from '../../src/render/index.ts';

/** A chain of Task states named `names` after a Choice, with edges labelled by user text. */
function chain(names: readonly string[], text: string): Record<string, unknown> {
  const states = names.map((name, i): [string, unknown] => {
    const next = names[i + 1];
    return [
      name,
      i === 0
        ? {
            Type: 'Choice',
            Choices: [{ Variable: '$.x', StringEquals: text, Next: next ?? name }],
            Default: name,
          }
        : {
            Type: 'Task',
            Resource: 'r',
            Catch: [{ ErrorEquals: [text], Next: names[0] }],
            ...(next === undefined ? { End: true } : { Next: next }),
          },
    ];
  });
  // Object.fromEntries defines own properties, as JSON.parse does (even for `__proto__`).
  return { StartAt: names[0], States: Object.fromEntries(states) };
}

const names = fc.uniqueArray(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), {
  minLength: 1,
  maxLength: 5,
});
const text = fc.string({ unit: 'binary', maxLength: 20 });

describe('any state names', () => {
  it('give Mermaid with one statement per line and no raw markup in labels', () => {
    fc.assert(
      fc.property(names, text, (ns, t) => {
        const lines = renderMermaid(chain(ns, t)).trimEnd().split('\n');
        const label = '"(?:[^"<>#\\n]|#\\w+;|<br>)*"';
        const node = `n\\d+(\\(\\(|\\(\\(\\(|\\[|\\(|\\{|\\(\\[)${label}(\\)\\)|\\)\\)\\)|\\]|\\)|\\}|\\]\\))`;
        const edge = `n\\d+ (-->|-\\.->)(\\|${label}\\|)? n\\d+`;
        const style = 'classDef asl[A-Za-z]+ [a-z:#0-9, -]+|class [n0-9,]+ asl[A-Za-z]+';
        const re = new RegExp(`^(flowchart TD|  (${node}|${edge}|${style}))$`);
        for (const l of lines) expect(l).toMatch(re);
        expect(lines.filter((l) => /^ {2}n\d+[[({]/.test(l))).toHaveLength(ns.length + 2);
      }),
      { numRuns: 200 },
    );
  });

  it('give DOT that Graphviz reads as exactly those nodes and lays out, on one instance', async () => {
    const gv = await Graphviz.load();
    fc.assert(
      fc.property(names, text, (ns, t) => {
        const dot = renderDot(chain(ns, t));
        expect(gv.dot(dot)).toContain('</svg>');
        const graph = gv.read(dot);
        expect(graph.nodeCount()).toBe(ns.length + 2);
        // start + choice + default + one Next/End and one Catch per Task.
        expect(graph.edgeCount()).toBe(3 + 2 * (ns.length - 1));
      }),
      { numRuns: 500 },
    );
  });

  it('give well-formed SVG', async () => {
    await fc.assert(
      fc.asyncProperty(names, text, async (ns, t) => {
        expect(XMLValidator.validate(await renderSvg(chain(ns, t)))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
