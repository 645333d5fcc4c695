import { buildRenderGraph } from './build-render-graph.ts';
import { displayText } from './display-text.ts';
import { decorate, withSuffix, type RenderOptions, type StateStatus } from './overlay.ts';
import type { RenderEdge, RenderItem, RenderNode } from './render-graph.ts';

/** Node shape (opening and closing brackets) and class per node style. */
const STYLES = {
  aslStart: { open: '((', close: '))', classDef: 'fill:#333333,stroke:#333333' },
  aslEnd: { open: '(((', close: ')))', classDef: 'fill:#333333,stroke:#333333' },
  aslTask: { open: '[', close: ']', classDef: 'fill:#e8f0fe,stroke:#4a6fa5' },
  aslPass: { open: '(', close: ')', classDef: 'fill:#f4f4f4,stroke:#888888' },
  aslChoice: { open: '{', close: '}', classDef: 'fill:#fff4d6,stroke:#b7950b' },
  aslWait: { open: '{{', close: '}}', classDef: 'fill:#efeefe,stroke:#6c5ce7' },
  aslSucceed: { open: '([', close: '])', classDef: 'fill:#d5f5e3,stroke:#1e8449' },
  aslFail: {
    open: '([',
    close: '])',
    classDef: 'fill:#fadbd8,stroke:#c0392b,stroke-width:2px,color:#922b21',
  },
  aslCompound: { open: '[[', close: ']]', classDef: 'fill:#e8f0fe,stroke:#4a6fa5' },
  aslOther: { open: '[/', close: '/]', classDef: 'fill:#ffffff,stroke:#888888' },
  aslMissing: {
    open: '[',
    close: ']',
    classDef: 'fill:#ffffff,stroke:#c0392b,stroke-dasharray:4 3,color:#c0392b',
  },
} as const satisfies Readonly<Record<string, { open: string; close: string; classDef: string }>>;

/** Overlay classes (coverage, trace), which replace the type's colours; shapes stay. */
const STATUS_CLASSES: Readonly<Record<StateStatus, { name: string; classDef: string }>> = {
  covered: {
    name: 'covCovered',
    classDef: 'fill:#d5f5e3,stroke:#1e8449,stroke-width:2px,color:#145a32',
  },
  uncovered: {
    name: 'covUncovered',
    classDef: 'fill:#fdecea,stroke:#c0392b,stroke-width:2px,stroke-dasharray:5 3,color:#922b21',
  },
  visited: {
    name: 'trVisited',
    classDef: 'fill:#d6eaf8,stroke:#1f618d,stroke-width:2px,color:#154360',
  },
  failed: {
    name: 'trFailed',
    classDef: 'fill:#f5b7b1,stroke:#c0392b,stroke-width:3px,color:#78281f',
  },
  unvisited: { name: 'trUnvisited', classDef: 'fill:#f8f9f9,stroke:#bfc9ca,color:#99a3a4' },
};

/** `linkStyle` of transition edges per overlay mode and status. */
const LINK_STYLES = {
  coverage: {
    taken: 'stroke:#1e8449,stroke-width:2px',
    untaken: 'stroke:#c0392b,stroke-width:1px,stroke-dasharray:5 3',
  },
  trace: { taken: 'stroke:#1f618d,stroke-width:3px', untaken: 'stroke:#d5d8dc,stroke-width:1px' },
} as const;

/** A node style: a key of {@link STYLES}. */
type MermaidStyle = keyof typeof STYLES;

/** The style of a state node by its type (a Map: types are user text, e.g. `constructor`). */
const BY_TYPE: ReadonlyMap<string, MermaidStyle> = new Map<string, MermaidStyle>([
  ['Task', 'aslTask'],
  ['Pass', 'aslPass'],
  ['Choice', 'aslChoice'],
  ['Wait', 'aslWait'],
  ['Succeed', 'aslSucceed'],
  ['Fail', 'aslFail'],
  ['Parallel', 'aslCompound'],
  ['Map', 'aslCompound'],
]);

/** Arrow per edge kind (Catch edges are dotted). */
const ARROWS: Readonly<Record<RenderEdge['kind'], string>> = {
  start: '-->',
  next: '-->',
  choice: '-->',
  default: '-->',
  catch: '-.->',
  end: '-->',
};

/**
 * Renders a state machine as a Mermaid flowchart (`flowchart TD`): states as nodes shaped by
 * type (Choice a rhombus, Wait a hexagon, Succeed/Fail stadiums styled green/red, …), Parallel
 * branches and Map processors as nested subgraphs, Choice rules and `default` as edge labels,
 * Catch edges dotted and labelled with their error names, and start/end markers. All user text
 * is entity-encoded, so no state name can add nodes, edges or markup. Deterministic; ends with a
 * newline. With an `overlay`, states and subgraphs are classed by coverage (`covCovered`,
 * `covUncovered`) or by one execution's trace (`trVisited`, `trFailed`, `trUnvisited`),
 * transition edges styled with `linkStyle`, and labels get their counts (`×3`, retries `↻2`).
 *
 * @example
 * ```ts
 * renderMermaid({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
 * // 'flowchart TD\n  n0((" "))\n  n1(["A"])\n  n2(((" ")))\n  n0 --> n1\n  n1 --> n2\n…'
 * ```
 */
