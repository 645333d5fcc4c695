import { appendPointer } from '../util/json-pointer.ts';
import type { ExpressionNode } from './expression-node.ts';
import type { GraphNode } from './graph-node.ts';
import type { StateMachineNode } from './state-machine-node.ts';
import type { StateNode } from './state-node.ts';
import type { ValueNode } from './value-node.ts';

/**
 * The names a state can transition to, in a fixed order: `Next`, the Choice rules' `Next`s,
 * `Default`, then the catchers' `Next`s.
 *
 * @example
 * ```ts
 * successors(choiceNode); // ['Small', 'Large', 'Other']
 * ```
 */
export function successors(state: StateNode): string[] {
  const out: string[] = [];
  if ('next' in state && state.next !== undefined) out.push(state.next);
  if (state.kind === 'Choice') {
    for (const rule of state.choices) out.push(rule.next);
    if (state.default !== undefined) out.push(state.default);
  }
  if ('catch' in state && state.catch !== undefined) {
    for (const c of state.catch) out.push(c.next);
  }
  return out;
}

/** True for a state that ends its graph (End, Succeed, Fail). */
export function isTerminal(state: StateNode): boolean {
  return (
    state.kind === 'Succeed' || state.kind === 'Fail' || ('end' in state && state.end === true)
  );
}

/**
 * Names of the states reachable from `StartAt` within one graph (not nested graphs), in
 * depth-first order (successor order of {@link successors}).
 *
 * @example
 * ```ts
 * reachableStates(machine.graph); // ['Start', 'Work', 'Done']
 * ```
 */
export function reachableStates(graph: GraphNode): string[] {
  const byName = new Map(graph.states.map((s) => [s.name, s]));
  const seen = new Set<string>();
  const order: string[] = [];
  const stack = [graph.startAt];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const state = byName.get(name);
    if (state === undefined) continue;
    order.push(name);
    const next = successors(state);
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as string);
  }
  return order;
}

/** Names of the states of one graph that end it (End, Succeed, Fail). */
export function endStates(graph: GraphNode): string[] {
  return graph.states.filter(isTerminal).map((s) => s.name);
}

/**
 * The number of states of a graph, nested branches and processors included.
 *
 * @example
 * ```ts
 * countStates(machine.graph); // 12
 * ```
 */
export function countStates(graph: GraphNode): number {
  let n = 0;
  const stack: GraphNode[] = [graph];
  for (let g = stack.pop(); g !== undefined; g = stack.pop()) {
    const states = g.states;
    n += states.length;
    for (let i = 0; i < states.length; i++) {
      const state = states[i] as StateNode;
      if (state.kind === 'Parallel') {
        const branches = state.branches;
        for (let j = 0; j < branches.length; j++) stack.push(branches[j] as GraphNode);
      } else if (state.kind === 'Map') stack.push(state.processor);
    }
  }
  return n;
}

/** The graphs nested directly in a state (Parallel branches, Map processor). */
export function childGraphs(
  state: StateNode,
): { graph: GraphNode; segments: (string | number)[] }[] {
  if (state.kind === 'Parallel') {
    return state.branches.map((graph, i) => ({ graph, segments: ['Branches', i] }));
  }
  if (state.kind === 'Map') {
    return [
      { graph: state.processor, segments: [state.legacyIterator ? 'Iterator' : 'ItemProcessor'] },
    ];
  }
  return [];
}

/**
 * Visits every graph of a machine, nested ones included, with the JSON pointer of its `States`
 * object's parent in the emitted ASL (`''` for the top level).
 *
 * @example
 * ```ts
 * walkGraphs(machine, (graph, pointer) => console.log(pointer, graph.startAt));
 * ```
 */
export function walkGraphs(
  machine: StateMachineNode,
  visit: (graph: GraphNode, pointer: string) => void,
): void {
  const stack: { graph: GraphNode; pointer: string }[] = [{ graph: machine.graph, pointer: '' }];
  while (stack.length > 0) {
    const { graph, pointer } = stack.pop() as { graph: GraphNode; pointer: string };
    visit(graph, pointer);
    const nested: { graph: GraphNode; pointer: string }[] = [];
    for (const state of graph.states) {
      for (const child of childGraphs(state)) {
        nested.push({
          graph: child.graph,
          pointer: appendPointer(pointer, 'States', state.name, ...child.segments),
        });
      }
    }
    for (let i = nested.length - 1; i >= 0; i--)
      stack.push(nested[i] as { graph: GraphNode; pointer: string });
  }
}

/** Every state of a machine with the JSON pointer of its emitted object. */
export function allStates(machine: StateMachineNode): { state: StateNode; pointer: string }[] {
  const out: { state: StateNode; pointer: string }[] = [];
  walkGraphs(machine, (graph, pointer) => {
    for (const state of graph.states)
      out.push({ state, pointer: appendPointer(pointer, 'States', state.name) });
  });
  return out;
}

/**
 * Visits every expression node inside a value (objects, arrays, nested intrinsic arguments, the
 * placeholders of a substitution).
 *
 * @example
 * ```ts
 * forEachExpression(task.parameters, (e) => { if (e.kind === 'Placeholder') names.add(e.name); });
 * ```
 */
export function forEachExpression(value: unknown, visit: (expr: ExpressionNode) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) forEachExpression(v, visit);
    return;
  }
  const node = value as { kind?: unknown };
  switch (node.kind) {
    case 'JsonPath':
    case 'Jsonata':
    case 'Placeholder':
      visit(value as ExpressionNode);
      return;
    case 'Intrinsic':
      visit(value as ExpressionNode);
      for (const a of (value as { args: readonly unknown[] }).args) forEachExpression(a, visit);
      return;
    case 'Substitution':
      visit(value as ExpressionNode);
      for (const p of (value as { parts: readonly unknown[] }).parts) forEachExpression(p, visit);
      return;
    case 'Object':
      for (const e of (value as { entries: readonly { value: ValueNode }[] }).entries) {
        forEachExpression(e.value, visit);
      }
      return;
    case 'Array':
      for (const v of (value as { items: readonly ValueNode[] }).items) forEachExpression(v, visit);
      return;
    default:
      for (const v of Object.values(value)) forEachExpression(v, visit);
  }
}

/** The names of every deploy-time placeholder a machine uses, sorted. */
export function collectPlaceholders(machine: StateMachineNode): string[] {
  const names = new Set<string>();
  forEachExpression(machine.extra, (e) => {
    if (e.kind === 'Placeholder') names.add(e.name);
  });
  for (const { state } of allStates(machine)) {
    const { ...fields } = state;
    for (const [k, v] of Object.entries(fields)) {
      if (k === 'branches' || k === 'processor') continue;
      forEachExpression(v, (e) => {
        if (e.kind === 'Placeholder') names.add(e.name);
      });
    }
  }
  return [...names].sort();
}

/**
 * The JSON pointers of the fields a machine's author set through the DSL's `extra` escape hatch
 * (top level and states), for the validator: such a field is one aslc does not know.
 *
 * @example
 * ```ts
 * extraFieldPointers(machine); // ['/States/Call/NewAwsField']
 * ```
 */
export function extraFieldPointers(machine: StateMachineNode): string[] {
  const out: string[] = [];
  for (const e of machine.extra?.entries ?? []) out.push(appendPointer('', e.key));
  for (const { state, pointer } of allStates(machine)) {
    for (const e of state.extra?.entries ?? []) out.push(appendPointer(pointer, e.key));
  }
  return out;
}
