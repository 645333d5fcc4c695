/**
 * The interpreter's entry point: runs one execution of a definition and reports its status,
 * output or error, the states entered and the history.
 */
import { Budget } from './budget.ts';
import { Clock } from './clock.ts';
import { executionIdentity } from './context.ts';
import { machineLanguage, readDefinition } from './definition.ts';
import {
  ExecutionBudgetExceeded,
  ExecutionTimedOut,
  FatalError,
  InterpreterError,
  StatesError,
  messageOf,
} from './errors.ts';
import { EventLog } from './events.ts';
import { toJson } from './json-values.ts';
import { Rng } from './random.ts';
import { runGraph } from './run-graph.ts';
import type { AslStateMachine } from '../../asl/types.ts';
import { isJsonObject } from '../../util/json.ts';
import type { ExecutionRuntime, Fiber } from './runtime.ts';
import { VariableScope } from './scope.ts';
import { checkPayloadSize } from './size.ts';
import type { ExecutionResult, InterpretOptions } from './types.ts';

/** Default bound on state transitions. */
export const DEFAULT_MAX_TRANSITIONS = 25_000;
const EXPRESS_LIMIT_SECONDS = 300;
const STANDARD_LIMIT_SECONDS = 365 * 24 * 3600;

function deadlineSeconds(def: unknown, options: InterpretOptions): number {
  const limit = options.type === 'EXPRESS' ? EXPRESS_LIMIT_SECONDS : STANDARD_LIMIT_SECONDS;
  const t = isJsonObject(def) ? def['TimeoutSeconds'] : undefined;
  return typeof t === 'number' && t > 0 ? Math.min(t, limit) : limit;
}

/**
 * Runs an ASL definition (JSONPath or JSONata) the way AWS Step Functions would, on a virtual
 * clock by default. A broken definition, a task error, a timeout or AWS's history quota is
 * reported in the result. It throws only when no result can stand for the execution:
 * {@link ExecutionBudgetExceeded} when one of aslc's own budgets runs out (`timeoutMs`, the
 * number of recorded events), and {@link InterpreterError} for a JavaScript exception inside the
 * interpreter or a task handler (a RangeError, a TypeError, an exhausted stack), which no
 * Catcher may handle.
 *
 * @example
 * ```ts
 * const result = await interpret(
 *   { StartAt: 'Hello', States: { Hello: { Type: 'Pass', Result: 'hi', End: true } } },
 *   { input: {} },
 * );
 * // result.status === 'SUCCEEDED', result.output === 'hi'
 * ```
 */
export async function interpret(
  definition: unknown,
  options: InterpretOptions,
): Promise<ExecutionResult> {
  const identity = executionIdentity(options);
  let input: unknown = null;
  let inputProblem: string | undefined;
  try {
    input = toJson(options.input);
  } catch (e) {
    inputProblem = `The execution input is not JSON: ${messageOf(e)}`;
  }
  const type = options.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  const events = new EventLog(type);
  const budget = new Budget(options.timeoutMs);
  const rt: ExecutionRuntime = {
    options,
    identity,
    executionInput: input,
    machineLanguage: machineLanguage(isJsonObject(definition) ? definition : {}),
    rng: new Rng(options.seed ?? 0),
    events,
    statesEntered: [],
    invocations: new Map(),
    maxTransitions: options.maxTransitions ?? DEFAULT_MAX_TRANSITIONS,
    transitions: 0,
    budget,
    serial: 0,
  };
  const clock = new Clock(
    identity.startMs,
    identity.startMs + deadlineSeconds(definition, options) * 1000,
    options.time === 'real',
    budget,
  );
  events.add('ExecutionStarted', clock.iso(), { details: { input, roleArn: identity.roleArn } });
  const finish = (
    status: ExecutionResult['status'],
    error: string | null,
    cause: string | null,
    output?: unknown,
  ): ExecutionResult => {
    if (status === 'SUCCEEDED')
      events.add('ExecutionSucceeded', clock.iso(), { details: { output } });
    else if (status === 'TIMED_OUT')
      events.add('ExecutionTimedOut', clock.iso(), { details: { error: 'States.Timeout' } });
    else events.add('ExecutionFailed', clock.iso(), { details: { error, cause } });
    return {
      status,
      ...(status === 'SUCCEEDED' ? { output } : {}),
      error,
      cause,
      statesEntered: rt.statesEntered,
      events: events.list(),
    };
  };
  // The one check between the definition as given and the typed interpreter.
  const machine = inputProblem ?? readDefinitionSafely(definition);
  if (typeof machine === 'string') {
    return finish(
      'FAILED',
      'States.Runtime',
      inputProblem ?? `Invalid state machine definition: ${machine}`,
    );
  }
  const fiber: Fiber = { rt, clock, scope: new VariableScope(), history: events.main };
  try {
    checkPayloadSize(input, 'The execution input');
    const output = await runGraph(fiber, machine, input);
    return finish('SUCCEEDED', null, null, output);
  } catch (e) {
    // DescribeExecution of a timed-out execution has neither error nor cause; only the
    // ExecutionTimedOut event names States.Timeout (localstack test_timeouts.snapshot.json,
    // test_global_timeout).
    if (e instanceof ExecutionTimedOut) return finish('TIMED_OUT', null, null);
    if (e instanceof StatesError) return finish('FAILED', e.error, e.causeText);
    if (e instanceof FatalError) return finish('FAILED', e.error, e.causeText);
    if (e instanceof ExecutionBudgetExceeded || e instanceof InterpreterError) throw e;
    throw new InterpreterError(e, budget.state);
  }
}

function readDefinitionSafely(definition: unknown): AslStateMachine | string {
  try {
    return readDefinition(definition);
  } catch (e) {
    return `the definition cannot be read: ${messageOf(e)}`;
  }
}
