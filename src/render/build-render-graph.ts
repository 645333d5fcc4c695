import { nestedGraphs } from '../asl/walk.ts';
import { AslcError } from '../util/errors.ts';
import { isJsonObject } from '../util/json.ts';
import type {
  RenderCluster,
  RenderClusterAnchors,
  RenderEdge,
  RenderGraph,
  RenderItem,
  RenderNode,
} from './render-graph.ts';
import { isTerminal, stateTransitions, type StateTransition } from './state-edges.ts';

/** Deepest nesting of Parallel branches and Map processors that is rendered. */
const MAX_DEPTH = 64;

/** Mutable state of one build: id counters and the cluster anchors. */
interface BuildContext {
  nodes: number;
  clusters: number;
  readonly anchors: Record<string, RenderClusterAnchors>;
}

/** What one scope (the machine, a branch or a processor) produced. */
interface ScopeResult {
  readonly items: RenderItem[];
  /** The scope's edges, nested ones included, in reading order. */
  readonly edges: RenderEdge[];
  readonly start: string;
  readonly end: string;
}

/** A Parallel or Map state's cluster and the edges inside it. */
interface CompoundResult {
  readonly cluster: RenderCluster;
  readonly edges: RenderEdge[];
}

/**
 * Derives the diagram of a state machine from its ASL JSON: one node per state, a start marker
 * pointing to `StartAt`, an end marker reached from every `End: true` or Succeed state, Parallel
 * and Map states as clusters holding one cluster per branch or item processor (each with its own
 * start and end markers; nested to any depth), and edges for `Next`, Choice rules, `Default` and
 * `Catch`. Transitions to unknown states point to a `missing` node. States are visited from
 * `StartAt` (breadth first, transitions in order), then unreachable states in key order, so the
 * output depends only on the definition. Works on any ASL JSON object, valid or not; throws an
 * `InvalidDefinition` {@link AslcError} when `definition` has no `States` object.
 *
 * @example
 * ```ts
 * const graph = buildRenderGraph({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
 * graph.edges.map((e) => `${e.from}->${e.to}`); // ['n0->n1', 'n1->n2']
 * ```
 */
export function buildRenderGraph(definition: unknown): RenderGraph {
  if (!isJsonObject(definition) || !isJsonObject(definition['States'])) {
    throw new AslcError('InvalidDefinition', 'not a state machine definition', {
      hint: 'expected a JSON object with "StartAt" and a "States" object',
    });
  }
  const ctx: BuildContext = { nodes: 0, clusters: 0, anchors: {} };
  const scope = buildScope(ctx, definition, 0);
  return { items: scope.items, edges: scope.edges, clusters: ctx.anchors };
}

/** Nodes, clusters and edges of one scope (`StartAt` + `States`). */
function buildScope(
  ctx: BuildContext,
  scope: Readonly<Record<string, unknown>>,
  depth: number,
): ScopeResult {
  const states = isJsonObject(scope['States']) ? scope['States'] : {};
  const startAt = typeof scope['StartAt'] === 'string' ? scope['StartAt'] : undefined;
  const top = depth === 0;
  const items: RenderItem[] = [];
  const start = node(ctx, items, { kind: 'start', label: '', ...(top ? { top } : {}) });
  const transitions = new Map(Object.keys(states).map((n) => [n, stateTransitions(states[n])]));
  const ids = new Map<string, string>();
  const inner = new Map<string, RenderEdge[]>();
  for (const name of visitOrder(transitions, startAt)) {
    const compound = buildCompound(ctx, name, states[name], depth);
    if (compound !== undefined) {
      items.push({ cluster: compound.cluster });
      ids.set(name, compound.cluster.id);
      inner.set(name, compound.edges);
    } else {
      const type = isJsonObject(states[name]) ? states[name]['Type'] : undefined;
      const stateType = typeof type === 'string' ? type : '?';
      ids.set(name, node(ctx, items, { kind: 'state', label: name, stateType }));
    }
  }
  const end = node(ctx, items, { kind: 'end', label: '', ...(top ? { top } : {}) });
  const missing = new Map<string, string>();
  const target = (name: string): string => {
    const known = ids.get(name) ?? missing.get(name);
    if (known !== undefined) return known;
    const id = node(ctx, items, { kind: 'missing', label: name });
    missing.set(name, id);
    return id;
  };
  const edges: RenderEdge[] = [];
  if (startAt !== undefined) edges.push(edge(start, target(startAt), 'start', ''));
  for (const [name, id] of ids) {
    edges.push(...(inner.get(name) ?? []));
    const state = states[name];
    for (const t of transitions.get(name) ?? []) {
      edges.push({
        ...edge(id, target(t.target), t.kind, t.label),
        transition: { state: name, name: t.transition },
      });
    }
    if (isTerminal(state)) edges.push(edge(id, end, 'end', ''));
  }
  return { items, edges, start, end };
}

