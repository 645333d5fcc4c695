/**
 * Retry and Catch. The first Retrier whose `ErrorEquals` matches decides: it retries after
 * `IntervalSeconds × BackoffRate^n` (capped by `MaxDelaySeconds`, scaled by a seeded random
 * factor with `JitterStrategy: FULL`) until its own `MaxAttempts` is spent; then the first
 * matching Catcher transitions with the error output `{"Error", "Cause"}` placed by its
 * `ResultPath` (JSONPath) or `Output` (JSONata), and its `Assign` replaces the state's.
 */
import { isJsonObject } from '../../util/json.ts';
import { evaluateAssign } from './assign.ts';
import { StatesError, errorMatches } from './errors.ts';
import { applyResultPath } from './io-jsonpath.ts';
import { evaluateTemplate } from './jsonata-env.ts';
import type {
  AslCatcher,
  AslMapState,
  AslParallelState,
  AslRetrier,
  AslTaskState,
} from '../../asl/types.ts';
import type { StateOutcome, StateRun } from './runtime.ts';
import { jsonataScope } from './runtime.ts';

/**
 * Adds AWS's prefix to the cause of an error the interpreter raised inside a state
 * ("An error occurred while executing the state 'X' (entered at the event id #2). …").
 *
 * @example
 * ```ts
 * throw withStatePrefix(run, runtimeError('Invalid path …'));
 * ```
 */
export function withStatePrefix(run: StateRun, e: StatesError): StatesError {
  if (!e.fromInterpreter) return e;
  return new StatesError(
    e.error,
    `An error occurred while executing the state '${run.name}' (entered at the event id #${run.enteredEventId}). ${e.causeText ?? ''}`,
    false,
    e.taskFailure,
  );
}

/**
 * The delay before retry number `attempt` (0-based) of a Retrier, in seconds.
 *
 * @example
 * ```ts
 * retryDelaySeconds({ IntervalSeconds: 1, BackoffRate: 2 }, 2, () => 0.5); // 4
 * ```
 */
export function retryDelaySeconds(
  retrier: Partial<AslRetrier>,
  attempt: number,
  random: () => number,
): number {
  const interval = typeof retrier.IntervalSeconds === 'number' ? retrier.IntervalSeconds : 1;
  const backoff = typeof retrier.BackoffRate === 'number' ? retrier.BackoffRate : 2;
  let delay = interval * backoff ** attempt;
  if (typeof retrier.MaxDelaySeconds === 'number') delay = Math.min(delay, retrier.MaxDelaySeconds);
  if (retrier.JitterStrategy === 'FULL') delay = delay * random();
  return delay;
}

/**
 * The error output a Catcher receives.
 *
 * @example
 * ```ts
 * errorOutput(new StatesError('E', null)); // { Error: 'E', Cause: '' }
 * ```
 */
export function errorOutput(e: StatesError): { Error: string; Cause: string } {
  return { Error: e.error ?? '', Cause: e.causeText ?? '' };
}

/**
 * Runs a state's work with its Retry and Catch policies. `attempt` is called once per attempt.
 *
 * @example
 * ```ts
 * const outcome = await withRetryAndCatch(run, () => runTaskAttempt(run));
 * ```
 */
export async function withRetryAndCatch(
  run: StateRun<AslTaskState | AslParallelState | AslMapState>,
  attempt: () => Promise<StateOutcome>,
): Promise<StateOutcome> {
  const retriers = Array.isArray(run.def.Retry) ? run.def.Retry.filter(isJsonObject) : [];
  const catchers = Array.isArray(run.def.Catch) ? run.def.Catch.filter(isJsonObject) : [];
  const counts = retriers.map(() => 0);
  const fiber = run.fiber;
  for (;;) {
    let error: StatesError;
    try {
      return await attempt();
    } catch (e) {
      if (!(e instanceof StatesError)) throw e;
      error = withStatePrefix(run, e);
    }
    const index = retriers.findIndex((r) =>
      errorMatches(r.ErrorEquals, error.error, error.taskFailure),
    );
    const retrier = retriers[index];
    if (retrier !== undefined) {
      const max = typeof retrier.MaxAttempts === 'number' ? retrier.MaxAttempts : 3;
      const done = counts[index] ?? 0;
      if (done < max) {
        const delay = retryDelaySeconds(retrier, done, () => fiber.rt.rng.next());
        counts[index] = done + 1;
        run.retryCount = (run.retryCount ?? 0) + 1;
        fiber.rt.budget.check();
        fiber.rt.events.add('StateRetried', fiber.clock.iso(), {
          name: run.name,
          aws: false,
          details: {
            error: error.error,
            cause: error.causeText,
            retrier: index,
            attempt: done + 1,
            delaySeconds: delay,
          },
        });
        await fiber.clock.advance(delay);
        continue;
      }
    }
    const catchIndex = catchers.findIndex((c) =>
      errorMatches(c.ErrorEquals, error.error, error.taskFailure),
    );
    const catcher = catchers[catchIndex];
    if (catcher === undefined) throw error;
    return handleCatch(run, catcher, catchIndex, error);
  }
}

async function handleCatch(
  run: StateRun,
  catcher: AslCatcher,
  index: number,
  error: StatesError,
): Promise<StateOutcome> {
  const out = errorOutput(error);
  const fiber = run.fiber;
  fiber.rt.events.add('StateCaught', fiber.clock.iso(), {
    name: run.name,
    aws: false,
    details: { error: error.error, cause: error.causeText, next: catcher.Next },
  });
  const states = { input: run.input, errorOutput: out };
  // AWS names a catcher's fields under the catcher: `Catch[1]/Output/v`, `Catch[0]/Assign/x`.
  const assigned = await evaluateAssign(run, catcher.Assign, out, states, `Catch[${index}]/Assign`);
  let output: unknown;
  if (run.language === 'JSONPath') {
    output = applyResultPath(catcher.ResultPath, run.input, out);
  } else {
    output =
      catcher.Output === undefined
        ? out
        : await evaluateTemplate(
            catcher.Output,
            jsonataScope(run, states),
            `Catch[${index}]/Output`,
          );
  }
  return {
    output,
    next: typeof catcher.Next === 'string' ? catcher.Next : undefined,
    via: `Catch[${index}]`,
    ...(assigned === undefined ? {} : { assigned }),
  };
}
