/** The context object, identity defaults, task invocations and the history. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_START_TIME } from '../../../src/run/interpreter/index.ts';
import type { TaskInvocation } from '../../../src/run/interpreter/index.ts';
import { eventTypes, run } from './helpers.ts';

describe('context object', () => {
  it('has AWS-shaped, deterministic defaults and varies per state', async () => {
    const r = await run(
      {
        StartAt: 'A',
        States: {
          A: { Type: 'Wait', Seconds: 5, Next: 'B' },
          B: { Type: 'Pass', Parameters: { 'ctx.$': '$$' }, End: true },
        },
      },
      { k: 'v' },
      { execution: { name: 'my-exec', stateMachineName: 'Orders' } },
    );
    expect(r.output).toEqual({
      ctx: {
        Execution: {
          Id: 'arn:aws:states:us-east-1:123456789012:execution:Orders:my-exec',
          Input: { k: 'v' },
          StartTime: DEFAULT_START_TIME,
          Name: 'my-exec',
          RoleArn: 'arn:aws:iam::123456789012:role/StepFunctions-Orders-role',
          RedriveCount: 0,
        },
        StateMachine: {
          Id: 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders',
          Name: 'Orders',
        },
        State: { Name: 'B', EnteredTime: '2024-01-01T00:00:05.000Z' },
      },
    });
  });

  it('passes Task states a context with RetryCount and, for callbacks, a task token', async () => {
    const invocations: TaskInvocation[] = [];
    const r = await run(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
            Parameters: { 'token.$': '$$.Task.Token', 'msg.$': '$.m' },
            End: true,
          },
        },
      },
      { m: 'hi' },
      {
        execution: { id: 'arn:custom', startTime: '2025-06-01T12:00:00Z' },
        taskHandler: (inv) => {
          invocations.push(inv);
          return { kind: 'return', value: { ok: true } };
        },
      },
    );
    expect(r.output).toEqual({ ok: true });
    const inv = invocations[0] as TaskInvocation;
    expect(inv.stateName).toBe('T');
    expect(inv.invocation).toBe(0);
    expect(inv.context.Execution.Id).toBe('arn:custom');
    expect(inv.context.Execution.StartTime).toBe('2025-06-01T12:00:00.000Z');
    expect(inv.context.State).toEqual({
      Name: 'T',
      EnteredTime: '2025-06-01T12:00:00.000Z',
      RetryCount: 0,
    });
    expect(inv.context.Task?.Token).toMatch(/^[0-9a-f]{40}$/);
    expect(inv.input).toEqual({ token: inv.context.Task?.Token, msg: 'hi' });
  });

  it('EXPRESS executions get an express ARN', async () => {
    const r = await run(
      {
        StartAt: 'A',
        States: { A: { Type: 'Pass', Parameters: { 'id.$': '$$.Execution.Id' }, End: true } },
      },
      {},
      { type: 'EXPRESS' },
    );
    expect((r.output as { id: string }).id).toMatch(
      /^arn:aws:express:us-east-1:123456789012:stateMachine:StateMachine:[0-9a-f-]{36}:[0-9a-f-]{36}$/,
    );
  });

  it('a Task without Parameters receives the effective input; no handler is a clear failure', async () => {
    const seen: unknown[] = [];
    await run(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'r', InputPath: '$.a', End: true } } },
      { a: [1] },
      {
        taskHandler: (inv) => {
          seen.push(inv.input);
          return { kind: 'return', value: null };
        },
      },
    );
    expect(seen).toEqual([[1]]);
    const r = await run(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'r', End: true } } },
      {},
    );
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.Runtime');
    expect(r.cause).toContain('No taskHandler');
  });

  it('passes the evaluated Credentials', async () => {
    const seen: unknown[] = [];
    await run(
      {
        StartAt: 'T',
        States: {
          T: { Type: 'Task', Resource: 'r', Credentials: { 'RoleArn.$': '$.role' }, End: true },
        },
      },
      { role: 'arn:aws:iam::1:role/x' },
      {
        taskHandler: (inv) => {
          seen.push(inv.credentials);
          return { kind: 'return', value: 1 };
        },
      },
    );
    expect(seen).toEqual([{ RoleArn: 'arn:aws:iam::1:role/x' }]);
  });
});

describe('history', () => {
  it('records the AWS-like sequence with AWS event ids', async () => {
    const r = await run(
      {
        StartAt: 'T',
        States: {
          T: { Type: 'Task', Resource: 'r', Next: 'F' },
          F: { Type: 'Fail', Cause: 'Condition is false' },
        },
      },
      { a: 1 },
      { taskHandler: () => ({ kind: 'return', value: 2 }) },
    );
    expect(eventTypes(r)).toEqual([
      'ExecutionStarted',
      'StateEntered:T',
      'TaskScheduled:T',
      'TaskStarted:T',
      'TaskSucceeded:T',
      'StateExited:T',
      'StateEntered:F',
      'ExecutionFailed',
    ]);
    expect(r.events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r).toMatchObject({ status: 'FAILED', error: null, cause: 'Condition is false' });
    expect(r.events[1]?.details).toEqual({ type: 'Task', input: { a: 1 } });
  });

  it('is identical from run to run', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Pass',
          Parameters: { 'u.$': 'States.UUID()', 'r.$': 'States.MathRandom(0, 1000)' },
          Next: 'M',
        },
        M: {
          Type: 'Map',
          ItemsPath: '$$.Execution.Input',
          ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, End: true } } },
          End: true,
        },
      },
    };
    const a = await run(def, [1, 2, 3], { seed: 5 });
    const b = await run(def, [1, 2, 3], { seed: 5 });
    expect(a).toEqual(b);
  });
});
