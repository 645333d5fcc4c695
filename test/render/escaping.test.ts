import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { describe, expect, it } from 'vitest';
import { dotString, mermaidText, renderDot, renderMermaid } from '../../src/render/index.ts';
import { displayText, shortLabel } from '../../src/render/display-text.ts';
import { repoRoot } from '../support/cli.ts';

const hostile: unknown = JSON.parse(
  readFileSync(join(repoRoot, 'fixtures/render/hostile-names.asl.json'), 'utf8'),
);

describe('displayText', () => {
  it('keeps line breaks and shows other control characters', () => {
    expect(displayText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(displayText('\u0000\u0007\t\u001b\u007f')).toBe('\u2400\u2407\u2409\u241b\u2421');
  });

  it('replaces what XML cannot hold and bidi overrides', () => {
    expect(displayText('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    expect(displayText('\ufffe\uffff\u0085\u202e\u2066')).toBe('\ufffd'.repeat(5));
    expect(displayText('😀 é')).toBe('😀 é');
  });
});

describe('shortLabel', () => {
  it('collapses whitespace and cuts at a code point', () => {
    expect(shortLabel('a  b\n c')).toBe('a b c');
    expect(shortLabel('😀'.repeat(50), 5)).toBe('😀😀😀😀…');
    expect(shortLabel('abc def ghi', 9)).toBe('abc def…');
    expect(shortLabel('x'.repeat(40))).toBe('x'.repeat(40));
    expect(shortLabel('x'.repeat(41))).toBe('x'.repeat(39) + '…');
  });
});

describe('mermaidText', () => {
  it('encodes everything that could end a label or start a statement', () => {
    expect(mermaidText('a "b" <c> [d] {e} |f| ;g: #h %i `j` &k \\l')).toBe(
      'a #quot;b#quot; #60;c#62; #91;d#93; #123;e#125; #124;f#124; #59;g#58; #35;h #37;i ' +
        '#96;j#96; #38;k #92;l',
    );
  });

  it('turns line breaks into <br> and never emits $$', () => {
    expect(mermaidText('a\nb')).toBe('a<br>b');
    expect(mermaidText('$$.x $.y $$$')).toBe('$#36;.x $.y $#36;#36;');
  });

  it('keeps letters of any script', () => {
    expect(mermaidText('Überprüfung 検証 ✓')).toBe('Überprüfung 検証 #10003;');
  });
});

describe('dotString', () => {
  it('escapes quotes, backslashes, ampersands and line breaks', () => {
    expect(dotString('say "hi" & \\N\nx')).toBe('"say \\"hi\\" &amp; \\\\N\\nx"');
  });

  it('never starts a label with a line break', () => {
    expect(dotString('\nA')).toBe('" \\nA"');
    expect(dotString('A\n')).toBe('"A\\n"');
  });

  it('keeps Graphviz from crashing on a name that starts with a line break', async () => {
    // Graphviz 16.1 (WebAssembly) fails on a label that starts with a line break once it has
    // laid out another graph.
    Graphviz.unload();
    const gv = await Graphviz.load();
    gv.dot('digraph { a -> b }');
    expect(gv.dot(`digraph { n1 [label=${dotString('\nA')}] }`)).toContain('</svg>');
    expect(gv.dot(renderDot({ StartAt: '\nA', States: { '\nA': { Type: 'Succeed' } } }))).toContain(
      '</svg>',
    );
  });

  it('round-trips through the Graphviz parser', async () => {
    const gv = await Graphviz.load();
    const name = 'q"uo\\te & <b> \\l';
    const graph = gv.read(`digraph { a [label=${dotString(name)}] }`);
    expect(graph.nodeCount()).toBe(1);
    expect(graph.getNodeAttr('a', 'label')).toBe('q"uo\\\\te &amp; <b> \\\\l');
  });
});

describe('hostile state names', () => {
  it('cannot add Mermaid statements: every line has a known shape', () => {
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
      'classDef asl[A-Za-z]+ [a-z:#0-9, -]+',
      'class [nc0-9,]+ asl[A-Za-z]+',
    ];
    const line = new RegExp(`^(flowchart TD|\\s+(${shapes.join('|')}))$`);
    const text = renderMermaid(hostile);
    const lines = text.trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(line);
    expect(lines.filter((l) => /^\s+end$/.test(l))).toHaveLength(2);
    expect(lines.filter((l) => /^\s+subgraph /.test(l))).toHaveLength(2);
    const labels = [...text.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(labels.length).toBe(19);
    for (const l of labels) expect(l.replace(/<br>/g, '')).toMatch(/^[^<>"#]*(#\w+;[^<>"#]*)*$/u);
  });

  it('keeps the DOT graph to the nodes and edges of the definition', async () => {
    const dot = renderDot(hostile);
    const gv = await Graphviz.load();
    const graph = gv.read(dot);
    // 8 states + 1 missing target + start/end markers of the machine and of one branch.
    expect(graph.nodeCount()).toBe(13);
    expect(graph.edgeCount()).toBe(13);
    expect(graph.nodeNames().every((n) => /^n\d+$/.test(n))).toBe(true);
    expect(graph.getNodeAttr('n1', 'label')).toBe('Say "hi" <b>&amp;amp;</b>');
  });
});
