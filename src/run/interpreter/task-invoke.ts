/**
 * Calling the task handler for one attempt of a Task state: numbering the invocation, recording
 * TaskScheduled/TaskStarted/TaskSucceeded/TaskFailed/TaskTimedOut, letting the task's duration
 * pass on the clock, and turning a duration beyond `TimeoutSeconds` / `HeartbeatSeconds` (or a
 * task that never completes) into `States.Timeout` / `States.HeartbeatTimeout`.
 */
import {
  ExecutionBudgetExceeded,
  InterpreterError,
  StatesError,
  isNativeError,
  messageOf,
  runtimeError,
} from './errors.ts';
import { toJson } from './json-values.ts';
import type { StateRun } from './runtime.ts';
import { stateContext } from './runtime.ts';
import { jsonByteLength, PAYLOAD_LIMIT_BYTES, taskResourceLabel } from './size.ts';
import type { ContextObject, TaskOutcome } from './types.ts';

/** AWS's default Task timeout, in seconds. */
export const DEFAULT_TASK_TIMEOUT_SECONDS = 99_999_999;

/** The time limits of one attempt, in seconds. */
export interface TaskLimits {
  readonly timeoutSeconds: number;
  readonly heartbeatSeconds: number | undefined;
}

function normalizeOutcome(value: unknown): TaskOutcome {
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (o.kind === 'hang') return { kind: 'hang' };
    const duration =
      typeof o.durationSeconds === 'number' && o.durationSeconds > 0 ? o.durationSeconds : 0;
    if (o.kind === 'return') return { kind: 'return', value: o.value, durationSeconds: duration };
    if (o.kind === 'throw' && typeof o.error === 'string') {
      return {
        kind: 'throw',
        error: o.error,
        ...(typeof o.cause === 'string' ? { cause: o.cause } : {}),
        durationSeconds: duration,
      };
    }
  }
  throw runtimeError(
    `The task handler returned ${JSON.stringify(value) ?? 'undefined'}; expected {kind: 'return' | 'throw' | 'hang', …}`,
  );
}

/**
 * Runs one attempt of a Task: returns the raw result or throws the task's error.
 *
 * @example
 * ```ts
 * const result = await invokeTask(run, 'arn:aws:states:::lambda:invoke', request, limits);
 * ```
 */
export async function invokeTask(
  run: StateRun,
  resource: string,
  request: unknown,
  limits: TaskLimits,
  credentials?: unknown,
): Promise<unknown> {
  const fiber = run.fiber;
  const rt = fiber.rt;
  const handler = rt.options.taskHandler;
  const invocation = rt.invocations.get(run.name) ?? 0;
  rt.invocations.set(run.name, invocation + 1);
  rt.events.add('TaskScheduled', fiber.clock.iso(), {
    name: run.name,
    history: fiber.history,
    details: {
      resource,
      parameters: request,
      invocation,
      timeoutInSeconds: limits.timeoutSeconds,
      ...(limits.heartbeatSeconds === undefined
        ? {}
        : { heartbeatInSeconds: limits.heartbeatSeconds }),
    },
  });
  if (handler === undefined) {
    throw runtimeError(
      `No taskHandler was given to the interpreter, so the Task state '${run.name}' (resource '${resource}') cannot run. Pass options.taskHandler (or mocks through the harness).`,
    );
  }
  rt.events.add('TaskStarted', fiber.clock.iso(), {
    name: run.name,
    details: { resource },
    history: fiber.history,
  });
  let outcome: TaskOutcome;
  try {
    outcome = normalizeOutcome(
      await rt.budget.race(
        handler({
          stateName: run.name,
          resource,
          input: request,
          invocation,
          retryCount: run.retryCount ?? 0,
          context: stateContext(run) as unknown as ContextObject,
          ...(credentials === undefined ? {} : { credentials }),
        }),
      ),
    );
  } catch (e) {
    if (e instanceof StatesError) throw e;
    // A RangeError or TypeError from the handler (a stack overflow, a bug) is not the task's
    // error: no Catcher may handle it. An Error thrown on purpose carries the error code as name.
    if (e instanceof ExecutionBudgetExceeded || e instanceof InterpreterError) throw e;
    if (isNativeError(e)) throw new InterpreterError(e, run.name);
    outcome = {
      kind: 'throw',
      error: e instanceof Error ? e.name : 'Error',
      cause: messageOf(e),
      durationSeconds: 0,
    };
  }
  const limit = Math.min(limits.timeoutSeconds, limits.heartbeatSeconds ?? Infinity);
  const duration = outcome.kind === 'hang' ? Infinity : (outcome.durationSeconds ?? 0);
  if (duration > limit) {
    await fiber.clock.advance(limit);
    const heartbeat =
      limits.heartbeatSeconds !== undefined && limits.heartbeatSeconds < limits.timeoutSeconds;
    const error = heartbeat ? 'States.HeartbeatTimeout' : 'States.Timeout';
    rt.events.add('TaskTimedOut', fiber.clock.iso(), {
      name: run.name,
      history: fiber.history,
      details: { error, resource },
    });
    throw new StatesError(error, null);
  }
  await fiber.clock.advance(duration);
  if (outcome.kind === 'throw') {
    rt.events.add('TaskFailed', fiber.clock.iso(), {
      name: run.name,
      history: fiber.history,
      details: { error: outcome.error, cause: outcome.cause ?? null, resource },
    });
    throw new StatesError(outcome.error, outcome.cause ?? null, false, true);
  }
  let value: unknown;
  try {
    value = outcome.kind === 'return' ? toJson(outcome.value) : null;
  } catch (e) {
    throw runtimeError(`The task handler returned a value that is not JSON: ${messageOf(e)}`);
  }
  if (jsonByteLength(value) > PAYLOAD_LIMIT_BYTES) {
    // AWS: TaskFailed (States.ALL catches it), the resource named as in the task events.
    const cause = `The state/task '${taskResourceLabel(resource)}' returned a result with a size exceeding the maximum number of bytes service limit.`;
    rt.events.add('TaskFailed', fiber.clock.iso(), {
      name: run.name,
      history: fiber.history,
      details: { error: 'States.DataLimitExceeded', cause, resource },
    });
    throw new StatesError('States.DataLimitExceeded', cause, false, true);
  }
  rt.events.add('TaskSucceeded', fiber.clock.iso(), {
    name: run.name,
    history: fiber.history,
    details: { output: value, resource },
  });
  return value;
}
