import { choiceRules, handlers } from './fields.ts';
import type { Scope, StateInfo } from './machine-index.ts';

/** True for a terminal state: Succeed, Fail, or `"End": true`. */
export function isTerminal(state: StateInfo): boolean {
  return state.type === 'Succeed' || state.type === 'Fail' || state.node['End'] === true;
}

/**
 * The names a state can transition to: Next, Default, every Choice rule's Next (JSONPath and
 * JSONata) and every catcher's Next.
 *
 * @example
 * ```ts
 * successors(state); // ['B', 'HandleError']
 * ```
 */
export function successors(state: StateInfo): string[] {
  return (state.cache['successors'] ??= collectSuccessors(state)) as string[];
}

function collectSuccessors(state: StateInfo): string[] {
  const out: string[] = [];
  const add = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
  };
  add(state.node['Next']);
  if (state.type === 'Choice') {
    add(state.node['Default']);
    for (const r of choiceRules(state)) if (!r.nested) add(r.rule['Next']);
  }
  for (const c of handlers(state, 'Catch')) add(c.node['Next']);
  return out;
}

/**
 * The states of a scope reachable from its StartAt (empty when StartAt names no state).
 *
 * @example
 * ```ts
 * reachableFrom(scope).has('B');
 * ```
 */
export function reachableFrom(scope: Scope, start: unknown = scope.node['StartAt']): Set<string> {
  const seen = new Set<string>();
  if (typeof start !== 'string' || !scope.byName.has(start)) return seen;
  const stack = [start];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const state = scope.byName.get(name);
    if (state === undefined) continue;
    for (const next of successors(state)) {
      if (!seen.has(next) && scope.byName.has(next)) stack.push(next);
    }
  }
  return seen;
}
