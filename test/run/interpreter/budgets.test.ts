/**
 * Execution budgets: the wall-clock limit, AWS's history quota, the memory held by the history,
 * and internal errors that no Catcher may handle. Assertions are on outcomes, not durations.
 */
import { describe, expect, it } from 'vitest';
import { executionReport } from '../../../src/run/report/execution-report.ts';
import { HISTORY_LIMIT_CAUSE } from '../../../src/run/interpreter/limits.ts';
import { run } from './helpers.ts';

const JSONATA = { QueryLanguage: 'JSONata' } as const;

/** A Pass state looping to itself, its Output computed by `expr`. */
function loop(expr: string, extra: Record<string, unknown> = {}): unknown {
  return {
    ...JSONATA,
    ...extra,
    StartAt: 'Spin',
    States: { Spin: { Type: 'Pass', Output: expr, Next: 'Spin' } },
  };
}

/** A Task wrapped in a Catch on States.ALL (so a catchable error would end in `Caught`). */
function caughtTask(): unknown {
  return {
    StartAt: 'T',
    States: {
      T: {
        Type: 'Task',
        Resource: 'r',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }],
        End: true,
      },
      Caught: { Type: 'Pass', Result: 'caught', End: true },
    },
  };
}

describe('wall-clock budget (timeoutMs)', () => {
  it('stops a loop of CPU-bound states, naming the state being executed', async () => {
    const def = loop('{% $sum($map([1..2000], function($v) { $v * 2 })) %}');
    await expect(
      run(def, {}, { type: 'EXPRESS', maxTransitions: 10_000_000, timeoutMs: 100 }),
    ).rejects.toMatchObject({
      name: 'ExecutionBudgetExceeded',
      state: 'Spin',
      message:
        "the execution ran longer than its wall-clock budget of 0.1 s while executing the state 'Spin'",
    });
  });

  it('stops a single long JSONata evaluation from inside (the step hook checks the clock)', async () => {
    const def = {
      ...JSONATA,
      StartAt: 'Sum',
      States: {
        Sum: {
          Type: 'Pass',
          Output: '{% $reduce([1..900000], function($a, $v) { $a + $v }) %}',
          End: true,
        },
      },
    };
    await expect(run(def, {}, { timeoutMs: 20 })).rejects.toMatchObject({
      name: 'ExecutionBudgetExceeded',
      state: 'Sum',
    });
  });

  it('stops a task handler that never answers; no Catcher handles it', async () => {
    await expect(
      run(caughtTask(), {}, { taskHandler: () => new Promise(() => {}), timeoutMs: 50 }),
    ).rejects.toMatchObject({ name: 'ExecutionBudgetExceeded', state: 'T' });
  });

  it('cuts a real-time Wait short at the budget', async () => {
    const def = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } };
    await expect(run(def, {}, { time: 'real', timeoutMs: 50 })).rejects.toMatchObject({
      name: 'ExecutionBudgetExceeded',
      state: 'W',
    });
  });

  it('has no limit when timeoutMs is absent, 0 or Infinity', async () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
    for (const timeoutMs of [undefined, 0, Infinity]) {
      const r = await run(def, { a: 1 }, timeoutMs === undefined ? {} : { timeoutMs });
      expect(r.status).toBe('SUCCEEDED');
    }
  });
});

