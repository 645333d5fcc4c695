/**
 * Reading a definition defensively: the structural checks that keep a broken definition from
 * crashing the interpreter (AWS would refuse to create such a machine; here the execution fails
 * with `States.Runtime` and a cause naming the problem), and the query-language rules.
 */
import { isStateType } from '../../asl/names.ts';
import { queryLanguageOf } from '../../asl/query-language.ts';
import { nestedGraphs } from '../../asl/walk.ts';
import { isJsonObject } from '../../util/json.ts';
import { exceedsDepth } from './json-values.ts';
import { MAX_JSON_DEPTH, MAX_STATE_NESTING } from './limits.ts';
import type { AslItemProcessor, AslMapState, AslStateMachine } from '../../asl/types.ts';
import type { QueryLanguage } from './runtime.ts';

const NEEDS_TRANSITION = new Set(['Pass', 'Task', 'Wait', 'Parallel', 'Map']);

/**
 * The machine's query language: JSONPath unless `QueryLanguage` says otherwise (any value other
 * than exactly `JSONPath` means JSONata).
 *
 * @example
 * ```ts
 * machineLanguage({ QueryLanguage: 'JSONata' }); // 'JSONata'
 * ```
 */
export function machineLanguage(def: { readonly QueryLanguage?: unknown }): QueryLanguage {
  return queryLanguageOf(def.QueryLanguage, 'JSONPath');
}

/**
 * A state's query language: its own `QueryLanguage`, else the machine's (states inside Parallel
 * branches and Map processors inherit the machine's, not their parent state's).
 *
 * @example
 * ```ts
 * stateLanguage({ Type: 'Pass' }, 'JSONata'); // 'JSONata'
 * ```
 */
export function stateLanguage(
  state: { readonly QueryLanguage?: unknown },
  machine: QueryLanguage,
): QueryLanguage {
  return queryLanguageOf(state.QueryLanguage, machine);
}

/**
 * The item processor of a Map state (`ItemProcessor`, or the deprecated `Iterator`).
 *
 * @example
 * ```ts
 * itemProcessorOf({ Type: 'Map', Iterator: graph }); // graph
 * ```
 */
export function itemProcessorOf(state: AslMapState): AslItemProcessor | undefined {
  const p = state.ItemProcessor ?? state.Iterator;
  return isJsonObject(p) ? p : undefined;
}

/**
 * True for a Distributed Map.
 *
 * @example
 * ```ts
 * isDistributedMap({ ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' } } }); // true
 * ```
 */
export function isDistributedMap(state: AslMapState): boolean {
  const p = state.ItemProcessor;
  if (
    isJsonObject(p) &&
    isJsonObject(p.ProcessorConfig) &&
    p.ProcessorConfig.Mode === 'DISTRIBUTED'
  ) {
    return true;
  }
  return state.ItemReader !== undefined;
}

/**
 * Reads a definition for the interpreter: after {@link checkDefinition} passes, the definition is
 * used as the typed {@link AslStateMachine} it then is (the structure every handler relies on:
 * graphs, state types, transitions, rules, branches and processors). The one check between
 * untyped JSON and the typed interpreter; a problem is returned as text.
 *
 * @example
 * ```ts
 * const read = readDefinition({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
 * typeof read === 'string' ? read : read.StartAt; // 'A'
 * ```
 */
export function readDefinition(def: unknown): AslStateMachine | string {
  const problem = checkDefinition(def);
  return problem ?? (def as AslStateMachine);
}

/**
 * Checks the structure of a definition; returns what is wrong, or undefined when it can run.
 *
 * @example
 * ```ts
 * checkDefinition({ StartAt: 'A', States: {} }); // "StartAt 'A' does not name a state (at /)"
 * ```
 */
export function checkDefinition(def: unknown): string | undefined {
  if (!isJsonObject(def)) return 'the definition is not a JSON object';
  if (exceedsDepth(def, MAX_JSON_DEPTH)) {
    return `the definition is nested more than ${MAX_JSON_DEPTH} levels deep (the native engine's limit)`;
  }
  return checkGraph(def, '', 0);
}

function checkGraph(
  graph: Readonly<Record<string, unknown>>,
  at: string,
  nesting: number,
): string | undefined {
  const where = at === '' ? '/' : at;
  if (nesting > MAX_STATE_NESTING) {
    return `Parallel and Map states are nested more than ${MAX_STATE_NESTING} deep (the native engine's limit; at ${where})`;
  }
  const states = graph.States;
  if (!isJsonObject(states)) return `States must be an object (at ${where})`;
  if (typeof graph.StartAt !== 'string') return `StartAt must be a string (at ${where})`;
  if (!Object.hasOwn(states, graph.StartAt)) {
    return `StartAt '${graph.StartAt}' does not name a state (at ${where})`;
  }
  const target = (name: unknown, field: string, state: string): string | undefined => {
    if (typeof name !== 'string' || !Object.hasOwn(states, name)) {
      return `the ${field} of state '${state}' names a state that does not exist: ${JSON.stringify(name) ?? 'undefined'} (at ${at}/States/${state})`;
    }
    return undefined;
  };
  for (const [name, state] of Object.entries(states)) {
    const here = `${at}/States/${name}`;
    if (!isJsonObject(state)) return `state '${name}' is not an object (at ${here})`;
    const type = state.Type;
    if (!isStateType(type)) {
      return `state '${name}' has an invalid Type ${JSON.stringify(type) ?? 'undefined'} (at ${here})`;
    }
    if (NEEDS_TRANSITION.has(type)) {
      if (state.End !== true) {
        const bad = target(state.Next, 'Next', name);
        if (bad) return bad;
      }
    }
    if (Array.isArray(state.Catch)) {
      for (const c of state.Catch) {
        if (!isJsonObject(c)) return `a Catcher of state '${name}' is not an object (at ${here})`;
        const bad = target(c.Next, 'Catch Next', name);
        if (bad) return bad;
      }
    }
    const problem = checkState(name, type, state, here, target, nesting);
    if (problem) return problem;
  }
  return undefined;
}

function checkState(
  name: string,
  type: string,
  state: Record<string, unknown>,
  here: string,
  target: (name: unknown, field: string, state: string) => string | undefined,
  nesting: number,
): string | undefined {
  if (type === 'Choice') {
    if (!Array.isArray(state.Choices) || state.Choices.length === 0) {
      return `Choice state '${name}' needs a non-empty Choices array (at ${here})`;
    }
    for (const rule of state.Choices) {
      if (!isJsonObject(rule))
        return `a Choice rule of state '${name}' is not an object (at ${here})`;
      const bad = target(rule.Next, 'Choice rule Next', name);
      if (bad) return bad;
    }
    if (state.Default !== undefined) return target(state.Default, 'Default', name);
  }
  if (type === 'Task' && typeof state.Resource !== 'string') {
    return `Task state '${name}' needs a Resource string (at ${here})`;
  }
  if (type === 'Parallel') {
    if (!Array.isArray(state.Branches) || state.Branches.length === 0) {
      return `Parallel state '${name}' needs a non-empty Branches array (at ${here})`;
    }
    for (const [i, b] of state.Branches.entries()) {
      if (!isJsonObject(b)) return `branch ${i} of state '${name}' is not an object (at ${here})`;
    }
  }
  const nested = nestedGraphs(state);
  if (type === 'Map' && nested.length === 0) {
    return `Map state '${name}' needs an ItemProcessor (at ${here})`;
  }
  for (const g of nested) {
    const bad = checkGraph(g.graph, `${here}/${g.path}`, nesting + 1);
    if (bad) return bad;
  }
  return undefined;
}
