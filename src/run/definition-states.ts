import { isJsonObject } from '../util/json.ts';
import { appendPointer } from '../util/json-pointer.ts';

/** One state of a definition, wherever it sits. */
export interface StateEntry {
  readonly name: string;
  /** The state object (unchecked ASL). */
  readonly state: Readonly<Record<string, unknown>>;
  /** JSON pointer to the state, e.g. `/States/P/Branches/0/States/A`. */
  readonly pointer: string;
  /** Names of the enclosing Parallel/Map states, outermost first (empty at the top level). */
  readonly parents: readonly string[];
}

/**
 * Every state of a definition, top level first then nested branches and item processors, in
 * document order. Tolerates malformed input (skips what is not an object).
 *
 * @example
 * ```ts
 * const names = statesOf(definition).map((s) => s.name);
 * const tasks = statesOf(definition).filter((s) => s.state['Type'] === 'Task');
 * ```
 */
export function statesOf(definition: unknown): StateEntry[] {
  const out: StateEntry[] = [];
  // Iterative (a definition may nest Parallel/Map states thousands deep): each graph's states,
  // then the graphs nested in them, in document order.
  const pending: [unknown, string, readonly string[]][] = [[definition, '', []]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [root, pointer, parents] = next;
    const nested: [unknown, string, readonly string[]][] = [];
    if (!isJsonObject(root) || !isJsonObject(root['States'])) continue;
    for (const [name, state] of Object.entries(root['States'])) {
      if (!isJsonObject(state)) continue;
      const at = appendPointer(pointer, 'States', name);
      out.push({ name, state, pointer: at, parents });
      const inner = [...parents, name];
      if (Array.isArray(state['Branches'])) {
        state['Branches'].forEach((branch, i) =>
          nested.push([branch, appendPointer(at, 'Branches', i), inner]),
        );
      }
      for (const field of ['ItemProcessor', 'Iterator']) {
        if (isJsonObject(state[field]))
          nested.push([state[field], appendPointer(at, field), inner]);
      }
    }
    for (let i = nested.length - 1; i >= 0; i--) pending.push(nested[i] as (typeof nested)[number]);
  }
  return out;
}

/**
 * The Task states of a definition (nested ones included).
 *
 * @example
 * ```ts
 * taskStates(definition).map((t) => `${t.name}: ${String(t.state['Resource'])}`);
 * ```
 */
export function taskStates(definition: unknown): StateEntry[] {
  return statesOf(definition).filter((s) => s.state['Type'] === 'Task');
}
