import { buildRenderGraph } from './build-render-graph.ts';
import { displayText } from './display-text.ts';
import type { RenderEdge, RenderGraph, RenderItem, RenderNode } from './render-graph.ts';

/** Graph-wide defaults. */
const HEADER = [
  'digraph workflow {',
  '  graph [compound=true, fontname="Helvetica", fontsize=11, nodesep=0.35, ranksep=0.4];',
  '  node [fontname="Helvetica", fontsize=11, shape=box, style="rounded,filled", ' +
    'fillcolor="#e8f0fe", color="#4a6fa5"];',
  '  edge [fontname="Helvetica", fontsize=9, color="#555555", fontcolor="#333333"];',
];

/** Attributes (besides the label) of the start, end and missing-target markers. */
const MARKER_ATTRS: Readonly<Record<'start' | 'end' | 'missing', string>> = {
  start:
    'shape=circle, style=filled, fillcolor="#333333", color="#333333", width=0.2, fixedsize=true',
  end: 'shape=doublecircle, style=filled, fillcolor="#333333", color="#333333", width=0.14, fixedsize=true',
  missing: 'style="dashed", fillcolor="#ffffff", color="#c0392b", fontcolor="#c0392b"',
};

/**
 * State node attributes (besides the label) by state type; Task uses the node defaults. A Map,
 * because types are user text (`constructor` must not find `Object.prototype`'s).
 */
const STATE_ATTRS: ReadonlyMap<string, string> = new Map([
  ['Task', ''],
  ['Pass', 'style="rounded,filled,dashed", fillcolor="#f4f4f4", color="#888888"'],
  ['Choice', 'shape=diamond, style=filled, fillcolor="#fff4d6", color="#b7950b"'],
  ['Wait', 'shape=hexagon, style=filled, fillcolor="#efeefe", color="#6c5ce7"'],
  ['Succeed', 'style="rounded,filled,bold", fillcolor="#d5f5e3", color="#1e8449"'],
  [
    'Fail',
    'shape=octagon, style="filled,bold", fillcolor="#fadbd8", color="#c0392b", fontcolor="#922b21"',
  ],
  ['Parallel', 'shape=box3d, style=filled'],
  ['Map', 'shape=box3d, style=filled'],
]);

/** Attributes of a state of an unknown type. */
const OTHER_ATTRS = 'shape=parallelogram, style=filled, fillcolor="#ffffff", color="#888888"';

/** Edge attributes per edge kind (Catch edges are dashed and red). */
const EDGE_ATTRS: Readonly<Record<RenderEdge['kind'], string>> = {
  start: '',
  next: '',
  choice: '',
  default: 'style=bold',
  catch: 'style=dashed, color="#c0392b", fontcolor="#c0392b"',
  end: '',
};

/**
 * Renders a state machine as Graphviz DOT: states as nodes shaped by type (Choice a diamond,
 * Wait a hexagon, Fail a red octagon, Succeed green, Pass dashed), Parallel branches and Map
 * processors as nested clusters (edges to and from such a state end at the cluster border),
 * Choice rules and `default` as edge labels, Catch edges dashed and labelled with their error
 * names, and start/end markers. Node ids are generated; user text only appears in quoted,
 * escaped labels. Deterministic; ends with a newline. Lay it out with `dot -Tsvg` or
 * {@link renderSvg}.
 *
 * @example
 * ```ts
 * const dot = renderDot({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
 * dot.startsWith('digraph workflow {'); // true
 * ```
 */
export function renderDot(definition: unknown): string {
  const graph = buildRenderGraph(definition);
  const lines = [...HEADER];
  const emit = (items: readonly RenderItem[], indent: string): void => {
    for (const item of items) {
      if ('node' in item) {
        lines.push(`${indent}${item.node.id} [${nodeAttrs(item.node)}];`);
        continue;
      }
      const c = item.cluster;
      lines.push(`${indent}subgraph cluster_${c.id} {`);
      const style =
        c.kind === 'state'
          ? 'style="rounded,bold", color="#4a6fa5", fontname="Helvetica-Bold"'
          : 'style="rounded,dashed", color="#999999", fontcolor="#666666"';
      lines.push(`${indent}  graph [label=${dotString(c.label)}, ${style}];`);
      emit(c.items, indent + '  ');
      lines.push(`${indent}}`);
    }
  };
  emit(graph.items, '  ');
  for (const e of graph.edges) lines.push(`  ${edgeLine(graph, e)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** The attribute list of a node. */
function nodeAttrs(node: RenderNode): string {
  const label = node.kind === 'missing' ? `${node.label} (missing)` : node.label;
  const extra =
    node.kind === 'state'
      ? (STATE_ATTRS.get(node.stateType ?? '') ?? OTHER_ATTRS)
      : MARKER_ATTRS[node.kind];
  return `label=${dotString(label)}${extra === '' ? '' : ', ' + extra}`;
}

/** One edge statement; edges to or from a cluster attach to its anchors and clip at its border. */
function edgeLine(graph: RenderGraph, e: RenderEdge): string {
  const attrs: string[] = [];
  const from = graph.clusters[e.from];
  const to = graph.clusters[e.to];
  const self = e.from === e.to;
  if (from !== undefined && !self) attrs.push(`ltail=cluster_${e.from}`);
  if (to !== undefined && !self) attrs.push(`lhead=cluster_${e.to}`);
  if (e.label !== '') attrs.push(`label=${dotString(e.label)}`);
  if (EDGE_ATTRS[e.kind] !== '') attrs.push(EDGE_ATTRS[e.kind]);
  const tail = from?.exit ?? e.from;
  const head = to?.entry ?? e.to;
  return `${tail} -> ${head}${attrs.length > 0 ? ` [${attrs.join(', ')}]` : ''};`;
}

/**
 * User text as a double-quoted DOT string for a label: backslashes and quotes are escaped (so
 * Graphviz escapes such as `\N` or `\l` cannot occur), `&` becomes `&amp;` (Graphviz would
 * otherwise decode entities such as `&#1;` into the SVG), and line breaks become `\n`. A label
 * never starts with a line break (a space is put first): Graphviz 16.1 in WebAssembly crashes on
 * such a label once it has laid out another graph.
 *
 * @example
 * ```ts
 * dotString('say "hi" & \\bye'); // '"say \\"hi\\" &amp; \\\\bye"'
 * ```
 */
export function dotString(text: string): string {
  const escaped = displayText(text)
    .replace(/^\n/, ' \n')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/&/g, '&amp;')
    .replace(/\n/g, '\\n');
  return `"${escaped}"`;
}
