/**
 * Task state. JSONPath: InputPath → Parameters → [handler] → ResultSelector → Assign → ResultPath
 * → OutputPath. JSONata: Arguments → [handler] → Assign and Output (`$states.result`, default
 * output the result). Every attempt re-evaluates the request (so `$$.State.RetryCount` and
 * `$$.Task.Token` are current) and calls `options.taskHandler`.
 */
import { integerField, numberField } from '../fields.ts';
import { applyTemplate, effectiveInput } from '../io-jsonpath.ts';
import { evaluateTemplate } from '../jsonata-env.ts';
import { withRetryAndCatch } from '../retry.ts';
import type { AslTaskState } from '../../../asl/types.ts';
import type { StateOutcome, StateRun } from '../runtime.ts';
import { jsonataScope } from '../runtime.ts';
import { checkPayloadSize } from '../size.ts';
import type { TaskLimits } from '../task-invoke.ts';
import { DEFAULT_TASK_TIMEOUT_SECONDS, invokeTask } from '../task-invoke.ts';
import { completeJsonPath, completeJsonata } from './transition.ts';

/**
 * Runs a Task state, Retry and Catch included.
 *
 * @example
 * ```ts
 * const outcome = await runTask(run);
 * ```
 */
export function runTask(run: StateRun<AslTaskState>): Promise<StateOutcome> {
  run.retryCount = 0;
  return withRetryAndCatch(run, () => attempt(run));
}

async function limitsOf(run: StateRun<AslTaskState>, input: unknown): Promise<TaskLimits> {
  const d = run.def;
  const timeout = await integerField(
    run,
    numberField('TimeoutSeconds', d.TimeoutSeconds, d.TimeoutSecondsPath),
    input,
    1,
  );
  const heartbeat = await integerField(
    run,
    numberField('HeartbeatSeconds', d.HeartbeatSeconds, d.HeartbeatSecondsPath),
    input,
    1,
  );
  return { timeoutSeconds: timeout ?? DEFAULT_TASK_TIMEOUT_SECONDS, heartbeatSeconds: heartbeat };
}

async function attempt(run: StateRun<AslTaskState>): Promise<StateOutcome> {
  const rt = run.fiber.rt;
  const resource = String(run.def.Resource);
  if (resource.endsWith('.waitForTaskToken')) {
    rt.serial += 1;
    run.taskToken = `${rt.rng.uuid().replace(/-/g, '')}${rt.serial.toString(16).padStart(8, '0')}`;
  }
  if (run.language === 'JSONPath') {
    const input = effectiveInput(run);
    const request =
      run.def.Parameters === undefined ? input : applyTemplate(run, run.def.Parameters, input);
    checkPayloadSize(request, `The state '${run.name}' has an input (after Parameters)`);
    const credentials =
      run.def.Credentials === undefined
        ? undefined
        : applyTemplate(run, run.def.Credentials, input);
    const raw = await invokeTask(run, resource, request, await limitsOf(run, input), credentials);
    return completeJsonPath(run, raw);
  }
  const scope = jsonataScope(run, { input: run.input });
  const request =
    run.def.Arguments === undefined
      ? run.input
      : await evaluateTemplate(run.def.Arguments, scope, 'Arguments');
  checkPayloadSize(request, `The state '${run.name}' has an input (after Arguments)`);
  const credentials =
    run.def.Credentials === undefined
      ? undefined
      : await evaluateTemplate(run.def.Credentials, scope, 'Credentials');
  const raw = await invokeTask(run, resource, request, await limitsOf(run, run.input), credentials);
  return completeJsonata(run, raw, { input: run.input, result: raw });
}
