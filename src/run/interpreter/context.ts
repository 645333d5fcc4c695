/**
 * The execution's identity (ARNs, name, start time) and the context object (`$$` in JSONPath,
 * `$states.context` in JSONata). Defaults are deterministic: account 123456789012, region
 * us-east-1, state machine `StateMachine`, an execution name derived from the seed, and
 * the wall clock (pin `execution.startTime`, e.g. {@link DEFAULT_START_TIME}, for reproducible runs).
 */
import { parseInstant } from './clock.ts';
import { Rng } from './random.ts';
import type { InterpretOptions } from './types.ts';

/**
 * A fixed start time for reproducible runs: pass it as `execution.startTime` (tests and
 * goldens do). Without a start time an execution starts at the wall clock, as on AWS.
 */
export const DEFAULT_START_TIME = '2024-01-01T00:00:00.000Z';

/** The account ARNs name. */
export const ACCOUNT = '123456789012';
/** The region ARNs name. */
export const REGION = 'us-east-1';
const PARTITION = 'aws';

/** Who and when an execution is. */
export interface ExecutionIdentity {
  readonly executionId: string;
  readonly executionName: string;
  readonly stateMachineId: string;
  readonly stateMachineName: string;
  readonly roleArn: string;
  readonly startTime: string;
  readonly startMs: number;
  readonly partition: string;
}

/**
 * Fills in the execution's identity from the options.
 *
 * @example
 * ```ts
 * executionIdentity({ input: {} }).executionId;
 * // 'arn:aws:states:us-east-1:123456789012:execution:StateMachine:<uuid>'
 * ```
 */
export function executionIdentity(options: InterpretOptions): ExecutionIdentity {
  const exec = options.execution ?? {};
  const machine = exec.stateMachineName ?? 'StateMachine';
  const stateMachineId =
    exec.stateMachineId ?? `arn:${PARTITION}:states:${REGION}:${ACCOUNT}:stateMachine:${machine}`;
  const idRng = new Rng((options.seed ?? 0) ^ 0x5a17c0de);
  const name = exec.name ?? idRng.uuid();
  const express = options.type === 'EXPRESS';
  const executionId =
    exec.id ??
    (express
      ? `arn:${PARTITION}:express:${REGION}:${ACCOUNT}:stateMachine:${machine}:${name}:${idRng.uuid()}`
      : `arn:${PARTITION}:states:${REGION}:${ACCOUNT}:execution:${machine}:${name}`);
  // Without a start time the execution starts now, as it would on AWS: a Wait until a
  // timestamp computed when the input was written (`now + 1 minute`, LocalStack's
  // test_wait_timestamppath recorded on AWS) then waits that minute instead of the years
  // between a fixed date and now, which crossed the one-year limit and timed out.
  const requested = exec.startTime ?? new Date().toISOString();
  const startMs = parseInstant(requested) ?? (parseInstant(DEFAULT_START_TIME) as number);
  return {
    executionId,
    executionName: name,
    stateMachineId,
    stateMachineName: machine,
    roleArn: exec.roleArn ?? `arn:${PARTITION}:iam::${ACCOUNT}:role/StepFunctions-${machine}-role`,
    startTime: new Date(startMs).toISOString(),
    startMs,
    partition: PARTITION,
  };
}

/** What varies per state in the context object. */
export interface StateContext {
  readonly name: string;
  readonly enteredTime: string;
  /** Present for Task, Parallel and Map states. */
  readonly retryCount?: number;
  readonly taskToken?: string;
  readonly mapItem?: { readonly index: number; readonly value: unknown };
}

/**
 * Builds the context object for one state, in AWS's key order.
 *
 * @example
 * ```ts
 * contextObject(identity, input, { name: 'A', enteredTime: identity.startTime });
 * ```
 */
export function contextObject(
  id: ExecutionIdentity,
  executionInput: unknown,
  state: StateContext,
): Record<string, unknown> {
  const ctx: Record<string, unknown> = {
    Execution: {
      Id: id.executionId,
      Input: executionInput,
      StartTime: id.startTime,
      Name: id.executionName,
      RoleArn: id.roleArn,
      RedriveCount: 0,
    },
    StateMachine: { Id: id.stateMachineId, Name: id.stateMachineName },
    State: {
      Name: state.name,
      EnteredTime: state.enteredTime,
      ...(state.retryCount === undefined ? {} : { RetryCount: state.retryCount }),
    },
  };
  if (state.taskToken !== undefined) ctx.Task = { Token: state.taskToken };
  if (state.mapItem !== undefined) {
    ctx.Map = { Item: { Index: state.mapItem.index, Value: state.mapItem.value } };
  }
  return ctx;
}