describe("AWS's history quota: 25,000 events", () => {
  it('fails a STANDARD execution at event 25,000 with States.Runtime and AWS cause', async () => {
    const r = await run({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A' } } }, { x: 1 });
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: HISTORY_LIMIT_CAUSE,
    });
    expect(r.cause).toBe('The execution reached the maximum number of history events (25000).');
    // floci-io/floci#2734 (measured on AWS): event 24,999 is the last one the machine produced,
    // event 25,000 the ExecutionFailed.
    const last = r.events.at(-1);
    const before = r.events.at(-2);
    expect(last).toMatchObject({ type: 'ExecutionFailed', id: 25_000 });
    expect(before).toMatchObject({ type: 'StateExited', id: 24_999 });
    expect(r.events.filter((e) => e.id !== undefined)).toHaveLength(25_000);
  });

  it('lets an execution whose event 25,000 is ExecutionSucceeded succeed', async () => {
    // 1 ExecutionStarted + 4 per round (Pass and Choice, entered and exited) + the Succeed
    // state's 2 + ExecutionSucceeded: 4k + 4 events.
    const def = (rounds: number) => ({
      ...JSONATA,
      StartAt: 'Count',
      States: {
        Count: { Type: 'Pass', Output: '{% $states.input + 1 %}', Next: 'More?' },
        'More?': {
          Type: 'Choice',
          Choices: [{ Condition: `{% $states.input < ${rounds} %}`, Next: 'Count' }],
          Default: 'Done',
        },
        Done: { Type: 'Succeed' },
      },
    });
    const exact = await run(def(6_249), 0);
    expect(exact.status).toBe('SUCCEEDED');
    expect(exact.events.at(-1)).toMatchObject({ type: 'ExecutionSucceeded', id: 25_000 });
    const over = await run(def(6_250), 0);
    expect(over).toMatchObject({ status: 'FAILED', cause: HISTORY_LIMIT_CAUSE });
  });

  it('is not caught by a Catcher on States.ALL (an enclosing Parallel)', async () => {
    const def = {
      StartAt: 'Par',
      States: {
        Par: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A' } } }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }],
          End: true,
        },
        Caught: { Type: 'Succeed' },
      },
    };
    const r = await run(def, {});
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: HISTORY_LIMIT_CAUSE,
    });
    expect(r.statesEntered).not.toContain('Caught');
  });

  it('counts inline Map iterations in the execution, Distributed Map children in their own histories', async () => {
    const processor = { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } };
    const items = Array.from({ length: 7_000 }, (_, i) => i);
    const inline = await run(
      { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: processor, End: true } } },
      items,
    );
    expect(inline).toMatchObject({ status: 'FAILED', cause: HISTORY_LIMIT_CAUSE });
    const distributed = await run(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemProcessor: {
              ...processor,
              ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
            },
            End: true,
          },
        },
      },
      items,
    );
    expect(distributed.status).toBe('SUCCEEDED');
    expect(distributed.output).toHaveLength(7_000);
  });

  it('fails a Distributed Map child that reaches its own quota; the Map counts the failure', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ToleratedFailurePercentage: 50,
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED' },
            StartAt: 'Which',
            States: {
              Which: {
                Type: 'Choice',
                Choices: [{ Variable: '$', NumericEquals: 0, Next: 'Spin' }],
                Default: 'Done',
              },
              Spin: { Type: 'Pass', Next: 'Spin' },
              Done: { Type: 'Succeed' },
            },
          },
          End: true,
        },
      },
    };
    const r = await run(def, [0, 1]);
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: [null, 1] });
    const failed = r.events.find((e) => e.type === 'MapIterationFailed');
    expect(failed?.details).toMatchObject({
      index: 0,
      error: 'States.Runtime',
      cause: HISTORY_LIMIT_CAUSE,
    });
  });

  it('bounds the events of a whole run (children included)', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: {
            ProcessorConfig: { Mode: 'DISTRIBUTED' },
            StartAt: 'Spin',
            States: { Spin: { Type: 'Pass', Next: 'Spin' } },
          },
          End: true,
        },
      },
    };
    await expect(
      run(
        def,
        Array.from({ length: 20 }, (_, i) => i),
      ),
    ).rejects.toMatchObject({
      name: 'ExecutionBudgetExceeded',
      message: expect.stringContaining('recorded more than 250000 events') as unknown,
    });
  });

  it('does not apply to EXPRESS executions (maxTransitions still ends a loop)', async () => {
    const r = await run(
      { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A' } } },
      {},
      { type: 'EXPRESS' },
    );
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('exceeded 25000 state transitions');
  });
});

describe('memory held by the history', () => {
  it('keeps payloads up to its budget, then their sizes only; the report still has the sizes', async () => {
    const big = 'x'.repeat(200_000);
    const r = await run(
      { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A' } } },
      { big },
      { type: 'EXPRESS', maxTransitions: 120 },
    );
    const entered = r.events.filter((e) => e.type === 'StateEntered');
    expect(entered).toHaveLength(120);
    // The same input object is shared by every state: kept once, so never truncated.
    expect(entered.every((e) => e.details?.['input'] !== undefined)).toBe(true);

    const fresh = await run(
      {
        ...JSONATA,
        StartAt: 'A',
        States: { A: { Type: 'Pass', Output: '{% {"big": $states.input.big & ""} %}', Next: 'A' } },
      },
      { big },
      { type: 'EXPRESS', maxTransitions: 120 },
    );
    const exited = fresh.events.filter((e) => e.type === 'StateExited');
    const kept = exited.filter((e) => e.details?.['output'] !== undefined);
    const truncated = exited.filter((e) => e.details?.['outputDetails'] !== undefined);
    expect(kept.length).toBeGreaterThan(0);
    expect(truncated.length).toBeGreaterThan(0);
    expect(kept.length + truncated.length).toBe(120);
    expect(truncated[0]?.details?.['outputDetails']).toStrictEqual({
      truncated: true,
      bytes: 200_010,
    });
    const report = executionReport(fresh, {});
    expect(report.payloads.largestOutput?.value).toBe(200_010);
  });
});

describe('internal errors stay internal', () => {
  it('a RangeError from a task handler ends the run as an InterpreterError, not a caught TaskFailed', async () => {
    await expect(
      run(
        caughtTask(),
        {},
        {
          taskHandler: () => {
            throw new RangeError('Maximum call stack size exceeded');
          },
        },
      ),
    ).rejects.toMatchObject({
      name: 'InterpreterError',
      state: 'T',
      message: "RangeError: Maximum call stack size exceeded (in state 'T')",
    });
  });

  it('a real stack overflow in a task handler too', async () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    await expect(
      run(caughtTask(), {}, { taskHandler: () => ({ kind: 'return', value: recurse(0) }) }),
    ).rejects.toMatchObject({ name: 'InterpreterError' });
  });

  it('an Error thrown on purpose is still the task error, whatever its name', async () => {
    const r = await run(
      caughtTask(),
      {},
      {
        taskHandler: () => {
          throw Object.assign(new Error('not ready'), { name: 'RangeError' });
        },
      },
    );
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: 'caught' });
  });
});
