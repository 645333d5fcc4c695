import type { AslQueryLanguage } from '../asl/query-language.ts';
import { CatcherNode } from '../ir/catcher-node.ts';
import { ChoiceNode } from '../ir/choice-node.ts';
import { ChoiceRuleNode } from '../ir/choice-rule-node.ts';
import { FailNode } from '../ir/fail-node.ts';
import { GraphNode } from '../ir/graph-node.ts';
import { MapNode } from '../ir/map-node.ts';
import { ParallelNode } from '../ir/parallel-node.ts';
import { PassNode } from '../ir/pass-node.ts';
import type { RetrierNode } from '../ir/retrier-node.ts';
import { StateMachineNode } from '../ir/state-machine-node.ts';
import type { StateNode } from '../ir/state-node.ts';
import { SucceedNode } from '../ir/succeed-node.ts';
import { TaskNode } from '../ir/task-node.ts';
import type { ObjectNode } from '../ir/value-node.ts';
import { WaitNode } from '../ir/wait-node.ts';
import { walkChain, type ChainNode } from './chain.ts';
import { DslError } from './dsl-error.ts';
import { checkStateLanguage } from './lang-check.ts';
import type { PendingCatcher, PendingRule, PendingState } from './pending-state.ts';

/** Top-level fields of a machine. @internal */
export interface MachineFields {
  readonly comment?: string;
  readonly version?: string;
  readonly queryLanguage?: AslQueryLanguage;
  readonly timeoutSeconds?: number;
  readonly extra?: ObjectNode;
}

/**
 * What lowering knows about one state of the graph being lowered: where it continues, whether it
 * has been found and placed in emission order, and its node once lowered. The same object is the
 * state's entry in the machine-wide name registry. @internal
 */
interface Placement {
  readonly state: PendingState;
  /** The graph the state belongs to, for error messages. */
  readonly where: string;
  /** The state it continues to (edges may name a state before its chain is walked). */
  next: PendingState | undefined;
  /** Set when the walk of the graph reaches the state itself. */
  found: boolean;
  /** Set when the state takes its place in emission order. */
  placed: boolean;
  node: StateNode | undefined;
}

/**
 * Resolves builder chains into the frozen IR: transitions become names, open ends become
 * `End`, nested chains become graphs; names are checked for uniqueness across the whole machine
 * and every state for its query language. @internal
 */
class Lowering {
  readonly #machineLang: AslQueryLanguage;
  readonly #registry = new Map<string, Placement>();
  readonly #onState: ((state: PendingState) => void) | undefined;

  constructor(machineLang: AslQueryLanguage, onState?: (state: PendingState) => void) {
    this.#machineLang = machineLang;
    this.#onState = onState;
  }

