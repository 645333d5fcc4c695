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
    // One pass: copy the defined properties after `kind`, freezing what is not frozen yet
    // (nested nodes come frozen from their own factories; arrays built by the caller do not).
    const node: Record<string, unknown> = { kind };
    const source = props as Record<string, unknown>;
    for (const key in source) {
      const value = source[key];
      if (value === undefined) continue;
      if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) deepFreeze(value);
      node[key] = value;
    }
    return Object.freeze(node) as unknown as N;
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
