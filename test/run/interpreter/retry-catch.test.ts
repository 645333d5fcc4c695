/** Retry and Catch: matching rules, backoff, MaxDelaySeconds, jitter, counters, error output. */
import { describe, expect, it } from 'vitest';
import { errorMatches } from '../../../src/run/interpreter/errors.ts';
import { retryDelaySeconds } from '../../../src/run/interpreter/retry.ts';
import type { TaskOutcome } from '../../../src/run/interpreter/index.ts';
import { run } from './helpers.ts';

function failingTask(retry: unknown[], catchers: unknown[] = []): unknown {
  return {
    StartAt: 'T',
    States: {
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Retry: retry,
        Catch: catchers,
        End: true,
      },
      Caught: { Type: 'Pass', End: true },
    },
  };
}

function scripted(outcomes: TaskOutcome[]) {
  const calls: { invocation: number; retryCount: number; at: string }[] = [];
  return {
    calls,
    taskHandler: (inv: {
      invocation: number;
      retryCount: number;
      context: { State: { EnteredTime: string } };
    }) => {
      calls.push({ invocation: inv.invocation, retryCount: inv.retryCount, at: '' });
      return outcomes[Math.min(inv.invocation, outcomes.length - 1)] as TaskOutcome;
    },
  };
}

const boom: TaskOutcome = { kind: 'throw', error: 'Lambda.Boom', cause: 'boom' };
const ok: TaskOutcome = { kind: 'return', value: 'ok' };

describe('error matching', () => {
  it('follows AWS rules for States.ALL, States.TaskFailed and exact names', () => {
    expect(errorMatches(['States.ALL'], 'Anything')).toBe(true);
    expect(errorMatches(['States.ALL'], 'States.Timeout')).toBe(true);
    expect(errorMatches(['States.ALL'], 'States.Runtime')).toBe(false);
    expect(errorMatches(['States.ALL'], 'States.DataLimitExceeded')).toBe(false);
    expect(errorMatches(['States.DataLimitExceeded'], 'States.DataLimitExceeded')).toBe(true);
    expect(errorMatches(['States.Runtime'], 'States.Runtime')).toBe(false);
    expect(errorMatches(['States.TaskFailed'], 'Lambda.Boom')).toBe(true);
    expect(errorMatches(['States.TaskFailed'], 'States.Timeout')).toBe(false);
    expect(errorMatches(['Lambda.Boom'], 'Lambda.Boom')).toBe(true);
    expect(errorMatches(['Lambda.boom'], 'Lambda.Boom')).toBe(false);
  });

  it('computes backoff, caps with MaxDelaySeconds and scales with FULL jitter', () => {
    expect(
      [0, 1, 2, 3].map((n) =>
        retryDelaySeconds({ IntervalSeconds: 2, BackoffRate: 3 }, n, () => 0),
      ),
    ).toEqual([2, 6, 18, 54]);
    expect(retryDelaySeconds({}, 2, () => 0)).toBe(4);
    expect(
      retryDelaySeconds({ IntervalSeconds: 10, BackoffRate: 2, MaxDelaySeconds: 15 }, 3, () => 0),
    ).toBe(15);
    expect(retryDelaySeconds({ IntervalSeconds: 10, JitterStrategy: 'FULL' }, 0, () => 0.25)).toBe(
      2.5,
    );
  });
});

