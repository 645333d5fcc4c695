/**
 * Number-valued fields that may be literal, `…Path` (JSONPath) or `{% %}` (JSONata):
 * TimeoutSeconds, HeartbeatSeconds, Seconds, MaxConcurrency, ToleratedFailureCount/Percentage,
 * MaxItemsPerBatch, MaxInputBytesPerBatch, MaxItems.
 */
import { fieldValueError } from './errors.ts';
import { evaluateTemplate } from './jsonata-env.ts';
import { requireReference } from './reference.ts';
import type { StateRun } from './runtime.ts';
import { jsonataScope, pathEnv } from './runtime.ts';

/** A number field as the definition has it: its name, its literal and its `…Path` twin. */
export interface NumberFieldValue {
  readonly name: string;
  readonly literal: unknown;
  readonly path: unknown;
}

/**
 * A number field of a state.
 *
 * @example
 * ```ts
 * numberField('TimeoutSeconds', state.TimeoutSeconds, state.TimeoutSecondsPath);
 * ```
 */
export function numberField(name: string, literal: unknown, path: unknown): NumberFieldValue {
  return { name, literal, path };
}

/**
 * Reads a number field; undefined when absent. `input` is what a `…Path` is evaluated against
 * (JSONPath) or `$states.input` (JSONata).
 *
 * @example
 * ```ts
 * await numericField(run, numberField('TimeoutSeconds', 30, undefined), input); // 30
 * ```
 */
export async function numericField(
  run: StateRun,
  field: NumberFieldValue,
  input: unknown,
): Promise<number | undefined> {
  const { name, literal, path } = field;
  let value: unknown;
  if (literal !== undefined) {
    value =
      run.language === 'JSONata' && typeof literal === 'string'
        ? await evaluateTemplate(literal, jsonataScope(run, { input }), name)
        : literal;
  } else if (typeof path === 'string') {
    value = requireReference(path, pathEnv(run, input));
  } else {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw fieldValueError(
      run.language,
      `The value of the field '${literal !== undefined ? name : `${name}Path`}' must be a number, got ${JSON.stringify(value) ?? 'undefined'}`,
    );
  }
  return value;
}

/**
 * Like {@link numericField}, and requires a non-negative (or positive) integer.
 *
 * @example
 * ```ts
 * await integerField(run, numberField('MaxConcurrency', 0, undefined), input, 0); // 0
 * ```
 */
export async function integerField(
  run: StateRun,
  field: NumberFieldValue,
  input: unknown,
  min: number,
): Promise<number | undefined> {
  const v = await numericField(run, field, input);
  if (v === undefined) return undefined;
  if (!Number.isInteger(v) || v < min) {
    throw fieldValueError(
      run.language,
      `The value of the field '${field.name}' must be an integer ≥ ${min}, got ${v}`,
    );
  }
  return v;
}
