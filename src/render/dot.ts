import { buildRenderGraph } from './build-render-graph.ts';
import { displayText } from './display-text.ts';
import {
  decorate,
  withSuffix,
  type Decorations,
  type EdgeStatus,
  type RenderOptions,
  type StateStatus,
} from './overlay.ts';
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

/** Node and cluster attributes per overlay status (they override the type's colours). */
const STATUS_ATTRS: Readonly<Record<StateStatus, string>> = {
  covered: 'fillcolor="#d5f5e3", color="#1e8449", fontcolor="#145a32", penwidth=2',
  uncovered: 'fillcolor="#fdecea", color="#c0392b", fontcolor="#922b21", penwidth=2',
  visited: 'fillcolor="#d6eaf8", color="#1f618d", fontcolor="#154360", penwidth=2',
  failed: 'fillcolor="#f5b7b1", color="#c0392b", fontcolor="#78281f", penwidth=3',
  unvisited: 'fillcolor="#f8f9f9", color="#bfc9ca", fontcolor="#99a3a4"',
};

/** Edge attributes per overlay status and mode. */
const EDGE_STATUS_ATTRS: Readonly<Record<'coverage' | 'trace', Record<EdgeStatus, string>>> = {
  coverage: {
    taken: 'color="#1e8449", fontcolor="#145a32", penwidth=2',
    untaken: 'color="#c0392b", fontcolor="#c0392b", style=dashed',
  },
  trace: {
    taken: 'color="#1f618d", fontcolor="#154360", penwidth=2.5',
    untaken: 'color="#d5d8dc", fontcolor="#aab7b8"',
  },
};

/**
 * Renders a state machine as Graphviz DOT: states as nodes shaped by type (Choice a diamond,
 * Wait a hexagon, Fail a red octagon, Succeed green, Pass dashed), Parallel branches and Map
 * processors as nested clusters (edges to and from such a state end at the cluster border),
 * Choice rules and `default` as edge labels, Catch edges dashed and labelled with their error
 * names, and start/end markers. Node ids are generated; user text only appears in quoted,
 * escaped labels. Deterministic; ends with a newline. Lay it out with `dot -Tsvg` or
 * {@link renderSvg}. With an `overlay`, states and transitions are coloured by coverage
 * (covered green, uncovered red and dashed) or by one execution's trace (visited blue, failed
 * red, the rest grey), labels get their counts (`×3`, retries `↻2`) and the diagram a caption.
 *
 * @example
 * ```ts
 * const dot = renderDot({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
 * dot.startsWith('digraph workflow {'); // true
 * ```
 */
export function renderDot(definition: unknown, options: RenderOptions = {}): string {
  return dotOfGraph(buildRenderGraph(definition), options);
}

/**
 * The DOT text of a render graph (what {@link renderDot} prints); `layout` adds graph attributes
 * (the SVG renderer's faster layout for large graphs).
 *
 * @example
 * ```ts
 * dotOfGraph(buildRenderGraph(definition), {}, ['splines=line']);
 * ```
 */
export function dotOfGraph(
  graph: RenderGraph,
  options: RenderOptions = {},
  layout: readonly string[] = [],
): string {
  const overlay = options.overlay;
  const deco = overlay === undefined ? undefined : decorate(graph, overlay);
  const lines = [...HEADER];
  if (layout.length > 0) lines.push(`  graph [${layout.join(', ')}];`);
  if (overlay?.title !== undefined) {
    lines.push(`  label=${dotString(overlay.title)}; labelloc=t; fontsize=13;`);
  }
  const emit = (items: readonly RenderItem[], indent: string): void => {
    for (const item of items) {
      if ('node' in item) {
        lines.push(`${indent}${item.node.id} [${nodeAttrs(item.node, deco)}];`);
        continue;
      }
      const c = item.cluster;
      lines.push(`${indent}subgraph cluster_${c.id} {`);
      // Fonts are set on every cluster: a nested cluster would otherwise inherit its parent's
      // bold font, and every cluster the caption's size (a label wider than its box).
      const style =
        c.kind === 'state'
          ? 'style="rounded,bold", color="#4a6fa5", fontname="Helvetica-Bold", fontsize=11'
          : 'style="rounded,dashed", color="#999999", fontcolor="#666666", fontname="Helvetica", fontsize=10';
      const d = deco?.states.get(c.id);
      const label = withSuffix(c.label, d?.suffix);
      const status = d === undefined ? '' : `, ${clusterStatusAttrs(d.status)}`;
      lines.push(`${indent}  graph [label=${dotString(label)}, ${style}${status}];`);
      emit(c.items, indent + '  ');
      lines.push(`${indent}}`);
    }
  };
  emit(graph.items, '  ');
  graph.edges.forEach((e, i) => {
    const d = deco?.edges.get(i);
    const status =
      d === undefined || overlay === undefined ? undefined : { ...d, mode: overlay.mode };
    lines.push(`  ${edgeLine(graph, e, status)}`);
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** The attribute list of a node. */
function nodeAttrs(node: RenderNode, deco: Decorations | undefined): string {
  const d = deco?.states.get(node.id);
  const label =
    node.kind === 'missing' ? `${node.label} (missing)` : withSuffix(node.label, d?.suffix);
  const extra =
    node.kind === 'state'
      ? (STATE_ATTRS.get(node.stateType ?? '') ?? OTHER_ATTRS)
      : MARKER_ATTRS[node.kind];
  const status =
    d === undefined ? '' : `, ${STATUS_ATTRS[d.status]}, ${statusStyle(extra, d.status)}`;
  return `label=${dotString(label)}${extra === '' ? '' : ', ' + extra}${status}`;
}

/**
 * The style of a state under an overlay: its type's (rounded, filled…) without the type's own
 * `dashed`/`bold`, then `dashed` when uncovered and `bold` when failed, so that line styles only
 * speak for the overlay.
 */
function statusStyle(extra: string, status: StateStatus): string {
  const m = /style="([^"]*)"|style=(\w+)/.exec(extra);
  const styles = (m?.[1] ?? m?.[2] ?? 'rounded,filled')
    .split(',')
    .filter((s) => s !== 'dashed' && s !== 'bold');
  if (status === 'uncovered') styles.push('dashed');
  if (status === 'failed') styles.push('bold');
  return `style="${styles.join(',')}"`;
}

/** Cluster attributes of an overlay status. */
function clusterStatusAttrs(status: StateStatus): string {
  const filled = STATUS_ATTRS[status];
  return status === 'uncovered'
    ? `style="rounded,filled,dashed", ${filled}`
    : `style="rounded,filled,bold", ${filled}`;
}

/** One edge statement; edges to or from a cluster attach to its anchors and clip at its border. */
function edgeLine(
  graph: RenderGraph,
  e: RenderEdge,
  status?: {
    readonly status: EdgeStatus;
    readonly suffix: string;
    readonly mode: 'coverage' | 'trace';
  },
): string {
  const attrs: string[] = [];
  const from = graph.clusters[e.from];
  const to = graph.clusters[e.to];
  const self = e.from === e.to;
  if (from !== undefined && !self) attrs.push(`ltail=cluster_${e.from}`);
  if (to !== undefined && !self) attrs.push(`lhead=cluster_${e.to}`);
  const label = withSuffix(e.label, status?.suffix, ' ');
  if (label !== '') attrs.push(`label=${dotString(label)}`);
  if (EDGE_ATTRS[e.kind] !== '') attrs.push(EDGE_ATTRS[e.kind]);
  if (status !== undefined) attrs.push(EDGE_STATUS_ATTRS[status.mode][status.status]);
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
