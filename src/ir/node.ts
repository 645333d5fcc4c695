import { deepFreeze } from '../util/freeze.ts';

/**
 * Every IR node has a `kind`. Nodes are plain, frozen, JSON-serialisable objects: no classes, no
 * functions, no cycles. Each node kind has a same-named frozen factory (`PassNode.create`,
 * `PassNode.is`) in its own file.
 */
export interface Node {
  readonly kind: string;
}

/** A frozen factory for one node kind (`PassNode.create`, `PassNode.is`, `PassNode.cloneWith`). */
export interface NodeFactory<N extends Node> {
  /** Creates a frozen node from its properties (undefined properties are dropped). */
  create(props: Omit<N, 'kind'>): N;
  /** True when `value` is a node of this kind. */
  is(value: unknown): value is N;
  /** A copy with some properties replaced. */
  cloneWith(node: N, props: Partial<Omit<N, 'kind'>>): N;
}

/** Builds the factory of a node kind. @internal */
export function defineNode<N extends Node>(kind: N['kind']): NodeFactory<N> {
  const create = (props: Omit<N, 'kind'>): N => {
    let node: Record<string, unknown> = { kind, ...props };
    for (const k in node) {
      if (node[k] === undefined) {
        const compact: Record<string, unknown> = {};
        for (const key in node) if (node[key] !== undefined) compact[key] = node[key];
        node = compact;
        break;
      }
    }
    return deepFreeze(node) as unknown as N;
  };
  return Object.freeze({
    create,
    is: (value: unknown): value is N =>
      typeof value === 'object' && value !== null && (value as Node).kind === kind,
    cloneWith: (node: N, props: Partial<Omit<N, 'kind'>>): N => {
      const { kind: _k, ...rest } = node as N & Record<string, unknown>;
      return create({ ...rest, ...props } as Omit<N, 'kind'>);
    },
  });
}