  #register(entry: Placement): void {
    const state = entry.state;
    const seen = this.#registry.get(state.name);
    if (seen === undefined) {
      this.#registry.set(state.name, entry);
      this.#onState?.(state);
      return;
    }
    if (seen.state === state) {
      if (seen.where !== entry.where) {
        throw new DslError(
          'DuplicateStateName',
          `state '${state.name}' is used both in ${seen.where} and in ${entry.where}`,
          {
            state: state.name,
            hint: 'a state belongs to one graph: build a separate state (with its own name) for each place',
          },
        );
      }
      return;
    }
    throw new DslError(
      'DuplicateStateName',
      `two different states are named '${state.name}': a ${seen.state.kind} in ${seen.where} and a ${state.kind} in ${entry.where}`,
      {
        state: state.name,
        hint: "state names are unique across the whole machine: rename one, or prefix a reused fragment with prefixStates(fragment, 'Prefix: ')",
      },
    );
  }

  lowerGraph(root: ChainNode, where: string, comment?: string): GraphNode {
    const single = root.leaf;
    if (
      single !== undefined &&
      single.kind !== 'Choice' &&
      single.catchers === undefined &&
      single.defaultTarget === undefined
    ) {
      // A one-state graph (the usual Parallel branch or Map processor): no edges to resolve.
      this.#register(placement(single, where));
      const node = this.#lowerState(single, undefined);
      return GraphNode.create({ comment, startAt: node.name, states: Object.freeze([node]) });
    }
    // One entry per state of the graph (found, or named by an edge), and the states in the
    // order they were found.
    const info = new Map<PendingState, Placement>();
    const states: Placement[] = [];
    const work: ChainNode[] = [root];
    const done = new Set<ChainNode>();
    const addState = (s: PendingState): void => {
      let entry = info.get(s);
      if (entry === undefined) info.set(s, (entry = placement(s, where)));
      else if (entry.found) return;
      entry.found = true;
      this.#register(entry);
      states.push(entry);
      const rules = s.rules;
      if (rules !== undefined) {
        for (let j = 0; j < rules.length; j++) work.push((rules[j] as PendingRule).target);
      }
      if (s.defaultTarget !== undefined) work.push(s.defaultTarget);
      const catchers = s.catchers;
      if (catchers !== undefined) {
        for (let j = 0; j < catchers.length; j++) {
          work.push((catchers[j] as PendingCatcher).handler);
        }
      }
    };
    const addEdge = (from: PendingState, to: PendingState): void => {
      // `from` may be an open end of a Choice rule's target, found when that chain is.
      if (from === to) {
        throw new DslError(
          'SelfTransition',
          `state '${from.name}' is chained to itself, so it would continue to itself for ever ("Next": "${from.name}")`,
          {
            state: from.name,
            field: 'Next',
            hint: `a state reached twice in a chain is one state; a deliberate loop goes back to an earlier state through a Choice (choice(…).when(condition, earlier) or .otherwise(earlier)) or by chaining a later state to it (wait('Pause', …).next(earlier)), as a polling loop does; to run '${from.name}' twice in a row, build a second state with its own name`,
          },
        );
      }
      let entry = info.get(from);
      if (entry === undefined) info.set(from, (entry = placement(from, where)));
      const existing = entry.next;
      if (existing !== undefined && existing !== to) {
        throw new DslError(
          'StateAlreadyHasNext',
          `state '${from.name}' already continues to '${existing.name}'; it cannot also continue to '${to.name}'`,
          {
            state: from.name,
            field: 'Next',
            hint: 'a state has one Next: branch with a Choice, or run both with a Parallel',
          },
        );
      }
      entry.next = to;
    };
    // A jump's target chain belongs to this graph like any other chain it names.
    const addJump = (target: ChainNode): void => {
      work.push(target);
    };
    while (work.length > 0) {
      const chainNode = work.pop() as ChainNode;
      if (done.has(chainNode)) continue;
      done.add(chainNode);
      walkChain(chainNode, addState, addEdge, addJump);
    }
    for (let i = 0; i < states.length; i++) {
      const entry = states[i] as Placement;
      entry.node = this.#lowerState(entry.state, entry.next);
    }
    // Emission order: depth-first from StartAt (Next, Choices, Default, Catch), then the states
    // nothing leads to, in the order they were found.
    const ordered: StateNode[] = [];
    if (states.length === 1) {
      ordered.push((states[0] as Placement).node as StateNode);
    } else {
      const stack: PendingState[] = [root.start];
      while (stack.length > 0) {
        const entry = info.get(stack.pop() as PendingState);
        if (entry === undefined || entry.placed) continue;
        entry.placed = true;
        if (entry.node === undefined) continue;
        ordered.push(entry.node);
        pushSuccessors(entry, stack, info);
      }
      for (let i = 0; i < states.length; i++) {
        const entry = states[i] as Placement;
        if (!entry.placed) ordered.push(entry.node as StateNode);
      }
    }
    return GraphNode.create({
      comment,
      startAt: root.start.name,
      states: Object.freeze(ordered),
    });
  }

  #lowerState(s: PendingState, next: PendingState | undefined): StateNode {
    const node = this.#stateNode(s, next);
    const lang = node.queryLanguage ?? this.#machineLang;
    checkStateLanguage(node, lang, this.#machineLang);
    return node;
  }

  /**
   * The IR node of a pending state: its name, its typed fields, then its links, per kind (one
   * object per state: `compose` copies the builder's fields and the links into it).
   */
  #stateNode(s: PendingState, next: PendingState | undefined): StateNode {
    const name = s.name;
    // Succeed, Fail and Choice have no Next/End; the others continue or end their graph
    // (compose() drops the one that is undefined).
    const nextName = next?.name;
    const end = next === undefined ? true : undefined;
    switch (s.kind) {
      case 'Pass':
        return PassNode.compose(name, s.fields, { next: nextName, end });
      case 'Wait':
        return WaitNode.compose(name, s.fields, { next: nextName, end });
      case 'Succeed':
        return SucceedNode.compose(name, s.fields, {});
      case 'Fail':
        return FailNode.compose(name, s.fields, {});
      case 'Task':
        return TaskNode.compose(name, s.fields, {
          retry: retriers(s),
          catch: this.#catchers(s),
          next: nextName,
          end,
        });
      case 'Choice':
        return ChoiceNode.compose(name, s.fields, {
          choices: this.#choices(s),
          default: s.defaultTarget?.start.name,
        });
      case 'Parallel':
        return ParallelNode.compose(name, s.fields, {
          branches: this.#branches(s),
          retry: retriers(s),
          catch: this.#catchers(s),
          next: nextName,
          end,
        });
      case 'Map':
        return MapNode.compose(name, s.fields, {
          processor: this.lowerGraph(
            s.processor as ChainNode,
            `the item processor of Map '${name}'`,
            s.processorComment,
          ),
          retry: retriers(s),
          catch: this.#catchers(s),
          next: nextName,
          end,
        });
    }
  }

  #catchers(s: PendingState): CatcherNode[] | undefined {
    const catchers = s.catchers;
    // An empty list stays empty (`catch: []`): a definition may hold one.
    if (catchers === undefined || catchers.length === 0) return catchers && [];
    return catchers.map(({ handler, origin: _origin, ...c }) =>
      CatcherNode.create({ ...c, next: handler.start.name }),
    );
  }

  #choices(s: PendingState): ChoiceRuleNode[] {
    const rules = s.rules ?? [];
    if (rules.length === 0) {
      throw new DslError('ChoiceWithoutRules', `Choice state '${s.name}' has no rules`, {
        state: s.name,
        field: 'Choices',
        hint: 'add at least one rule with .when(condition, target)',
      });
    }
    return rules.map(({ target, origin: _origin, ...r }) =>
      ChoiceRuleNode.create({ ...r, next: target.start.name }),
    );
  }

  #branches(s: PendingState): GraphNode[] {
    const branches = s.branches ?? [];
    if (branches.length === 0) {
      throw new DslError('ParallelWithoutBranches', `Parallel state '${s.name}' has no branches`, {
        state: s.name,
        field: 'Branches',
        hint: 'add branches with parallel(name, { branches: [...] }) or .branch(...)',
      });
    }
    return branches.map((b, i) =>
      this.lowerGraph(b, `branch ${i} of Parallel '${s.name}'`, s.branchComments?.[i]),
    );
  }
}

