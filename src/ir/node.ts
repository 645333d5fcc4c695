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
  /**
   * Creates a frozen node from a name and two groups of properties, copied in that order: the
   * node `create({ name, ...fields, ...links })` makes, without building the merged object first
   * (lowering makes one state node this way from its builder's fields and its resolved links).
   */
  compose<F extends Partial<Omit<N, 'kind' | 'name'>>>(
    name: N extends { readonly name: string } ? string : never,
    fields: F,
    links: Omit<N, 'kind' | 'name' | keyof F>,
  ): N;
  /** True when `value` is a node of this kind. */
  is(value: unknown): value is N;
  /** A copy with some properties replaced. */
  cloneWith(node: N, props: Partial<Omit<N, 'kind'>>): N;
}

/**
 * Copies the defined properties of `source` onto `node`, freezing the values that are not frozen
 * yet (nested nodes come frozen from their own factories; arrays built by the caller do not).
 */
function copyDefined(node: Record<string, unknown>, source: object): void {
  const props = source as Record<string, unknown>;
  for (const key in props) {
    const value = props[key];
    if (value === undefined) continue;
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) deepFreeze(value);
    node[key] = value;
  }
}

/**
 * A new node object with its `kind`. Built from `{}`, which V8 makes with room for four
 * properties (a literal `{ kind }` has room for one): most nodes then need no separate property
 * store, which matters when a machine has thousands of them.
 */
function nodeOf(kind: string): Record<string, unknown> {
  const node: Record<string, unknown> = {};
  node['kind'] = kind;
  return node;
}

/** Builds the factory of a node kind. @internal */
export function defineNode<N extends Node>(kind: N['kind']): NodeFactory<N> {
  const create = (props: Omit<N, 'kind'>): N => {
    const node = nodeOf(kind);
    copyDefined(node, props);
    return Object.freeze(node) as unknown as N;
  };
  return Object.freeze({
    create,
    compose: (name: string, fields: object, links: object): N => {
      const node = nodeOf(kind);
      node['name'] = name;
      copyDefined(node, fields);
      copyDefined(node, links);
      return Object.freeze(node) as unknown as N;
    },
    is: (value: unknown): value is N =>
      typeof value === 'object' && value !== null && (value as Node).kind === kind,
    cloneWith: (node: N, props: Partial<Omit<N, 'kind'>>): N => {
      const { kind: _k, ...rest } = node as N & Record<string, unknown>;
      return create({ ...rest, ...props } as Omit<N, 'kind'>);
    },
  });
}
