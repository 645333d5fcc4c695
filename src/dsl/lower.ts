import type { AslQueryLanguage } from '../asl/query-language.ts';
import { CatcherNode } from '../ir/catcher-node.ts';
import { ChoiceNode } from '../ir/choice-node.ts';
import { ChoiceRuleNode } from '../ir/choice-rule-node.ts';
import { FailNode } from '../ir/fail-node.ts';
import { GraphNode } from '../ir/graph-node.ts';
import { MapNode } from '../ir/map-node.ts';
import { ParallelNode } from '../ir/parallel-node.ts';
import { PassNode } from '../ir/pass-node.ts';
import { StateMachineNode } from '../ir/state-machine-node.ts';
import type { StateNode } from '../ir/state-node.ts';
import { SucceedNode } from '../ir/succeed-node.ts';
import { TaskNode } from '../ir/task-node.ts';
import { successors } from '../ir/traverse.ts';
import { WaitNode } from '../ir/wait-node.ts';
import { flattenChain, type ChainNode } from './chain.ts';
import { DslError } from './dsl-error.ts';
import { checkStateLanguage } from './lang-check.ts';
import type { PendingCatcher, PendingRule, PendingState } from './pending-state.ts';

/** Top-level fields of a machine. @internal */
export interface MachineFields {
  readonly comment?: string;
  readonly version?: string;
  readonly queryLanguage?: AslQueryLanguage;
  readonly timeoutSeconds?: number;
}

const FACTORIES = {
  Pass: PassNode,
  Task: TaskNode,
  Choice: ChoiceNode,
  Wait: WaitNode,
  Succeed: SucceedNode,
  Fail: FailNode,
  Parallel: ParallelNode,
  Map: MapNode,
} as const;

/**
 * Resolves builder chains into the frozen IR: transitions become names, open ends become
 * `End`, nested chains become graphs; names are checked for uniqueness across the whole machine
 * and every state for its query language. @internal
 */
class Lowering {
  readonly #machineLang: AslQueryLanguage;
  readonly #registry = new Map<string, { state: PendingState; where: string }>();
  readonly #onState: ((state: PendingState) => void) | undefined;

  constructor(machineLang: AslQueryLanguage, onState?: (state: PendingState) => void) {
    this.#machineLang = machineLang;
    this.#onState = onState;
  }

  #register(state: PendingState, where: string): void {
    const seen = this.#registry.get(state.name);
    if (seen === undefined) {
      this.#registry.set(state.name, { state, where });
      this.#onState?.(state);
      return;
    }
    if (seen.state === state) {
      if (seen.where !== where) {
        throw new DslError(
          'DuplicateStateName',
          `state '${state.name}' is used both in ${seen.where} and in ${where}`,
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
      `two different states are named '${state.name}': a ${seen.state.kind} in ${seen.where} and a ${state.kind} in ${where}`,
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
      this.#register(single, where);
      const node = this.#lowerState(single, undefined);
      return GraphNode.create({ comment, startAt: node.name, states: [node] });
    }
    const states: PendingState[] = [];
    const seen = new Set<PendingState>();
    const edges = new Map<PendingState, PendingState>();
    const work: ChainNode[] = [root];
    const done = new Set<ChainNode>();
    const addState = (s: PendingState) => {
      if (seen.has(s)) return;
      this.#register(s, where);
      seen.add(s);
      states.push(s);
      const rules = s.rules;
      if (rules !== undefined)
        for (let i = 0; i < rules.length; i++) work.push((rules[i] as PendingRule).target);
      if (s.defaultTarget !== undefined) work.push(s.defaultTarget);
      const catchers = s.catchers;
      if (catchers !== undefined) {
        for (let i = 0; i < catchers.length; i++)
          work.push((catchers[i] as PendingCatcher).handler);
      }
    };
    while (work.length > 0) {
      const node = work.pop() as ChainNode;
      if (done.has(node)) continue;
      done.add(node);
      const flat = flattenChain(node);
      for (let i = 0; i < flat.states.length; i++) addState(flat.states[i] as PendingState);
      for (let i = 0; i < flat.edges.length; i++) {
        const [from, to] = flat.edges[i] as readonly [PendingState, PendingState];
        const existing = edges.get(from);
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
        edges.set(from, to);
      }
    }
    const nodes = new Map<string, StateNode>();
    for (const s of states) nodes.set(s.name, this.#lowerState(s, edges.get(s)));
    // Emission order: depth-first from StartAt (Next, Choices, Default, Catch).
    const ordered: StateNode[] = [];
    const visited = new Set<string>();
    const stack = [root.start.name];
    while (stack.length > 0) {
      const name = stack.pop() as string;
      if (visited.has(name)) continue;
      visited.add(name);
      const node = nodes.get(name);
      if (node === undefined) continue;
      ordered.push(node);
      if (nodes.size === 1) break;
      const next = successors(node);
      for (let i = next.length - 1; i >= 0; i--) {
        const n = next[i] as string;
        if (!visited.has(n)) stack.push(n);
      }
    }
    for (const node of nodes.values()) if (!visited.has(node.name)) ordered.push(node);
    return GraphNode.create({ comment, startAt: root.start.name, states: ordered });
  }

  #lowerState(s: PendingState, next: PendingState | undefined): StateNode {
    const props: Record<string, unknown> = { name: s.name, ...s.fields };
    const processorComment = props['processorComment'];
    if (processorComment !== undefined) delete props['processorComment'];
    if (!s.terminal) {
      if (next !== undefined) props['next'] = next.name;
      else props['end'] = true;
    }
    if (s.retry !== undefined && s.retry.length > 0) props['retry'] = s.retry;
    if (s.catchers !== undefined && s.catchers.length > 0) {
      props['catch'] = s.catchers.map(({ handler, origin: _origin, ...c }) =>
        CatcherNode.create({ ...c, next: handler.start.name }),
      );
    }
    if (s.kind === 'Choice') {
      const rules = s.rules ?? [];
      if (rules.length === 0) {
        throw new DslError('ChoiceWithoutRules', `Choice state '${s.name}' has no rules`, {
          state: s.name,
          field: 'Choices',
          hint: 'add at least one rule with .when(condition, target)',
        });
      }
      props['choices'] = rules.map(({ target, origin: _origin, ...r }) =>
        ChoiceRuleNode.create({ ...r, next: target.start.name }),
      );
      if (s.defaultTarget !== undefined) props['default'] = s.defaultTarget.start.name;
    }
    if (s.kind === 'Parallel') {
      const branches = s.branches ?? [];
      if (branches.length === 0) {
        throw new DslError(
          'ParallelWithoutBranches',
          `Parallel state '${s.name}' has no branches`,
          {
            state: s.name,
            field: 'Branches',
            hint: 'add branches with parallel(name, { branches: [...] }) or .branch(...)',
          },
        );
      }
      props['branches'] = branches.map((b, i) =>
        this.lowerGraph(b, `branch ${i} of Parallel '${s.name}'`),
      );
    }
    if (s.kind === 'Map') {
      props['processor'] = this.lowerGraph(
        s.processor as ChainNode,
        `the item processor of Map '${s.name}'`,
        processorComment as string | undefined,
      );
    }
    const node = (FACTORIES[s.kind] as { create(p: unknown): StateNode }).create(props);
    const lang = node.queryLanguage ?? this.#machineLang;
    checkStateLanguage(node, lang, this.#machineLang);
    return node;
  }
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
