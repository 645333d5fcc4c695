/**
 * Succeed state: ends its graph. JSONPath: InputPath → OutputPath. JSONata: Output (default:
 * the input).
 */
import { effectiveInput, selectPath } from '../io-jsonpath.ts';
import { evaluateTemplate } from '../jsonata-env.ts';
import type { AslSucceedState } from '../../../asl/types.ts';
import type { StateOutcome, StateRun } from '../runtime.ts';
import { jsonataScope } from '../runtime.ts';

/**
 * Runs a Succeed state.
 *
 * @example
 * ```ts
 * const { output, next } = await runSucceed(run); // next is undefined
 * ```
 */
export async function runSucceed(run: StateRun<AslSucceedState>): Promise<StateOutcome> {
  if (run.language === 'JSONPath') {
    return { output: selectPath(run, run.def.OutputPath, effectiveInput(run)), next: undefined };
  }
  const output =
    run.def.Output === undefined
      ? run.input
      : await evaluateTemplate(run.def.Output, jsonataScope(run, { input: run.input }), 'Output');
  return { output, next: undefined };
}
