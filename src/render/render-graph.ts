/**
 * The renderer-neutral diagram of a state machine that {@link buildRenderGraph} derives from ASL
 * JSON and that the Mermaid and DOT renderers print. Ids are generated (`n0`, `n1`, … for nodes,
 * `c0`, `c1`, … for clusters) in traversal order, so they never contain user text; labels hold
 * the raw user text, and each renderer escapes it for its own syntax.
 *
 * @example
 * ```ts
 * const graph: RenderGraph = {
 *   items: [{ node: { id: 'n0', kind: 'start', label: '' } }],
 *   edges: [],
 *   clusters: {},
 * };
 * ```
 */
export interface RenderGraph {
  /** Top-level nodes and clusters, in traversal order. */
  readonly items: readonly RenderItem[];
  /** Every edge of the diagram (at any depth), in traversal order. */
  readonly edges: readonly RenderEdge[];
  /** Every cluster by id, with the nodes that anchor edges to and from it. */
  readonly clusters: Readonly<Record<string, RenderClusterAnchors>>;
}

/** A node or a nested cluster. */
export type RenderItem = { readonly node: RenderNode } | { readonly cluster: RenderCluster };

/**
 * A node: a state, a start or end marker (`start`/`end`; top-level ones have `top: true`), or a
 * transition target that names no state (`missing`).
 */
export interface RenderNode {
  readonly id: string;
  readonly kind: 'state' | 'start' | 'end' | 'missing';
  /** The state name (empty for start and end markers). */
  readonly label: string;
  /** The state's `Type` (kind `state` only); an unknown or absent type is `'?'`. */
  readonly stateType?: string;
  /** True for the start and end markers of the whole machine. */
  readonly top?: boolean;
}

/**
 * A cluster: a Parallel or Map state (`kind: 'state'`, labelled with the state name) holding one
 * `branch` cluster per Parallel branch or the Map's item processor.
 */
export interface RenderCluster {
  readonly id: string;
  readonly kind: 'state' | 'branch';
  readonly label: string;
  /** `Parallel` or `Map` for a state cluster. */
  readonly stateType?: string;
  readonly items: readonly RenderItem[];
}

/** Real nodes to attach edges to when an edge starts or ends at a cluster (DOT needs them). */
export interface RenderClusterAnchors {
  /** A node at the top of the cluster (the first branch's start marker). */
  readonly entry: string;
  /** A node at the bottom of the cluster (the last branch's end marker). */
  readonly exit: string;
}

/** What an edge stands for. */
export type RenderEdgeKind = 'start' | 'next' | 'choice' | 'default' | 'catch' | 'end';

/**
 * An edge between two node or cluster ids. `label` is raw user text (`''` for none): the short
 * rendering of a Choice rule, `default`, or the error names of a catcher.
 */
export interface RenderEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: RenderEdgeKind;
  readonly label: string;
  /**
   * The state the edge leaves and the ASL field it stands for (`Next`, `Default`, `Choices[i]`,
   * `Catch[i]`), for overlays; absent on start and end edges.
   */
  readonly transition?: { readonly state: string; readonly name: string };
}
