/**
 * `Next` / `End`: where a state goes when it is done.
 */
import type { StateRun } from '../runtime.ts';

/**
 * The next state's name, or undefined when the state ends its graph.
 *
 * @example
 * ```ts
 * nextOf(run); // 'B' for { Next: 'B' }, undefined for { End: true }
 * ```
 */
export function nextOf(run: StateRun): string | undefined {
  if (run.def.End === true) return undefined;
  return typeof run.def.Next === 'string' ? run.def.Next : undefined;
}