/** The cluster of a Parallel or Map state, or `undefined` when it has no branch to draw. */
function buildCompound(
  ctx: BuildContext,
  name: string,
  state: unknown,
  depth: number,
): CompoundResult | undefined {
  if (!isJsonObject(state)) return undefined;
  const branches = nestedGraphs(state).map((g) => {
    if (g.index !== undefined) return { label: `branch ${g.index + 1}`, scope: g.graph };
    const config = g.graph['ProcessorConfig'];
    const distributed = isJsonObject(config) && config['Mode'] === 'DISTRIBUTED';
    const label = g.field === 'Iterator' ? 'iterator' : 'item processor';
    return { label: distributed ? `${label} (distributed)` : label, scope: g.graph };
  });
  if (branches.length === 0) return undefined;
  if (depth + 1 > MAX_DEPTH) {
    throw new AslcError('NestingTooDeep', `branches are nested more than ${MAX_DEPTH} deep`, {
      state: name,
    });
  }
  const id = `c${ctx.clusters++}`;
  const items: RenderItem[] = [];
  const edges: RenderEdge[] = [];
  let entry = '';
  let exit = '';
  for (const branch of branches) {
    const branchId = `c${ctx.clusters++}`;
    const scope = buildScope(ctx, branch.scope, depth + 1);
    items.push({
      cluster: { id: branchId, kind: 'branch', label: branch.label, items: scope.items },
    });
    edges.push(...scope.edges);
    ctx.anchors[branchId] = { entry: scope.start, exit: scope.end };
    if (entry === '') entry = scope.start;
    exit = scope.end;
  }
  ctx.anchors[id] = { entry, exit };
  const cluster: RenderCluster = {
    id,
    kind: 'state',
    label: name,
    stateType: String(state['Type']),
    items,
  };
  return { cluster, edges };
}

/**
 * States in visiting order: breadth first from `StartAt`, then the rest in key order.
 * `transitions` holds every state of the scope, in key order.
 */
function visitOrder(
  transitions: ReadonlyMap<string, readonly StateTransition[]>,
  startAt: string | undefined,
): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (name: string): void => {
    if (transitions.has(name) && !seen.has(name)) {
      seen.add(name);
      queue.push(name);
    }
  };
  if (startAt !== undefined) visit(startAt);
  for (let i = 0; i < queue.length; i++) {
    for (const t of transitions.get(queue[i] as string) ?? []) visit(t.target);
  }
  for (const name of transitions.keys()) visit(name);
  return queue;
}

/** Adds a node to `items` and returns its id. */
function node(ctx: BuildContext, items: RenderItem[], init: Omit<RenderNode, 'id'>): string {
  const id = `n${ctx.nodes++}`;
  items.push({ node: { id, ...init } });
  return id;
}

/** An edge. */
function edge(from: string, to: string, kind: RenderEdge['kind'], label: string): RenderEdge {
  return { from, to, kind, label };
}
