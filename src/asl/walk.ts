/**
 * The one state walker: where a definition's states are (the machine, Parallel branches, Map
 * item processors, to any depth), with their JSON pointers and the scope each belongs to. It
 * reads any JSON: what is not an object where a graph or a state should be is skipped. It never
 * recurses (definitions may nest thousands of levels), and it reads only own properties.
 */
import { isJsonObject } from '../util/json.ts';
import { appendPointer } from '../util/json-pointer.ts';

/** What a graph is: the machine, a Parallel branch or a Map item processor. */
export type GraphKind = 'machine' | 'branch' | 'processor';

/** A graph nested in a state: a Parallel branch, or a Map's `ItemProcessor` (or `Iterator`). */
export interface NestedGraph {
  readonly kind: 'branch' | 'processor';
  /** The field holding it. */
  readonly field: 'Branches' | 'ItemProcessor' | 'Iterator';
  /** The branch index (Parallel). */
  readonly index: number | undefined;
  /** Its path from the state: `Branches/0`, `ItemProcessor`, `Iterator`. */
  readonly path: string;
  readonly graph: Readonly<Record<string, unknown>>;
}

/**
 * The graphs nested in a state: each object of a Parallel's `Branches`, or a Map's
 * `ItemProcessor` (else its deprecated `Iterator`). Other state types have none.
 *
 * @example
 * ```ts
 * nestedGraphs({ Type: 'Map', Iterator: { StartAt: 'A', States: {} } })[0]?.path; // 'Iterator'
 * ```
 */
export function nestedGraphs(state: unknown): NestedGraph[] {
  if (!isJsonObject(state)) return [];
  const out: NestedGraph[] = [];
  if (state['Type'] === 'Parallel' && Array.isArray(state['Branches'])) {
    const branches: readonly unknown[] = state['Branches'];
    for (let i = 0; i < branches.length; i++) {
      const graph = branches[i];
      if (isJsonObject(graph)) {
        out.push({ kind: 'branch', field: 'Branches', index: i, path: `Branches/${i}`, graph });
      }
    }
  } else if (state['Type'] === 'Map') {
    const field = isJsonObject(state['ItemProcessor']) ? 'ItemProcessor' : 'Iterator';
    const graph = state[field];
    if (isJsonObject(graph)) {
      out.push({ kind: 'processor', field, index: undefined, path: field, graph });
    }
  }
  return out;
}

/** A graph of the definition, with where it is. */
export interface GraphScope {
  readonly kind: GraphKind;
  /** Pointer of the object holding `StartAt` and `States` (`''` for the machine). */
  readonly pointer: string;
  readonly graph: Readonly<Record<string, unknown>>;
  /** The state that holds this graph (absent for the machine). */
  readonly owner: StateVisit | undefined;
  /** How it hangs from its owner (absent for the machine). */
  readonly nested: NestedGraph | undefined;
  /** Nesting depth: 0 for the machine. */
  readonly depth: number;
  /** True for a Map processor in `DISTRIBUTED` mode (it runs as child executions). */
  readonly distributed: boolean;
}

/** One state of the definition. */
export interface StateVisit {
  readonly name: string;
  readonly state: Readonly<Record<string, unknown>>;
  /** JSON pointer to the state, e.g. `/States/P/Branches/0/States/A`. */
  readonly pointer: string;
  readonly scope: GraphScope;
}

/** What the walker found. */
export interface DefinitionWalk {
  /** Every graph, the machine first, in document order. */
  readonly graphs: readonly GraphScope[];
  /** Every state in document order: a state, then the states nested in it, then the next. */
  readonly states: readonly StateVisit[];
}

/**
 * Walks every graph and state of a definition, in document order.
 *
 * @example
 * ```ts
 * const walk = walkDefinition({
 *   StartAt: 'P',
 *   States: {
 *     P: { Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }], End: true },
 *   },
 * });
 * walk.states.map((s) => s.pointer); // ['/States/P', '/States/P/Branches/0/States/A']
 * ```
 */
