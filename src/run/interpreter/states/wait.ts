/**
 * Wait state: `Seconds` / `SecondsPath` or `Timestamp` / `TimestampPath` (JSONPath), `Seconds` /
 * `Timestamp` literals or `{% %}` (JSONata). The clock advances by the wait (a timestamp in the
 * past waits 0). Output: JSONPath InputPath → OutputPath; JSONata `Output` (default: the input).
 */
import { evaluateAssign } from '../assign.ts';
import { fieldValueError, runtimeError } from '../errors.ts';
import { numberField, numericField } from '../fields.ts';
import { effectiveInput, selectPath } from '../io-jsonpath.ts';
import { evaluateTemplate } from '../jsonata-env.ts';
import { requireReference } from '../reference.ts';
import type { AslWaitState } from '../../../asl/types.ts';
import type { StateOutcome, StateRun } from '../runtime.ts';
import { jsonataScope, pathEnv } from '../runtime.ts';
import { parseTimestamp } from '../../../asl/timestamp.ts';
import { completeJsonata, nextOf } from './transition.ts';

interface TimestampSource {
  readonly value: unknown;
  /** The `TimestampPath`, when the value came from one. */
  readonly path?: string;
}

async function timestampValue(
  run: StateRun<AslWaitState>,
  input: unknown,
): Promise<TimestampSource | undefined> {
  const literal = run.def.Timestamp;
  if (literal !== undefined) {
    return {
      value:
        run.language === 'JSONata'
          ? await evaluateTemplate(literal, jsonataScope(run, { input }), 'Timestamp')
          : literal,
    };
  }
  const path = run.def.TimestampPath;
  if (typeof path !== 'string') return undefined;
  return { value: requireReference(path, pathEnv(run, input)), path };
}

/**
 * AWS's causes for a timestamp it cannot parse (localstack test_base_scenarios.snapshot.json,
 * test_wait_timestamp_path / test_wait_timestamp_jsonata): States.Runtime for a
 * `TimestampPath`, States.QueryEvaluationError for a JSONata `Timestamp`.
 */
function invalidTimestamp(run: StateRun<AslWaitState>, ts: TimestampSource): Error {
  const text = typeof ts.value === 'string' ? ts.value : (JSON.stringify(ts.value) ?? 'null');
  if (ts.path !== undefined) {
    return runtimeError(
      `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${ts.path} == ${text}`,
    );
  }
  return fieldValueError(
    run.language,
    `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${text}`,
  );
}

/**
 * `SecondsPath` with AWS's causes (LocalStack's SecondsPath, checked against its recordings of
 * AWS): `The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5` and `The
 * SecondsPath parameter references a negative value: $.s == -1`, both States.Runtime.
 */
function secondsPathValue(run: StateRun<AslWaitState>, path: string, input: unknown): number {
  const value = requireReference(path, pathEnv(run, input));
  const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw runtimeError(
      `The SecondsPath parameter cannot be parsed as a long value: ${path} == ${shown}`,
    );
  }
  if (value < 0) {
    throw runtimeError(
      `The SecondsPath parameter references a negative value: ${path} == ${shown}`,
    );
  }
  return value;
}

async function waitSeconds(run: StateRun<AslWaitState>, input: unknown): Promise<number> {
  const secondsPath = run.def.SecondsPath;
  if (
    run.language === 'JSONPath' &&
    run.def.Seconds === undefined &&
    typeof secondsPath === 'string'
  ) {
    return secondsPathValue(run, secondsPath, input);
  }
  const seconds = await numericField(
    run,
    numberField('Seconds', run.def.Seconds, undefined),
    input,
  );
  if (seconds !== undefined) {
    if (!Number.isInteger(seconds) || seconds < 0) {
      throw fieldValueError(
        run.language,
        `The Seconds of a Wait state must be a non-negative integer, got ${seconds}`,
      );
    }
    return seconds;
  }
  const ts = await timestampValue(run, input);
  if (ts === undefined) return 0;
  const at = parseTimestamp(ts.value);
  if (at === undefined) throw invalidTimestamp(run, ts);
  // "Step Functions considers the time value up to seconds and truncates milliseconds"
  // (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html).
  const target = Number(at / 1_000_000_000n) * 1000;
  const delta = target - run.fiber.clock.now;
  return Math.max(0, delta / 1000);
}

/**
 * Runs a Wait state.
 *
 * @example
 * ```ts
 * await runWait(run); // the fiber's clock moved by the wait
 * ```
 */
export async function runWait(run: StateRun<AslWaitState>): Promise<StateOutcome> {
  const input = run.language === 'JSONPath' ? effectiveInput(run) : run.input;
  const seconds = await waitSeconds(run, input);
  let outcome: StateOutcome;
  if (run.language === 'JSONPath') {
    const assigned = await evaluateAssign(run, run.def.Assign, input, { input: run.input });
    outcome = {
      output: selectPath(run, run.def.OutputPath, input),
      next: nextOf(run),
      ...(assigned === undefined ? {} : { assigned }),
    };
  } else {
    outcome = await completeJsonata(run, run.input, { input: run.input });
  }
  await run.fiber.clock.advance(seconds);
  return outcome;
}