export function renderMermaid(definition: unknown, options: RenderOptions = {}): string {
  const graph = buildRenderGraph(definition);
  const overlay = options.overlay;
  const deco = overlay === undefined ? undefined : decorate(graph, overlay);
  const lines = ['flowchart TD'];
  const classes = new Map<string, string[]>();
  const statusClasses = new Map<StateStatus, string[]>();
  const addClass = <K>(map: Map<K, string[]>, key: K, id: string): void => {
    const ids = map.get(key);
    if (ids === undefined) map.set(key, [id]);
    else ids.push(id);
  };
  const emit = (items: readonly RenderItem[], indent: string): void => {
    for (const item of items) {
      if ('node' in item) {
        const style = nodeStyle(item.node);
        const shape = STYLES[style];
        const d = deco?.states.get(item.node.id);
        const text = item.node.label === '' ? ' ' : withSuffix(item.node.label, d?.suffix);
        lines.push(`${indent}${item.node.id}${shape.open}"${mermaidText(text)}"${shape.close}`);
        if (d === undefined) addClass(classes, style, item.node.id);
        else addClass(statusClasses, d.status, item.node.id);
      } else {
        const c = item.cluster;
        const d = deco?.states.get(c.id);
        lines.push(`${indent}subgraph ${c.id} ["${mermaidText(withSuffix(c.label, d?.suffix))}"]`);
        emit(c.items, indent + '  ');
        lines.push(`${indent}end`);
        if (d !== undefined) addClass(statusClasses, d.status, c.id);
      }
    }
  };
  emit(graph.items, '  ');
  const linkStyles: string[] = [];
  graph.edges.forEach((e, i) => {
    const d = deco?.edges.get(i);
    const text = withSuffix(e.label, d?.suffix, ' ');
    const label = text === '' ? '' : `|"${mermaidText(text)}"|`;
    lines.push(`  ${e.from} ${ARROWS[e.kind]}${label} ${e.to}`);
    if (d !== undefined && overlay !== undefined) {
      linkStyles.push(`  linkStyle ${i} ${LINK_STYLES[overlay.mode][d.status]}`);
    }
  });
  for (const [style, def] of Object.entries(STYLES)) {
    const ids = classes.get(style);
    if (ids === undefined) continue;
    lines.push(`  classDef ${style} ${def.classDef}`);
    lines.push(`  class ${ids.join(',')} ${style}`);
  }
  for (const [status, def] of Object.entries(STATUS_CLASSES) as [
    StateStatus,
    { name: string; classDef: string },
  ][]) {
    const ids = statusClasses.get(status);
    if (ids === undefined) continue;
    lines.push(`  classDef ${def.name} ${def.classDef}`);
    lines.push(`  class ${ids.join(',')} ${def.name}`);
  }
  lines.push(...linkStyles);
  return lines.join('\n') + '\n';
}

/** The class (and so the shape) of a node. */
function nodeStyle(node: RenderNode): MermaidStyle {
  if (node.kind === 'start') return 'aslStart';
  if (node.kind === 'end') return 'aslEnd';
  if (node.kind === 'missing') return 'aslMissing';
  return BY_TYPE.get(node.stateType ?? '') ?? 'aslOther';
}

/**
 * User text for a double-quoted Mermaid label: letters, digits, spaces, `_.,()-+=!?'/@` and a
 * `$` not preceded by `$` stay as they are, line breaks become `<br>`, and every other
 * character becomes a Mermaid entity code (`#quot;`, `#60;`, …), so quotes, brackets, pipes,
 * `;`, `:`, `%`, `#`, `$$` and backticks cannot end the label, start markdown or KaTeX math, or
 * add statements.
 *
 * @example
 * ```ts
 * mermaidText('a "b" <c> $$.x'); // 'a #quot;b#quot; #60;c#62; $#36;.x'
 * ```
 */
export function mermaidText(text: string): string {
  let out = '';
  let previous = '';
  for (const ch of displayText(text)) {
    if (ch === '\n') out += '<br>';
    else if (ch === '"') out += '#quot;';
    else if (/^[\p{L}\p{N} _.,()\-+=!?'/@]$/u.test(ch) || (ch === '$' && previous !== '$')) {
      out += ch;
    } else out += `#${ch.codePointAt(0)};`;
    previous = ch;
  }
  return out;
}