/** A fresh entry for a state of the graph `where`. */
function placement(state: PendingState, where: string): Placement {
  return { state, where, next: undefined, found: false, placed: false, node: undefined };
}

/** A state's retriers: undefined for none, an empty list only for `retry: []`. */
function retriers(s: PendingState): readonly RetrierNode[] | undefined {
  return s.retry;
}

/**
 * Pushes a state's successors on the stack in reverse of the emission order (Next, Choices,
 * Default, Catch), so that they are popped in that order; those already placed are skipped.
 */
function pushSuccessors(
  entry: Placement,
  stack: PendingState[],
  info: ReadonlyMap<PendingState, Placement>,
): void {
  const s = entry.state;
  const catchers = s.catchers;
  if (catchers !== undefined) {
    for (let i = catchers.length - 1; i >= 0; i--)
      pushUnplaced((catchers[i] as PendingCatcher).handler.start, stack, info);
  }
  if (s.kind === 'Choice') {
    if (s.defaultTarget !== undefined) pushUnplaced(s.defaultTarget.start, stack, info);
    const rules = s.rules ?? [];
    for (let i = rules.length - 1; i >= 0; i--)
      pushUnplaced((rules[i] as PendingRule).target.start, stack, info);
  } else if (entry.next !== undefined) {
    pushUnplaced(entry.next, stack, info);
  }
}

function pushUnplaced(
  s: PendingState,
  stack: PendingState[],
  info: ReadonlyMap<PendingState, Placement>,
): void {
  if (info.get(s)?.placed !== true) stack.push(s);
}

/**
 * Lowers a chain into a frozen {@link StateMachineNode}. `onState` sees every state once, as it
 * is placed (source locations are collected this way). @internal
 *
 * @example
 * ```ts
 * const node = lowerStateMachine(chain(pass('A'), succeed('B')).node, {});
 * ```
 */
export function lowerStateMachine(
  definition: ChainNode,
  fields: MachineFields,
  onState?: (state: PendingState) => void,
): StateMachineNode {
  const lang = fields.queryLanguage ?? 'JSONPath';
  const graph = new Lowering(lang, onState).lowerGraph(definition, 'the top level');
  return StateMachineNode.create({ ...fields, graph });
}
