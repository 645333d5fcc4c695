import type * as AwsLocalStepFunctions from 'aws-local-stepfunctions';
import { AslcError } from '../../util/errors.ts';
import {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_EXECUTION_NAME,
  DEFAULT_STATE_MACHINE_NAME,
  DEFAULT_TIMEOUT_MS,
  budgetExceeded,
  executionArn,
  stateMachineArn,
  type RunEvent,
  type RunRequest,
  type RunResult,
} from '../engine-contract.ts';
import { taskStates } from '../../asl/walk.ts';
import type { TaskMocks } from '../mocks/task-mocks.ts';
import { planEmbedded } from './embedded-definition.ts';
import { correctFailState, toRunEvent } from './embedded-result.ts';
import { createVirtualDeadline, type VirtualDeadline } from './virtual-deadline.ts';

type Library = typeof AwsLocalStepFunctions;
type Execution = ReturnType<InstanceType<Library['StateMachine']>['run']>;
type EngineEvent = Execution['eventLogs'] extends AsyncGenerator<infer E> ? E : never;

/**
 * Runs a definition the guard accepted on aws-local-stepfunctions (loaded by the engine on first
 * use, with the library and jsonpath-plus it needs).
 *
 * @example
 * ```ts
 * const result = await execute(await import('aws-local-stepfunctions'), request, mocks, 'virtual', 'STANDARD');
 * ```
 */
export async function execute(
  lib: Library,
  request: RunRequest,
  mocks: TaskMocks,
  time: 'virtual' | 'real',
  type: 'STANDARD' | 'EXPRESS',
): Promise<RunResult> {
  const plan = planEmbedded(request.definition, { time, type });
  const machineName = request.stateMachineName ?? DEFAULT_STATE_MACHINE_NAME;
  const executionName = request.executionName ?? DEFAULT_EXECUTION_NAME;
  const context = {
    Execution: {
      Id: executionArn(machineName, executionName),
      Name: executionName,
      RoleArn: `arn:aws:iam::${DEFAULT_ACCOUNT_ID}:role/StepFunctions-${machineName}-role`,
      RedriveCount: 0,
    },
    StateMachine: { Id: stateMachineArn(machineName), Name: machineName },
    Task: { Token: 'aslc-task-token' },
  };

  const machine = createMachine(lib, plan.definition);

  let timedOut = false;
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const task of taskStates(request.definition)) {
    const resource = String(task.state['Resource'] ?? '');
    handlers[task.name] = async (input) => {
      if (timedOut) return null; // the run is over on the virtual clock: serve nothing more
      const outcome = await mocks.serve(task.name, resource, input);
      if (outcome.kind === 'return') return outcome.value;
      if (outcome.kind === 'hang')
        throw new Error(`Task state '${task.name}': a mock cannot hang here`);
      throw Object.assign(new Error(outcome.cause ?? ''), { name: outcome.error });
    };
  }

  const startTime = Date.now();
  const clock: VirtualDeadline | undefined =
    plan.virtualDeadline === undefined
      ? undefined
      : createVirtualDeadline(plan.definition, plan.virtualDeadline, { startTime, context });
  const execution = machine.run(request.input as never, {
    overrides: {
      taskResourceLocalHandlers: handlers as never,
      ...(plan.waitTimeOverrides ? { waitTimeOverrides: plan.waitTimeOverrides } : {}),
      ...(plan.retryIntervalOverrides
        ? { retryIntervalOverrides: plan.retryIntervalOverrides }
        : {}),
    },
    context,
  });

  // The wall-clock budget: the engine yields between states, so aborting it there works (the
  // guard keeps out what could block synchronously, e.g. backtracking StringMatches patterns).
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let overBudget = false;
  const budget =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          overBudget = true;
          execution.abort();
        }, timeoutMs)
      : undefined;

  const raw: EngineEvent[] = [];
  const reading = (async () => {
    for await (const event of execution.eventLogs) {
      raw.push(event);
      if (clock !== undefined && !timedOut && clock.observe(event as never)) {
        timedOut = true;
        execution.abort();
      }
    }
  })();

  let outcome: { ok: true; output: unknown } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, output: await execution.result };
  } catch (error) {
    outcome = { ok: false, error };
  }
  clearTimeout(budget);
  await settle(reading);
  if (overBudget) {
    throw budgetExceeded(
      `the execution ran longer than its wall-clock budget of ${timeoutMs / 1000} s on the embedded engine`,
    );
  }

  if (!timedOut) mocks.checkComplete();
  const events: RunEvent[] = raw.map((e) => toRunEvent(e as never));
  const statesEntered = events.filter((e) => e.type === 'StateEntered').map((e) => e.name ?? '');
  const base = { statesEntered, events };
  if (timedOut || (!outcome.ok && outcome.error instanceof lib.ExecutionTimeoutError)) {
    return { status: 'TIMED_OUT', error: null, cause: null, ...base };
  }
  if (outcome.ok)
    return { status: 'SUCCEEDED', output: outcome.output, error: null, cause: null, ...base };
  if (outcome.error instanceof lib.ExecutionError) {
    const inner = (outcome.error as Error).cause as Error | undefined;
    const name = inner?.name ?? 'States.Runtime';
    const message = inner?.message ?? (outcome.error as Error).message;
    const fixed = correctFailState(request.definition, raw as never, name, message);
    return { status: 'FAILED', error: fixed.error, cause: fixed.cause, ...base };
  }
  throw new AslcError(
    'EngineError',
    `the embedded engine failed: ${String((outcome.error as Error)?.message ?? outcome.error)}`,
  );
}

/** Definitions (as JSON text) the engine's validator already accepted: validating costs ~60 ms. */
const validated = new Set<string>();

function createMachine(lib: Library, definition: Record<string, unknown>) {
  const key = JSON.stringify(definition);
  try {
    const machine = new lib.StateMachine(definition as never, {
      validationOptions: validated.has(key)
        ? { noValidate: true }
        : { checkArn: true, checkPaths: true },
    });
    if (validated.size > 500) validated.clear();
    validated.add(key);
    return machine;
  } catch (e) {
    throw new AslcError(
      'EngineRejectedDefinition',
      `the embedded engine rejected the definition: ${(e as Error).message}`,
    );
  }
}

/** Waits for the event-log reader to finish (it does once the log closes), at most 50 ms. */
async function settle(reading: Promise<void>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([reading, new Promise((r) => (timer = setTimeout(r, 50)))]);
  clearTimeout(timer);
}
