import { queryLanguageOf, type AslQueryLanguage } from '../../asl/query-language.ts';
import { walkDefinition, type GraphScope, type StateVisit } from '../../asl/walk.ts';
import { isJsonObject } from '../../util/json.ts';
import { memo } from './memo.ts';

/** The effective query language of a state. */
export type QueryLanguage = AslQueryLanguage;

/** A StartAt/States container: the machine itself, a Parallel branch or a Map item processor. */
export interface Scope {
  readonly kind: 'machine' | 'branch' | 'processor';
  /** Pointer of the object holding StartAt and States. */
  readonly pointer: string;
  readonly node: Record<string, unknown>;
  /** The state that owns this scope (Parallel or Map), absent for the machine. */
  readonly owner: StateInfo | undefined;
  /** The enclosing scope, absent for the machine. */
  readonly parent: Scope | undefined;
  /** Own states in document order (only those whose value is an object). */
  readonly states: StateInfo[];
  /** Own state names → state. */
  readonly byName: Map<string, StateInfo>;
  /** Nesting depth (machine = 0). */
  readonly depth: number;
  /** True for a Map processor in DISTRIBUTED mode (a separate child workflow). */
  readonly distributed: boolean;
  /** EXPRESS when this scope runs as (or inside) an EXPRESS child workflow. */
  readonly childExecutionType: 'STANDARD' | 'EXPRESS' | undefined;
}

/** One state of the definition. */
export interface StateInfo {
  readonly name: string;
  readonly node: Record<string, unknown>;
  readonly pointer: string;
  readonly scope: Scope;
  /** The `Type` field when it is a string. */
  readonly type: string | undefined;
  /** Own QueryLanguage, else the machine's (nested states inherit the machine's, §1.1). */
  readonly queryLanguage: QueryLanguage;
  /** Scopes nested in this state (Parallel branches, Map processor). */
  readonly children: Scope[];
  /** Per-state analyses computed on first use (see model/fields.ts). */
  readonly cache: { [key: string]: unknown };
}

/** The definition walked once: every scope and state, for the rules to share. */
export interface MachineIndex {
  readonly root: Record<string, unknown> | undefined;
  /** The machine's query language. */
  readonly queryLanguage: QueryLanguage;
  /** All scopes, machine first, in document order. */
  readonly scopes: Scope[];
  /** All states in document order. */
  readonly states: StateInfo[];
}

/**
 * Walks a definition into scopes and states (src/asl/walk.ts). Tolerates any JSON: malformed
 * parts are skipped.
 *
 * @example
 * ```ts
 * const index = indexMachine({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
 * index.states[0]?.name; // 'A'
 * ```
 */
export function indexMachine(definition: unknown): MachineIndex {
  const scopes: Scope[] = [];
  const states: StateInfo[] = [];
  if (!isJsonObject(definition)) {
    return { root: undefined, queryLanguage: 'JSONPath', scopes, states };
  }
  const machineLanguage = queryLanguageOf(definition['QueryLanguage'], 'JSONPath');
  const walk = walkDefinition(definition);
  const nestedIn = new Map<StateVisit, GraphScope[]>();
  for (const g of walk.graphs) {
    if (g.owner === undefined) continue;
    const list = nestedIn.get(g.owner);
    if (list === undefined) nestedIn.set(g.owner, [g]);
    else list.push(g);
  }
  const scopeOf = new Map<GraphScope, Scope>();
  const infoOf = new Map<StateVisit, StateInfo>();
  const scopeFor = (g: GraphScope): Scope => {
    let scope = scopeOf.get(g);
    if (scope !== undefined) return scope;
    const owner = g.owner === undefined ? undefined : infoOf.get(g.owner);
    const parent = owner?.scope;
    let childExecutionType = parent?.childExecutionType;
    if (g.distributed) {
      const config = g.graph['ProcessorConfig'];
      childExecutionType =
        isJsonObject(config) && config['ExecutionType'] === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
    }
    scope = {
      kind: g.kind,
      pointer: g.pointer,
      node: g.graph as Record<string, unknown>,
      owner,
      parent,
      states: [],
      byName: new Map(),
      depth: g.depth,
      distributed: g.distributed,
      childExecutionType,
    };
    scopeOf.set(g, scope);
    owner?.children.push(scope);
    return scope;
  };
  // Scopes in document order, the machine first (a graph comes right after its owner state).
  scopes.push(scopeFor(walk.graphs[0] as GraphScope));
  for (const v of walk.states) {
    const scope = scopeFor(v.scope);
    const info: StateInfo = {
      name: v.name,
      node: v.state as Record<string, unknown>,
      pointer: v.pointer,
      scope,
      type: typeof v.state['Type'] === 'string' ? v.state['Type'] : undefined,
      queryLanguage: queryLanguageOf(v.state['QueryLanguage'], machineLanguage),
      children: [],
      cache: {},
    };
    infoOf.set(v, info);
    scope.states.push(info);
    scope.byName.set(v.name, info);
    states.push(info);
    for (const g of nestedIn.get(v) ?? []) scopes.push(scopeFor(g));
  }
  return { root: definition, queryLanguage: machineLanguage, scopes, states };
}

/** The state that owns the nearest enclosing pointer `…/States/<name>`, if any. */
export function stateAtPointer(index: MachineIndex, pointer: string): StateInfo | undefined {
  const byPointer = memo(index, 'states-by-pointer', () => {
    const map = new Map<string, StateInfo>();
    for (const s of index.states) map.set(s.pointer, s);
    return map;
  });
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = byPointer.get(p);
    if (found !== undefined) return found;
    if (p === '') return undefined;
  }
}
