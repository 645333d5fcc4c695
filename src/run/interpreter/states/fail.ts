/**
 * Fail state: fails its graph with `Error` / `Cause` (literal, `ErrorPath` / `CausePath` paths or
 * intrinsic calls in JSONPath, `{% %}` expressions in JSONata). A Fail state without Error
 * reports the error as null, without Cause the cause as null, as AWS does.
 */
import { StatesError, fieldValueError } from '../errors.ts';
import { evaluateTemplate } from '../jsonata-env.ts';
import { evaluateDynamic } from '../payload-template.ts';
import type { AslFailState } from '../../../asl/types.ts';
import type { StateRun } from '../runtime.ts';
import { jsonataScope, pathEnv } from '../runtime.ts';

async function field(run: StateRun<AslFailState>, name: 'Error' | 'Cause'): Promise<string | null> {
  let value: unknown;
  const literal = name === 'Error' ? run.def.Error : run.def.Cause;
  if (run.language === 'JSONPath') {
    const path = name === 'Error' ? run.def.ErrorPath : run.def.CausePath;
    if (path !== undefined) {
      value = evaluateDynamic(`${name}Path`, path, pathEnv(run, run.input), run.fiber.rt.rng);
    } else {
      value = literal;
    }
  } else {
    const raw = literal;
    value =
      raw === undefined
        ? undefined
        : await evaluateTemplate(raw, jsonataScope(run, { input: run.input }), name);
  }
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    throw fieldValueError(
      run.language,
      `The value of the field '${name}' of the Fail state must be a string, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/**
 * Runs a Fail state: always throws.
 *
 * @example
 * ```ts
 * await runFail(run); // throws StatesError(Error, Cause)
 * ```
 */
export async function runFail(run: StateRun<AslFailState>): Promise<never> {
  const error = await field(run, 'Error');
  const cause = await field(run, 'Cause');
  throw new StatesError(error, cause);
}
