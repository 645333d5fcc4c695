/**
 * `Assign`: computes the variables a state (or a Catcher, or a Choice rule) assigns. Everything
 * is evaluated against the variables as they were when the state was entered; the caller
 * applies the assignments once the state is done, so `{"a": "$b", "b": "$a"}` swaps.
 */
import { isJsonObject } from '../../util/json.ts';
import { runtimeError } from './errors.ts';
import { evaluateTemplate } from './jsonata-env.ts';
import type { StatesBinding } from './jsonata-env.ts';
import { applyTemplate } from './io-jsonpath.ts';
import type { StateRun } from './runtime.ts';
import { jsonataScope } from './runtime.ts';
import { checkPayloadSize } from './size.ts';

/**
 * Evaluates an `Assign` block. In JSONPath, `$` is `jsonPathInput`; in JSONata, `$states` holds
 * `states`, and `field` names the block in causes (`Assign`, `Choices[0]/Assign`,
 * `Catch[1]/Assign`). Returns undefined when there is no Assign.
 *
 * @example
 * ```ts
 * await evaluateAssign(run, { 'x.$': '$.a' }, { a: 1 }, { input: run.input }); // { x: 1 }
 * ```
 */
export async function evaluateAssign(
  run: StateRun,
  assign: unknown,
  jsonPathInput: unknown,
  states: Omit<StatesBinding, 'context'>,
  field = 'Assign',
): Promise<Record<string, unknown> | undefined> {
  if (assign === undefined) return undefined;
  if (!isJsonObject(assign))
    throw runtimeError(`The Assign field of state '${run.name}' must be a JSON object`);
  let values: Record<string, unknown>;
  if (run.language === 'JSONPath') {
    values = applyTemplate(run, assign, jsonPathInput) as Record<string, unknown>;
  } else {
    values = (await evaluateTemplate(assign, jsonataScope(run, states), field)) as Record<
      string,
      unknown
    >;
  }
  for (const [name, value] of Object.entries(values)) {
    checkPayloadSize(
      value,
      `The variable '${name}' assigned by the state '${run.name}' has a value`,
    );
  }
  return values;
}
