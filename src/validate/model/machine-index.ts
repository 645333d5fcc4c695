import { isJsonObject } from '../../util/json.ts';
import { memo } from './memo.ts';
import { childPointer } from './pointer.ts';

/** The effective query language of a state. */
export type QueryLanguage = 'JSONPath' | 'JSONata';

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

/** `JSONPath` only for exactly 'JSONPath'; any other present value means JSONata (§1.1). */
function languageOf(value: unknown, fallback: QueryLanguage): QueryLanguage {
  if (value === undefined) return fallback;
  return value === 'JSONPath' ? 'JSONPath' : 'JSONata';
}

/**
 * Walks a definition into scopes and states. Tolerates any JSON: malformed parts are skipped.
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
  const machineLanguage = languageOf(definition['QueryLanguage'], 'JSONPath');

  const addScope = (
    kind: Scope['kind'],
    pointer: string,
    node: Record<string, unknown>,
    owner: StateInfo | undefined,
    parent: Scope | undefined,
  ): Scope => {
    let distributed = false;
    let childExecutionType = parent?.childExecutionType;
    if (kind === 'processor') {
      const config = node['ProcessorConfig'];
      if (isJsonObject(config) && config['Mode'] === 'DISTRIBUTED') {
        distributed = true;
        childExecutionType = config['ExecutionType'] === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
      }
    }
    const scope: Scope = {
      kind,
      pointer,
      node,
      owner,
      parent,
      states: [],
      byName: new Map(),
      depth: parent === undefined ? 0 : parent.depth + 1,
      distributed,
      childExecutionType,
    };
    scopes.push(scope);
    const statesNode = node['States'];
    if (!isJsonObject(statesNode)) return scope;
    for (const [name, value] of Object.entries(statesNode)) {
      if (!isJsonObject(value)) continue;
      const info: StateInfo = {
        name,
        node: value,
        pointer: childPointer(pointer, 'States', name),
        scope,
        type: typeof value['Type'] === 'string' ? value['Type'] : undefined,
        queryLanguage: languageOf(value['QueryLanguage'], machineLanguage),
        children: [],
        cache: {},
      };
      scope.states.push(info);
      scope.byName.set(name, info);
      states.push(info);
      if (info.type === 'Parallel' && Array.isArray(value['Branches'])) {
        value['Branches'].forEach((branch, i) => {
          if (isJsonObject(branch)) {
            const ptr = childPointer(info.pointer, 'Branches', i);
            info.children.push(addScope('branch', ptr, branch, info, scope));
          }
        });
      } else if (info.type === 'Map') {
        const key = isJsonObject(value['ItemProcessor']) ? 'ItemProcessor' : 'Iterator';
        const processor = value[key];
        if (isJsonObject(processor)) {
          const ptr = childPointer(info.pointer, key);
          info.children.push(addScope('processor', ptr, processor, info, scope));
        }
      }
    }
    return scope;
  };

  addScope('machine', '', definition, undefined, undefined);
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
