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

/**
 * Reads `field` (or `field + 'Path'`) of `holder` as a number; undefined when absent.
 * `input` is what a `…Path` is evaluated against (JSONPath) or `$states.input` (JSONata).
 *
 * @example
 * ```ts
 * await numericField(run, run.def, 'TimeoutSeconds', input); // e.g. 30
 * ```
 */
export async function numericField(
  run: StateRun,
  holder: Readonly<Record<string, unknown>>,
  field: string,
  input: unknown,
): Promise<number | undefined> {
  const literal = holder[field];
  const path = holder[`${field}Path`];
  let value: unknown;
  if (literal !== undefined) {
    value =
      run.language === 'JSONata' && typeof literal === 'string'
        ? await evaluateTemplate(literal, jsonataScope(run, { input }), field)
        : literal;
  } else if (typeof path === 'string') {
    value = requireReference(path, pathEnv(run, input));
  } else {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw fieldValueError(
      run.language,
      `The value of the field '${literal !== undefined ? field : `${field}Path`}' must be a number, got ${JSON.stringify(value) ?? 'undefined'}`,
    );
  }
  return value;
}

/**
 * Like {@link numericField}, and requires a non-negative (or positive) integer.
 *
 * @example
 * ```ts
 * await integerField(run, run.def, 'MaxConcurrency', input, 0); // e.g. 0
 * ```
 */
export async function integerField(
  run: StateRun,
  holder: Readonly<Record<string, unknown>>,
  field: string,
  input: unknown,
  min: number,
): Promise<number | undefined> {
  const v = await numericField(run, holder, field, input);
  if (v === undefined) return undefined;
  if (!Number.isInteger(v) || v < min) {
    throw fieldValueError(
      run.language,
      `The value of the field '${field}' must be an integer ≥ ${min}, got ${v}`,
    );
  }
  return v;
}
