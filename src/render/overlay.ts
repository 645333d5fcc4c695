/**
 * How an overlay (coverage, or one execution's trace; src/util/diagram-overlay.ts) decorates a
 * {@link RenderGraph}: a status and a count suffix for every state node or cluster, and for
 * every transition edge. The Mermaid and DOT renderers turn statuses into colours.
 */
import type { DiagramOverlay } from '../util/diagram-overlay.ts';
import type { RenderGraph, RenderItem } from './render-graph.ts';

/** What a state is in an overlay. */
export type StateStatus = 'covered' | 'uncovered' | 'visited' | 'unvisited' | 'failed';

/** What a transition is in an overlay. */
export type EdgeStatus = 'taken' | 'untaken';

/** The decorations of one graph. */
export interface Decorations {
  /** By node or cluster id (states only). */
  readonly states: ReadonlyMap<string, { readonly status: StateStatus; readonly suffix: string }>;
  /** By edge index in `graph.edges` (transition edges only). */
  readonly edges: ReadonlyMap<number, { readonly status: EdgeStatus; readonly suffix: string }>;
}

/**
 * Decorates a graph: in `coverage` mode states are covered (with their count) or uncovered, and
 * transitions taken (with their count) or not; in `trace` mode states are visited (count,
 * retries), failed or unvisited. Names are matched exactly (Maps, so any name is safe).
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, overlay: DiagramOverlay;
 * const d = decorate(buildRenderGraph(definition), overlay);
 * d.states.get('n1'); // { status: 'covered', suffix: '×3' }
 * ```
 */
export function decorate(graph: RenderGraph, overlay: DiagramOverlay): Decorations {
  const counts = new Map(overlay.states.map((s) => [s.name, s]));
  const taken = new Map<string, Map<string, number>>();
  for (const t of overlay.transitions) {
    let m = taken.get(t.state);
    if (m === undefined) taken.set(t.state, (m = new Map()));
    m.set(t.transition, (m.get(t.transition) ?? 0) + t.count);
  }
  const trace = overlay.mode === 'trace';
  const states = new Map<string, { status: StateStatus; suffix: string }>();
  const visit = (items: readonly RenderItem[]): void => {
    for (const item of items) {
      const id = 'node' in item ? item.node.id : item.cluster.id;
      const isState = 'node' in item ? item.node.kind === 'state' : item.cluster.kind === 'state';
      if ('cluster' in item) visit(item.cluster.items);
      if (!isState) continue;
      const name = 'node' in item ? item.node.label : item.cluster.label;
      const s = counts.get(name);
      const count = s?.count ?? 0;
      const parts: string[] = [];
      if (count > 0 || !trace) parts.push(`×${count}`);
      if ((s?.retries ?? 0) > 0) parts.push(`↻${s?.retries}`);
      if (s?.failed === true) parts.push('✗ failed');
      const status: StateStatus = trace
        ? s?.failed === true
          ? 'failed'
          : count > 0
            ? 'visited'
            : 'unvisited'
        : count > 0
          ? 'covered'
          : 'uncovered';
      states.set(id, { status, suffix: parts.join(' ') });
    }
  };
  visit(graph.items);
  const edges = new Map<number, { status: EdgeStatus; suffix: string }>();
  const reached = (id: string): boolean => {
    const s = states.get(id)?.status;
    return s === 'covered' || s === 'visited' || s === 'failed';
  };
  graph.edges.forEach((e, i) => {
    if (e.transition === undefined) {
      // Start edges were taken when their state was entered; end edges when their state was
      // entered and did not fail.
      const ok =
        e.kind === 'start'
          ? reached(e.to)
          : e.kind === 'end' && reached(e.from) && states.get(e.from)?.status !== 'failed';
      if (states.has(e.kind === 'start' ? e.to : e.from)) {
        edges.set(i, { status: ok ? 'taken' : 'untaken', suffix: '' });
      }
      return;
    }
    const n = taken.get(e.transition.state)?.get(e.transition.name) ?? 0;
    edges.set(i, { status: n > 0 ? 'taken' : 'untaken', suffix: n > 0 ? `×${n}` : '' });
  });
  return { states, edges };
}

/**
 * Adds a suffix to a label on a new line (`Charge` + `×2` → `Charge\n×2`); edge labels get it
 * after a space.
 *
 * @example
 * ```ts
 * withSuffix('Charge', '×2'); // 'Charge\n×2'
 * ```
 */
export function withSuffix(label: string, suffix: string | undefined, separator = '\n'): string {
  if (suffix === undefined || suffix === '') return label;
  return label === '' ? suffix : `${label}${separator}${suffix}`;
}

/** Options of the renderers. */
export interface RenderOptions {
  /** Coverage or an execution's trace, drawn over the states and transitions. */
  readonly overlay?: DiagramOverlay;
}
