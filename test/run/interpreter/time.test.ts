/** Virtual time: waits, retries and timeouts without sleeping; TIMED_OUT; task timeouts. */
import { describe, expect, it } from 'vitest';
import type { TaskOutcome } from '../../../src/run/interpreter/index.ts';
import { run } from './helpers.ts';

describe('virtual time', () => {
  it('a Wait of an hour plus retries with long intervals finish instantly', async () => {
    const def = {
      StartAt: 'W',
      States: {
        W: { Type: 'Wait', Seconds: 3600, Next: 'T' },
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Retry: [
            { ErrorEquals: ['States.ALL'], IntervalSeconds: 600, BackoffRate: 2, MaxAttempts: 3 },
          ],
          End: true,
        },
      },
    };
    const started = performance.now();
    const r = await run(
      def,
      {},
      {
        taskHandler: (inv) =>
          inv.invocation < 3 ? { kind: 'throw', error: 'E' } : { kind: 'return', value: 'done' },
      },
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toBe('done');
    expect(r.events.at(-1)?.timestamp).toBe('2024-01-01T02:10:00.000Z');
  });

  it('Seconds, SecondsPath, Timestamp and TimestampPath advance the clock', async () => {
    const r = await run(
      {
        StartAt: 'A',
        States: {
          A: { Type: 'Wait', SecondsPath: '$.s', Next: 'B' },
          B: { Type: 'Wait', Timestamp: '2024-01-01T00:10:00Z', Next: 'C' },
          C: { Type: 'Wait', TimestampPath: '$.t', Next: 'D' },
          D: { Type: 'Wait', Timestamp: '2020-01-01T00:00:00Z', Next: 'E' },
          E: { Type: 'Pass', Parameters: { 'entered.$': '$$.State.EnteredTime' }, End: true },
        },
      },
      { s: 30, t: '2024-01-01T01:00:00.5+00:00' },
    );
    // "Step Functions considers the time value up to seconds and truncates milliseconds"
    // (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html).
    expect(r.output).toEqual({ entered: '2024-01-01T01:00:00.000Z' });
  });

  it('machine TimeoutSeconds gives TIMED_OUT, States.Timeout only in the event', async () => {
    const r = await run({
      TimeoutSeconds: 60,
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: 3600, End: true } },
    });
    expect(r).toMatchObject({ status: 'TIMED_OUT', error: null, cause: null });
    expect(r.events.at(-1)).toMatchObject({
      type: 'ExecutionTimedOut',
      timestamp: '2024-01-01T00:01:00.000Z',
      details: { error: 'States.Timeout' },
    });
  });

  it('EXPRESS executions time out after five minutes', async () => {
    const def = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 301, End: true } } };
    expect((await run(def, {}, { type: 'EXPRESS' })).status).toBe('TIMED_OUT');
    expect((await run(def, {}, { type: 'STANDARD' })).status).toBe('SUCCEEDED');
  });

  it('a timeout inside a Parallel branch or a Map iteration times the execution out', async () => {
    const r = await run({
      TimeoutSeconds: 10,
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 20, End: true } } }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'C' }],
          End: true,
        },
        C: { Type: 'Succeed' },
      },
    });
    expect(r.status).toBe('TIMED_OUT');
  });

  it('Task TimeoutSeconds fires States.Timeout when the task takes longer, catchable', async () => {
    const def = (extra: Record<string, unknown>) => ({
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          ...extra,
          Catch: [{ ErrorEquals: ['States.Timeout'], Next: 'Caught' }],
          End: true,
        },
        Caught: {
          Type: 'Pass',
          Parameters: { 'at.$': '$$.State.EnteredTime', 'err.$': '$.Error' },
          End: true,
        },
      },
    });
    const slow = {
      taskHandler: (): TaskOutcome => ({ kind: 'return', value: 1, durationSeconds: 120 }),
    };
    expect((await run(def({ TimeoutSeconds: 60 }), {}, slow)).output).toEqual({
      at: '2024-01-01T00:01:00.000Z',
      err: 'States.Timeout',
    });
    expect((await run(def({ TimeoutSecondsPath: '$.t' }), { t: 30 }, slow)).output).toEqual({
      at: '2024-01-01T00:00:30.000Z',
      err: 'States.Timeout',
    });
    const fast = await run(def({ TimeoutSeconds: 600 }), {}, slow);
    expect(fast.output).toBe(1);
    expect(fast.events.at(-1)?.timestamp).toBe('2024-01-01T00:02:00.000Z');
  });

  it('HeartbeatSeconds fires States.HeartbeatTimeout; a hanging task times out', async () => {
    const def = (extra: Record<string, unknown>) => ({
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          ...extra,
          End: true,
        },
      },
    });
    const hang = { taskHandler: (): TaskOutcome => ({ kind: 'hang' }) };
    expect(await run(def({ TimeoutSeconds: 300, HeartbeatSeconds: 60 }), {}, hang)).toMatchObject({
      status: 'FAILED',
      error: 'States.HeartbeatTimeout',
    });
    expect(await run(def({ TimeoutSeconds: 300 }), {}, hang)).toMatchObject({
      status: 'FAILED',
      error: 'States.Timeout',
    });
    expect((await run(def({}), {}, hang)).status).toBe('TIMED_OUT');
  });

  it('Parallel branches overlap in virtual time', async () => {
    const r = await run({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Wait', Seconds: 10, End: true } } },
            { StartAt: 'B', States: { B: { Type: 'Wait', Seconds: 30, End: true } } },
          ],
          Next: 'After',
        },
        After: { Type: 'Pass', Parameters: { 'at.$': '$$.State.EnteredTime' }, End: true },
      },
    });
    expect(r.output).toEqual({ at: '2024-01-01T00:00:30.000Z' });
  });

  it('Map MaxConcurrency shapes virtual time; results stay in item order', async () => {
    const def = (max: number) => ({
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          MaxConcurrency: max,
          ItemProcessor: {
            StartAt: 'W',
            States: { W: { Type: 'Wait', SecondsPath: '$', End: true } },
          },
          Next: 'After',
        },
        After: {
          Type: 'Pass',
          Parameters: { 'out.$': '$', 'at.$': '$$.State.EnteredTime' },
          End: true,
        },
      },
    });
    expect((await run(def(0), [30, 10, 20])).output).toEqual({
      out: [30, 10, 20],
      at: '2024-01-01T00:00:30.000Z',
    });
    expect((await run(def(1), [30, 10, 20])).output).toEqual({
      out: [30, 10, 20],
      at: '2024-01-01T00:01:00.000Z',
    });
    expect((await run(def(2), [30, 10, 20])).output).toEqual({
      out: [30, 10, 20],
      at: '2024-01-01T00:00:30.000Z',
    });
  });

  it('real time sleeps', async () => {
    const started = performance.now();
    const r = await run(
      { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 0.05, End: true } } },
      {},
      { time: 'real' },
    );
    expect(r.status).toBe('FAILED');
    const ok = await run(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'x', End: true } } },
      {},
      { time: 'real', taskHandler: () => ({ kind: 'return', value: 1, durationSeconds: 0.05 }) },
    );
    expect(ok.status).toBe('SUCCEEDED');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });
});
