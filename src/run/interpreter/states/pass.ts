/**
 * Pass state. JSONPath: InputPath → Parameters → Result (the effective input when absent) →
 * Assign → ResultPath → OutputPath. JSONata: Assign and Output (default: the input).
 */
import { evaluateAssign } from '../assign.ts';
import { applyTemplate, effectiveInput, finishJsonPath } from '../io-jsonpath.ts';
import type { AslPassState } from '../../../asl/types.ts';
import type { StateOutcome, StateRun } from '../runtime.ts';
import { completeJsonata, nextOf } from './transition.ts';

/**
 * Runs a Pass state.
 *
 * @example
 * ```ts
 * const { output } = await runPass(run);
 * ```
 */
export async function runPass(run: StateRun<AslPassState>): Promise<StateOutcome> {
  if (run.language === 'JSONPath') {
    const input = effectiveInput(run);
    const afterParameters =
      run.def.Parameters === undefined ? input : applyTemplate(run, run.def.Parameters, input);
    const result = run.def.Result === undefined ? afterParameters : run.def.Result;
    const assigned = await evaluateAssign(run, run.def.Assign, result, { input: run.input });
    const output = finishJsonPath(run, result);
    return { output, next: nextOf(run), ...(assigned === undefined ? {} : { assigned }) };
  }
  return completeJsonata(run, run.input, { input: run.input });
}
