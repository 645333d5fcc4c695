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
  /**
   * A jump made by {@link goTo}: the chain it leads to, resolved when first read (`start` and
   * `tail` read it too). A jump has no open end.
   */
  readonly jump?: () => ChainNode;
  /** The chain ends with a jump, so nothing can follow it. */
  readonly endsInJump?: boolean;
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

/** The name of a chain's first state, for a message (a jump is not resolved for it). */
function shownStart(node: ChainNode): string {
  return node.jump === undefined ? `'${node.start.name}'` : 'goTo(…)';
}

/** A sequence chain node. @internal */
function seqNode(left: ChainNode, right: ChainNode): ChainNode {
  if (left.jump !== undefined || left.endsInJump === true) {
    throw new DslError(
      'CannotChainAfterTerminal',
      `cannot continue to ${shownStart(right)}: the chain ends with goTo(…), which jumps to another state`,
      {
        hint: 'goTo(…) is the last item of a chain; put what should follow after the state it goes to',
      },
    );
  }
  if (left.ends.length === 0) {
    throw new DslError(
      'CannotChainAfterTerminal',
      `cannot continue to ${shownStart(right)}: ${describeEnd(left.tail)}`,
      {
        state: left.tail.name,
        hint:
          left.tail.kind === 'Choice'
            ? 'use choice.afterwards().next(...) to continue after the branches, or chain the branches themselves'
            : 'remove the state after it, or end the branch earlier',
      },
    );
  }
  if (right.jump !== undefined || right.endsInJump === true) {
    return {
      start: left.start,
      ends: right.ends,
      tail: left.tail,
      endsInJump: true,
      left,
      right,
    };
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

/**
 * A jump to a state built elsewhere in the same graph, for a loop the builders cannot close
 * otherwise: a Catch handler or Choice rule that leads back to the state that holds it, or to a
 * state whose builder holds it. `target` is called when the state machine is built (not before),
 * so it may name a constant declared later or the one being declared; the jump has no open end
 * and is the last item of its chain.
 *
 * @example
 * ```ts
 * const call = task('Call', { resource: lambdaInvoke() }).catch(
 *   chain(wait('Back off', { seconds: 30 }), goTo(() => call)),
 *   { errors: ['States.TaskFailed'] },
 * );
 * const machine = stateMachine({ definition: chain(call, succeed('Done')) });
 * // "Back off": { "Type": "Wait", "Seconds": 30, "Next": "Call" }
 * ```
 */
export function goTo(target: () => Chainable): Chain {
  if (typeof target !== 'function') {
    throw new DslError('InvalidGoTo', 'goTo() needs a function that returns the state to go to', {
      hint: 'write goTo(() => poll), where poll is a state builder or a chain',
    });
  }
  let resolved: ChainNode | undefined;
  let resolving = false;
  const loop = (): DslError =>
    new DslError('InvalidGoTo', 'goTo(…) leads back to itself without reaching a state', {
      hint: 'make the function return a state builder or a chain that starts with a state',
    });
  const resolve = (): ChainNode => {
    if (resolved !== undefined) return resolved;
    // Jumps to jumps that come back (goTo(() => b) and b = goTo(() => a)) end here, not in a
    // stack overflow.
    if (resolving) throw loop();
    resolving = true;
    try {
      resolved = follow();
      return resolved;
    } finally {
      resolving = false;
    }
  };
  const follow = (): ChainNode => {
    let value: unknown;
    try {
      value = target();
    } catch (error) {
      if (error instanceof DslError) throw error;
      throw new DslError(
        'InvalidGoTo',
        `goTo(…) could not read the state it goes to: ${error instanceof Error ? error.message : String(error)}`,
        {
          hint: 'the function is called when the state machine is built: the state it returns must exist by then (read startState of a chain ending in goTo only after that)',
        },
      );
    }
    if (typeof (value as Partial<Chainable> | null | undefined)?.toChain !== 'function') {
      throw new DslError(
        'InvalidGoTo',
        'goTo(…) leads to something that is not a state or a chain',
        {
          hint: 'return a state builder or a chain: goTo(() => poll)',
        },
      );
    }
    // A jump to a jump is followed to its state (each refuses to be re-entered).
    const n = chainNodeOf(value as Chainable);
    if (n === node) throw loop();
    return n.jump === undefined ? n : n.jump();
  };
  const node: ChainNode = Object.freeze({
    get start(): PendingState {
      return resolve().start;
    },
    get tail(): PendingState {
      return resolve().start;
    },
    ends: Object.freeze([]),
    jump: resolve,
  });
  return new Chain(node);
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
  onJump: (target: ChainNode) => void,
): void {
  const stack: ChainNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as ChainNode;
    if (n.leaf !== undefined) onState(n.leaf);
    else if (n.jump !== undefined) onJump(n.jump());
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
 * Flattens a chain node into its own states (each once, in order) and its edges; a jump's target
 * chain is flattened in, once. @internal
 */
export function flattenChain(node: ChainNode): {
  states: PendingState[];
  edges: (readonly [PendingState, PendingState])[];
} {
  const states: PendingState[] = [];
  const seen = new Set<PendingState>();
  const edges: (readonly [PendingState, PendingState])[] = [];
  const jumped = new Set<ChainNode>();
  const stack: ChainNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as ChainNode;
    if (n.leaf !== undefined) {
      if (!seen.has(n.leaf)) {
        seen.add(n.leaf);
        states.push(n.leaf);
      }
    } else if (n.jump !== undefined) {
      const target = n.jump();
      if (!jumped.has(target)) {
        jumped.add(target);
        stack.push(target);
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