export function walkDefinition(definition: unknown): DefinitionWalk {
  const graphs: GraphScope[] = [];
  const states: StateVisit[] = [];
  if (!isJsonObject(definition)) return { graphs, states };
  const machine: GraphScope = {
    kind: 'machine',
    pointer: '',
    graph: definition,
    owner: undefined,
    nested: undefined,
    depth: 0,
    distributed: false,
  };
  // A stack of graphs still to list, each with the index of its next state: a state is listed,
  // then its nested graphs are pushed, so the order is the document's.
  const stack: { scope: GraphScope; entries: [string, unknown][]; next: number }[] = [];
  const open = (scope: GraphScope): void => {
    graphs.push(scope);
    const table = scope.graph['States'];
    const entries = isJsonObject(table) ? Object.entries(table) : [];
    stack.push({ scope, entries, next: 0 });
  };
  open(machine);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    if (top.next >= top.entries.length) {
      stack.pop();
      continue;
    }
    const [name, state] = top.entries[top.next++] as [string, unknown];
    if (!isJsonObject(state)) continue;
    const visit: StateVisit = {
      name,
      state,
      pointer: appendPointer(top.scope.pointer, 'States', name),
      scope: top.scope,
    };
    states.push(visit);
    const nested = nestedGraphs(state);
    // Pushed in reverse so that the first branch is listed first.
    const children: GraphScope[] = nested.map((n) => ({
      kind: n.kind,
      pointer:
        n.index === undefined
          ? appendPointer(visit.pointer, n.field)
          : appendPointer(visit.pointer, n.field, n.index),
      graph: n.graph,
      owner: visit,
      nested: n,
      depth: top.scope.depth + 1,
      distributed: n.kind === 'processor' && isDistributed(n.graph),
    }));
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as GraphScope;
      const table = child.graph['States'];
      stack.push({
        scope: child,
        entries: isJsonObject(table) ? Object.entries(table) : [],
        next: 0,
      });
    }
    // graphs are listed in document order: record them as they are pushed, first branch first.
    for (const child of children) graphs.push(child);
  }
  return { graphs, states };
}

/**
 * Every state of a definition, nested ones included, in document order.
 *
 * @example
 * ```ts
 * statesOf(definition).filter((s) => s.state['Type'] === 'Task').map((s) => s.name);
 * ```
 */
export function statesOf(definition: unknown): readonly StateVisit[] {
  return walkDefinition(definition).states;
}

/**
 * The names of the states enclosing a state (Parallel and Map states), outermost first.
 *
 * @example
 * ```ts
 * enclosingStates(visit); // ['Outer Map', 'Inner Parallel']
 * ```
 */
export function enclosingStates(visit: StateVisit): string[] {
  const out: string[] = [];
  for (let s = visit.scope.owner; s !== undefined; s = s.scope.owner) out.push(s.name);
  return out.reverse();
}

/**
 * How deep Parallel branches and Map item processors nest (0 for a flat machine).
 *
 * @example
 * ```ts
 * graphNesting({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }); // 0
 * ```
 */
export function graphNesting(definition: unknown): number {
  let deepest = 0;
  for (const g of walkDefinition(definition).graphs) deepest = Math.max(deepest, g.depth);
  return deepest;
}

function isDistributed(processor: Readonly<Record<string, unknown>>): boolean {
  const config = processor['ProcessorConfig'];
  return isJsonObject(config) && config['Mode'] === 'DISTRIBUTED';
}

/**
 * The Task states of a definition (nested ones included).
 *
 * @example
 * ```ts
 * taskStates(definition).map((t) => `${t.name}: ${String(t.state['Resource'])}`);
 * ```
 */
export function taskStates(definition: unknown): StateVisit[] {
  return statesOf(definition).filter((s) => s.state['Type'] === 'Task');
}
