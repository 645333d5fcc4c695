import { AslcError } from '../util/errors.ts';
import { buildRenderGraph } from './build-render-graph.ts';
import { dotOfGraph } from './dot.ts';
import type { RenderOptions } from './overlay.ts';
import type { RenderGraph, RenderItem } from './render-graph.ts';

/**
 * How large a diagram Graphviz lays out as SVG. Its layout grows much faster than the graph
 * (200 dense Choice states took minutes and gigabytes), so larger graphs are refused with one
 * line that points at Mermaid and DOT, which are plain text and have no such limit; from
 * `fastLayoutFrom` transitions on, the layout is simplified (straight edges, fewer
 * crossing-minimisation passes), which keeps these sizes to a few seconds.
 */
export const SVG_LIMITS = { nodes: 400, edges: 600, fastLayoutFrom: 150 } as const;

/** Graphviz attributes of the simplified layout. */
const FAST_LAYOUT = [
  'splines=line',
  'mclimit=0.1',
  'nslimit=1',
  'nslimit1=1',
  'searchsize=5',
  'remincross=false',
];

function countNodes(items: readonly RenderItem[]): number {
  let n = 0;
  const stack = [...items];
  while (stack.length > 0) {
    const item = stack.pop() as RenderItem;
    if ('node' in item) n++;
    else stack.push(...item.cluster.items);
  }
  return n;
}

/** The layout attributes for a graph, or the error refusing it. */
function layoutFor(graph: RenderGraph): readonly string[] {
  const nodes = countNodes(graph.items);
  const edges = graph.edges.length;
  if (nodes > SVG_LIMITS.nodes || edges > SVG_LIMITS.edges) {
    throw new AslcError(
      'DiagramTooLarge',
      `the diagram has ${nodes} nodes and ${edges} transitions; SVG layout is limited to ${SVG_LIMITS.nodes} nodes and ${SVG_LIMITS.edges} transitions`,
      {
        hint: 'use --format mermaid or --format dot (plain text, no limit), or draw a part of the workflow',
      },
    );
  }
  return edges >= SVG_LIMITS.fastLayoutFrom ? FAST_LAYOUT : [];
}

/** The part of `@hpcc-js/wasm-graphviz`'s `Graphviz` that aslc uses. */
interface GraphvizLayout {
  dot(dotSource: string, outputFormat?: 'svg'): string;
}

let graphviz: Promise<GraphvizLayout> | undefined;

/**
 * Loads the WebAssembly Graphviz once, on first use, so that importing `aslc/render` (or running
 * any other command) does not pay for it.
 */
function loadGraphviz(): Promise<GraphvizLayout> {
  graphviz ??= import('@hpcc-js/wasm-graphviz')
    .then((m) => m.Graphviz.load())
    .catch((e: unknown) => {
      graphviz = undefined;
      throw e;
    });
  return graphviz;
}

/**
 * Drops the loaded instance, so that the next layout starts from a fresh WebAssembly memory: a
 * Graphviz crash can leave the instance unusable for later graphs.
 */
async function unloadGraphviz(): Promise<void> {
  graphviz = undefined;
  const m = await import('@hpcc-js/wasm-graphviz');
  m.Graphviz.unload();
}

/**
 * Renders a state machine as SVG: the {@link renderDot} graph laid out by Graphviz compiled to
 * WebAssembly (`@hpcc-js/wasm-graphviz`, loaded lazily; no system install). Deterministic for a
 * given Graphviz version. When a layout fails, the WebAssembly instance is replaced and the
 * layout tried once more before a `LayoutFailed` {@link AslcError} is thrown. Graphs beyond
 * {@link SVG_LIMITS} are refused (`DiagramTooLarge`) and large ones laid out faster, so a
 * layout never runs unbounded. `overlay` draws coverage or an execution's trace (see
 * {@link renderDot}).
 *
 * @example
 * ```ts
 * const svg = await renderSvg({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
 * svg.includes('<svg'); // true
 * ```
 */
export async function renderSvg(definition: unknown, options: RenderOptions = {}): Promise<string> {
  const graph = buildRenderGraph(definition);
  const dot = dotOfGraph(graph, options, layoutFor(graph));
  let failure: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    const gv = await loadGraphviz();
    try {
      return gv.dot(dot, 'svg');
    } catch (e) {
      failure = e;
      await unloadGraphviz();
    }
  }
  throw new AslcError(
    'LayoutFailed',
    `Graphviz could not lay out the diagram: ${String(failure)}`,
    {
      cause: failure,
    },
  );
}
