/**
 * `Next` / `End`: where a state goes when it is done, and the JSONPath and JSONata completions
 * shared by the states.
 */
import { evaluateAssign } from '../assign.ts';
import { applyResultSelector, finishJsonPath } from '../io-jsonpath.ts';
import { evaluateTemplate, type StatesBinding } from '../jsonata-env.ts';
import type {
  AslAssign,
  AslMapState,
  AslParallelState,
  AslPayload,
  AslTaskState,
  AslTransition,
} from '../../../asl/types.ts';
import type { RunOf, StateOutcome, StateRun } from '../runtime.ts';
import { jsonataScope } from '../runtime.ts';

/**
 * The next state's name, or undefined when the state ends its graph.
 *
 * @example
 * ```ts
 * nextOf(run); // 'B' for { Next: 'B' }, undefined for { End: true }
 * ```
 */
export function nextOf(run: RunOf<AslTransition>): string | undefined {
  if (run.def.End === true) return undefined;
  return typeof run.def.Next === 'string' ? run.def.Next : undefined;
}

/**
 * The JSONPath tail shared by Task, Parallel and Map: ResultSelector, then Assign (against the
 * selected result, with `$states`-style access to the state input and the raw result), then
 * ResultPath and OutputPath, and the transition.
 *
 * @example
 * ```ts
 * return completeJsonPath(run, await runBranches(run, input));
 * ```
 */
export async function completeJsonPath(
  run: StateRun<AslTaskState | AslParallelState | AslMapState>,
  result: unknown,
): Promise<StateOutcome> {
  const selected = applyResultSelector(run, result);
  const assigned = await evaluateAssign(run, run.def.Assign, selected, {
    input: run.input,
    result,
  });
  return {
    output: finishJsonPath(run, selected),
    next: nextOf(run),
    ...(assigned === undefined ? {} : { assigned }),
  };
}

/**
 * The JSONata tail shared by Pass, Task, Wait, Parallel and Map: `Assign`, then `Output` (the
 * state's `result` when absent), both seeing `$states` as `states`, and the transition.
 *
 * @example
 * ```ts
 * return completeJsonata(run, results, { input: run.input, result: results });
 * ```
 */
export async function completeJsonata(
  run: RunOf<AslTransition & AslAssign & { Output: AslPayload }>,
  result: unknown,
  states: Omit<StatesBinding, 'context'>,
): Promise<StateOutcome> {
  const assigned = await evaluateAssign(run, run.def.Assign, result, states);
  const output =
    run.def.Output === undefined
      ? result
      : await evaluateTemplate(run.def.Output, jsonataScope(run, states), 'Output');
  return { output, next: nextOf(run), ...(assigned === undefined ? {} : { assigned }) };
}