describe('Retry', () => {
  it('retries with backoff on the virtual clock, then succeeds; invocations are numbered', async () => {
    const s = scripted([boom, boom, ok]);
    const r = await run(
      failingTask([
        { ErrorEquals: ['Lambda.Boom'], IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 3 },
      ]),
      {},
      s,
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(s.calls.map((c) => [c.invocation, c.retryCount])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    const scheduled = r.events.filter((e) => e.type === 'TaskScheduled').map((e) => e.timestamp);
    expect(scheduled).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-01-01T00:00:02.000Z',
      '2024-01-01T00:00:06.000Z',
    ]);
    expect(r.events.filter((e) => e.type === 'StateRetried')).toHaveLength(2);
  });

  it('MaxAttempts 0 never retries; exhausted retries fall to Catch', async () => {
    const s = scripted([boom]);
    const r = await run(
      failingTask(
        [{ ErrorEquals: ['States.ALL'], MaxAttempts: 0 }],
        [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }],
      ),
      { in: 1 },
      s,
    );
    expect(s.calls).toHaveLength(1);
    expect(r.output).toEqual({ Error: 'Lambda.Boom', Cause: 'boom' });
    const s2 = scripted([boom]);
    const r2 = await run(
      failingTask([{ ErrorEquals: ['States.ALL'], MaxAttempts: 2, IntervalSeconds: 1 }]),
      {},
      s2,
    );
    expect(s2.calls).toHaveLength(3);
    expect(r2).toMatchObject({ status: 'FAILED', error: 'Lambda.Boom', cause: 'boom' });
  });

  it('the first matching retrier decides, and each retrier counts its own attempts', async () => {
    const other: TaskOutcome = { kind: 'throw', error: 'Other', cause: 'o' };
    const s = scripted([boom, other, boom, other, boom]);
    const r = await run(
      failingTask([
        { ErrorEquals: ['Lambda.Boom'], MaxAttempts: 2, IntervalSeconds: 1 },
        { ErrorEquals: ['States.ALL'], MaxAttempts: 2, IntervalSeconds: 1 },
      ]),
      {},
      s,
    );
    expect(s.calls).toHaveLength(5);
    expect(r.error).toBe('Lambda.Boom');
  });

  it('$$.State.RetryCount is visible in Parameters of each attempt', async () => {
    const seen: unknown[] = [];
    const r = await run(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { 'retry.$': '$$.State.RetryCount' },
            Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }],
            End: true,
          },
        },
      },
      {},
      {
        taskHandler: (inv) => {
          seen.push(inv.input);
          return inv.invocation < 2 ? boom : ok;
        },
      },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(seen).toEqual([{ retry: 0 }, { retry: 1 }, { retry: 2 }]);
  });

  it('a handler that throws an Error counts as {error: name, cause: message}', async () => {
    class CustomError extends Error {
      constructor() {
        super('custom message');
        this.name = 'CustomError';
      }
    }
    const r = await run(
      failingTask([], [{ ErrorEquals: ['CustomError'], ResultPath: '$.e', Next: 'Caught' }]),
      { a: 1 },
      {
        taskHandler: () => {
          throw new CustomError();
        },
      },
    );
    expect(r.output).toEqual({ a: 1, e: { Error: 'CustomError', Cause: 'custom message' } });
  });

  it('JitterStrategy FULL is reproducible with the seed', async () => {
    const def = failingTask([
      { ErrorEquals: ['States.ALL'], IntervalSeconds: 100, MaxAttempts: 3, JitterStrategy: 'FULL' },
    ]);
    const times = async (seed: number) =>
      (await run(def, {}, { ...scripted([boom, boom, boom, ok]), seed })).events
        .filter((e) => e.type === 'TaskScheduled')
        .map((e) => e.timestamp);
    expect(await times(1)).toEqual(await times(1));
    expect(await times(1)).not.toEqual(await times(2));
  });
});

describe('Catch', () => {
  it('picks the first matching catcher, with States.TaskFailed as a wildcard', async () => {
    const r = await run(
      failingTask(
        [],
        [
          { ErrorEquals: ['Nope'], Next: 'Caught' },
          { ErrorEquals: ['States.TaskFailed'], ResultPath: '$.err', Next: 'Caught' },
        ],
      ),
      { keep: true },
      scripted([boom]),
    );
    expect(r.output).toEqual({ keep: true, err: { Error: 'Lambda.Boom', Cause: 'boom' } });
    expect(r.statesEntered).toEqual(['T', 'Caught']);
  });

  it('ResultPath null on a catcher keeps the input; no OutputPath applies after a catch', async () => {
    const r = await run(
      {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            OutputPath: '$.nothing',
            Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'Caught' }],
            End: true,
          },
          Caught: { Type: 'Pass', End: true },
        },
      },
      { a: 1 },
      scripted([boom]),
    );
    expect(r.output).toEqual({ a: 1 });
  });

  it('a Task error without a cause gives Cause "" in the error output and null as the execution cause', async () => {
    const caught = await run(
      failingTask([], [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }]),
      {},
      scripted([{ kind: 'throw', error: 'E' }]),
    );
    expect(caught.output).toEqual({ Error: 'E', Cause: '' });
    const failed = await run(failingTask([]), {}, scripted([{ kind: 'throw', error: 'E' }]));
    expect(failed).toMatchObject({ status: 'FAILED', error: 'E', cause: null });
  });

  it('a Parallel catches a failing branch error; a Fail inside a branch fails the Parallel with its error', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
            {
              StartAt: 'F',
              States: { F: { Type: 'Fail', Error: 'Branch.Failed', Cause: 'because' } },
            },
          ],
          Catch: [{ ErrorEquals: ['Branch.Failed'], Next: 'Caught' }],
          End: true,
        },
        Caught: { Type: 'Pass', End: true },
      },
    };
    const r = await run(def, {});
    expect(r.output).toEqual({ Error: 'Branch.Failed', Cause: 'because' });
    const uncaught = await run(
      { ...def, States: { ...def.States, P: { ...def.States.P, Catch: [] } } },
      {},
    );
    expect(uncaught).toMatchObject({ status: 'FAILED', error: 'Branch.Failed', cause: 'because' });
  });
});
