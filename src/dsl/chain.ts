import { DslError } from './dsl-error.ts';
import type { PendingState } from './pending-state.ts';

/**
 * The structure behind a {@link Chain}: a leaf (one state), a sequence (`left`'s open ends
 * continue to `right`'s start), or an explicit graph (states plus edges, produced by
 * `prefixStates`). Building a sequence is O(1); transitions are resolved once, when the state
 * machine is built. Readonly, not frozen: see src/dsl/README.md. @internal
 */
export interface ChainNode {
  readonly start: PendingState;
  /** States whose `Next` is still open. */
  readonly ends: readonly PendingState[];
  /** The last state added, for error messages. */
  readonly tail: PendingState;
  readonly leaf?: PendingState;
  readonly left?: ChainNode;
  readonly right?: ChainNode;
  readonly graph?: {
    readonly states: readonly PendingState[];
    readonly edges: readonly (readonly [PendingState, PendingState])[];
  };
}

/** Anything that can be chained: a state builder, a chain, a fragment's result. */
export interface Chainable {
  /** This value as a chain. */
  toChain(): Chain;
}

/**
 * The key under which aslc's own chainables (state builders and chains) hold their chain node,
 * so that internal code links a state without making a `Chain` for it (see {@link chainNodeOf}).
 * @internal
 */
export const CHAIN_NODE: unique symbol = Symbol('aslc.chainNode');

/**
 * The chain node of a chainable: the one aslc's own builders and chains hold, or that of
 * `toChain()` for any other chainable (a value of another copy of aslc included). @internal
 */
export function chainNodeOf(c: Chainable): ChainNode {
  return (c as { readonly [CHAIN_NODE]?: ChainNode })[CHAIN_NODE] ?? c.toChain().node;
}

/** A leaf chain node. @internal */
export function leafNode(state: PendingState, ends?: readonly PendingState[]): ChainNode {
  return {
    start: state,
    ends: ends ?? (state.terminal ? [] : [state]),
    tail: state,
    leaf: state,
  };
}

function describeEnd(state: PendingState): string {
  if (state.kind === 'Choice') {
    return `'${state.name}' is a Choice state: its rules decide where to go next`;
  }
  if (state.kind === 'Succeed' || state.kind === 'Fail') {
    return `'${state.name}' is a ${state.kind} state and ends the execution`;
  }
  return `nothing in the chain ending at '${state.name}' can continue`;
}

/** A sequence chain node. @internal */
function seqNode(left: ChainNode, right: ChainNode): ChainNode {
  if (left.ends.length === 0) {
    throw new DslError(
      'CannotChainAfterTerminal',
      `cannot continue to '${right.start.name}': ${describeEnd(left.tail)}`,
      {
        state: left.tail.name,
        hint:
          left.tail.kind === 'Choice'
            ? 'use choice.afterwards().next(...) to continue after the branches, or chain the branches themselves'
            : 'remove the state after it, or end the branch earlier',
      },
    );
  }
  return { start: left.start, ends: right.ends, tail: right.tail, left, right };
}

/**
 * An immutable sequence of states with one start and zero or more open ends. `next` returns a
 * new chain; the original is unchanged and can be reused (a fragment is just a function that
 * returns a chain).
 *
 * @example
 * ```ts
 * const c = pass('A').next(pass('B')).next(succeed('Done'));
 * c.startState; // 'A'
 * c.endStates; // [] (Succeed ends the execution)
 * ```
 */
export class Chain implements Chainable {
  /** @internal */
  readonly node: ChainNode;

  /** @internal */
  constructor(node: ChainNode) {
    this.node = node;
    Object.freeze(this);
  }

  /** @internal */
  get [CHAIN_NODE](): ChainNode {
    return this.node;
  }

  /** The name of the first state. */
  get startState(): string {
    return this.node.start.name;
  }

  /** The names of the states whose `Next` is still open. */
  get endStates(): string[] {
    return this.node.ends.map((s) => s.name);
  }

  /**
   * Continues every open end of this chain with `next`.
   *
   * @example
   * ```ts
   * chain(pass('A'), pass('B')).next(succeed('Done'));
   * ```
   */
  next(next: Chainable): Chain {
    return new Chain(seqNode(this.node, chainNodeOf(next)));
  }

  /** This chain. */
  toChain(): Chain {
    return this;
  }
}

/**
 * Chains states and chains in order: each item's open ends continue to the next item's start.
 *
 * @example
 * ```ts
 * const flow = chain(pass('Prepare'), task('Work', { resource: lambdaInvoke() }), succeed('Done'));
 * ```
 */
export function chain(first: Chainable, ...rest: Chainable[]): Chain {
  if (first === undefined) {
    throw new DslError('EmptyChain', 'chain() needs at least one state', {
      hint: 'pass the states in order: chain(a, b, c)',
    });
  }
  const nodes = [first, ...rest].map((c, i) => {
    if (c === undefined || c === null || typeof (c as Chainable).toChain !== 'function') {
      throw new DslError('EmptyChain', `item ${i + 1} of chain() is not a state or a chain`, {
        hint: 'pass state builders (pass(), task(), …), chains or fragment results',
      });
    }
    return chainNodeOf(c);
  });
  return new Chain(balanced(nodes, 0, nodes.length));
}

/** Builds a balanced sequence tree, so that long chains stay shallow. */
function balanced(nodes: readonly ChainNode[], from: number, to: number): ChainNode {
  if (to - from === 1) return nodes[from] as ChainNode;
  const mid = (from + to) >>> 1;
  return seqNode(balanced(nodes, from, mid), balanced(nodes, mid, to));
}

/**
 * Visits a chain node's own states (in order, without the targets of Choice rules and catchers;
 * a state reached twice is visited twice) and its edges. Iterative, so deep chains do not
 * exhaust the stack; nothing is allocated per state. @internal
 */
export function walkChain(
  node: ChainNode,
  onState: (state: PendingState) => void,
  onEdge: (from: PendingState, to: PendingState) => void,
): void {
  const stack: ChainNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as ChainNode;
    if (n.leaf !== undefined) onState(n.leaf);
    else if (n.graph !== undefined) {
      for (const s of n.graph.states) onState(s);
      for (const [from, to] of n.graph.edges) onEdge(from, to);
    } else if (n.left !== undefined && n.right !== undefined) {
      const ends = n.left.ends;
      for (let i = 0; i < ends.length; i++) onEdge(ends[i] as PendingState, n.right.start);
      stack.push(n.right, n.left);
    }
  }
}

/**
 * Flattens a chain node into its own states (each once, in order) and its edges. @internal
 */
export function flattenChain(node: ChainNode): {
  states: PendingState[];
  edges: (readonly [PendingState, PendingState])[];
} {
  const states: PendingState[] = [];
  const seen = new Set<PendingState>();
  const edges: (readonly [PendingState, PendingState])[] = [];
  const stack: ChainNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as ChainNode;
    if (n.leaf !== undefined) {
      if (!seen.has(n.leaf)) {
        seen.add(n.leaf);
        states.push(n.leaf);
      }
    } else if (n.graph !== undefined) {
      for (const s of n.graph.states) {
        if (!seen.has(s)) {
          seen.add(s);
          states.push(s);
        }
      }
      edges.push(...n.graph.edges);
    } else if (n.left !== undefined && n.right !== undefined) {
      for (const end of n.left.ends) edges.push([end, n.right.start]);
      stack.push(n.right, n.left);
    }
  }
  return { states, edges };
}
