import { isJsonObject } from '../../util/json.ts';
import { childPointer } from './pointer.ts';
import type { ResolvedOptions } from '../options.ts';
import type { IntrinsicCall } from '../../asl/intrinsic/ast.ts';
import { looksLikeIntrinsic, parseIntrinsic } from '../../asl/intrinsic/parse.ts';
import { parseJsonPath } from '../../asl/jsonpath/parse.ts';
import { analyzeJsonata } from '../syntax/jsonata.ts';
import { choiceRules, handlers, pathFields, payloadEntries } from './fields.ts';
import { jsonataExpressions, PLACEHOLDER_VARIABLE } from './jsonata-expressions.ts';
import type { MachineIndex, Scope, StateInfo } from './machine-index.ts';
import { memo } from './memo.ts';

/** One variable assignment (a key of an Assign object). */
export interface Assignment {
  /** The variable name (a JSONPath `name.$` key assigns `name`). */
  readonly name: string;
  readonly key: string;
  readonly state: StateInfo;
  readonly pointer: string;
}

/** One read of a variable (`$name…` in a path, an intrinsic argument or a JSONata expression). */
export interface VariableReference {
  readonly name: string;
  readonly state: StateInfo;
  readonly pointer: string;
}

/**
 * Every Assign key: on states, on top-level Choice rules and on catchers.
 *
 * @example
 * ```ts
 * assignments(index).map((a) => a.name); // ['count', 'total']
 * ```
 */
export function assignments(index: MachineIndex): Assignment[] {
  return memo(index, 'assignments', () => {
    const out: Assignment[] = [];
    const add = (state: StateInfo, assign: unknown, pointer: string): void => {
      if (!isJsonObject(assign)) return;
      for (const key of Object.keys(assign)) {
        const name = key.endsWith('.$') ? key.slice(0, -2) : key;
        out.push({ name, key, state, pointer: childPointer(pointer, key) });
      }
    };
    for (const state of index.states) {
      add(state, state.node['Assign'], childPointer(state.pointer, 'Assign'));
      for (const c of handlers(state, 'Catch'))
        add(state, c.node['Assign'], childPointer(c.pointer, 'Assign'));
      if (state.type === 'Choice') {
        for (const r of choiceRules(state))
          if (!r.nested) add(state, r.rule['Assign'], childPointer(r.pointer, 'Assign'));
      }
    }
    return out;
  });
}

/**
 * Variable name → the scopes whose states assign it.
 *
 * @example
 * ```ts
 * assigningScopes(index).get('count')?.has(index.scopes[0]);
 * ```
 */
export function assigningScopes(index: MachineIndex): Map<string, Set<Scope>> {
  return memo(index, 'assigning-scopes', () => {
    const out = new Map<string, Set<Scope>>();
    for (const a of assignments(index)) {
      let set = out.get(a.name);
      if (set === undefined) out.set(a.name, (set = new Set()));
      set.add(a.state.scope);
    }
    return out;
  });
}

function callVariables(call: IntrinsicCall, out: string[]): void {
  for (const a of call.args) {
    if (a.kind === 'call') callVariables(a.call, out);
    else if (a.kind === 'path' && a.path.variable !== undefined) out.push(a.path.variable);
  }
}

/** Variable names read by a JSONPath path or intrinsic call. */
function jsonPathVariables(text: string): string[] {
  const out: string[] = [];
  if (looksLikeIntrinsic(text)) {
    const r = parseIntrinsic(text);
    if (r.ok) callVariables(r.call, out);
  } else if (text.startsWith('$')) {
    const p = parseJsonPath(text);
    if (p.ok && p.variable !== undefined) out.push(p.variable);
  }
  return out;
}

/**
 * Every variable read in the definition, in both query languages.
 *
 * @example
 * ```ts
 * variableReferences(index, options).map((r) => r.name);
 * ```
 */
export function variableReferences(
  index: MachineIndex,
  options: ResolvedOptions,
): VariableReference[] {
  return memo(index, 'variable-references', () => {
    const out: VariableReference[] = [];
    for (const f of pathFields(index)) {
      if (typeof f.value !== 'string') continue;
      for (const name of jsonPathVariables(f.value))
        out.push({ name, state: f.state, pointer: f.pointer });
    }
    for (const e of payloadEntries(index)) {
      const f = e.field;
      if (!e.key.endsWith('.$') || typeof e.value !== 'string' || !e.value.includes('$')) continue;
      for (const name of jsonPathVariables(e.value)) {
        out.push({ name, state: f.state, pointer: e.pointer });
      }
    }
    for (const e of jsonataExpressions(index, options)) {
      if (e.parsed === undefined || !e.parsed.ok) continue;
      for (const name of analyzeJsonata(e.parsed.ast).freeVariables) {
        if (name !== PLACEHOLDER_VARIABLE) out.push({ name, state: e.state, pointer: e.pointer });
      }
    }
    return out;
  });
}

/**
 * The scopes whose variables a state in `scope` can read: its own and the enclosing ones, up to
 * and including a Distributed Map's processor (a child workflow cannot read outer variables).
 *
 * @example
 * ```ts
 * visibleScopes(state.scope).includes(index.scopes[0]);
 * ```
 */
export function visibleScopes(scope: Scope): Scope[] {
  const out: Scope[] = [];
  let s: Scope | undefined = scope;
  while (s !== undefined) {
    out.push(s);
    if (s.distributed) break;
    s = s.parent;
  }
  return out;
}
