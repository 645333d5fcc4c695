import { describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../../src/run/embedded/embedded-engine.ts';
import { planEmbedded } from '../../../src/run/embedded/embedded-definition.ts';
import type { EngineOutcome, RunRequest, RunResult } from '../../../src/run/engine-contract.ts';
import type { MockConfigFile } from '../../../src/run/mocks/mock-config.ts';

const engine = createEmbeddedEngine();

async function run(request: RunRequest): Promise<RunResult> {
  const outcome: EngineOutcome = await engine.run(request);
  if (outcome.kind !== 'ran') throw new Error(`skipped: ${outcome.reason}`);
  return outcome.result;
}

const task = (extra: Record<string, unknown> = {}) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  End: true,
  ...extra,
});
const retrier = { ErrorEquals: ['Boom'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 };
const mocks: MockConfigFile = {
  StateMachines: { M: { TestCases: { TwoFailures: { T: 'R' }, AlwaysFails: { T: 'Fails' } } } },
  MockedResponses: {
    R: { '0-1': { Throw: { Error: 'Boom', Cause: 'no' } }, '2': { Return: { ok: 1 } } },
    Fails: { '0-9': { Throw: { Error: 'Boom', Cause: 'no' } } },
  },
};
const mocked = (testCase: string) => ({ mocks, stateMachineName: 'M', testCase });

describe('the embedded engine', () => {
  it('shortens Waits by default: an hour-long Wait takes milliseconds', async () => {
    const started = Date.now();
    const r = await run({
      definition: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } },
      input: { a: 1 },
    });
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { a: 1 }, statesEntered: ['W'] });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('keeps real timing when asked', async () => {
    const started = Date.now();
    const r = await run({
      definition: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, End: true } } },
      input: {},
      time: 'real',
    });
    expect(r.status).toBe('SUCCEEDED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("times out on the virtual clock when a Wait passes the machine's TimeoutSeconds", async () => {
    const definition = {
      TimeoutSeconds: 60,
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'W' },
        W: { Type: 'Wait', SecondsPath: '$.wait', Next: 'Z' },
        Z: { Type: 'Pass', End: true },
      },
    };
    expect(await run({ definition, input: { wait: 61 } })).toMatchObject({
      status: 'TIMED_OUT',
      statesEntered: ['A', 'W'],
    });
    expect(await run({ definition, input: { wait: 59 } })).toMatchObject({
      status: 'SUCCEEDED',
      statesEntered: ['A', 'W', 'Z'],
    });
  });

  it('counts Timestamp waits and the EXPRESS five-minute limit', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const definition = {
      StartAt: 'W',
      States: { W: { Type: 'Wait', Timestamp: inAnHour, End: true } },
    };
    expect((await run({ definition, input: {} })).status).toBe('SUCCEEDED');
    expect((await run({ definition, input: {}, type: 'EXPRESS' })).status).toBe('TIMED_OUT');
  });

  it('counts retry intervals with backoff on the virtual clock', async () => {
    const definition = (timeout: number) => ({
      TimeoutSeconds: timeout,
      StartAt: 'T',
      States: { T: task({ Retry: [retrier] }) },
    });
    // retries wait 2 s then 4 s: 6 s in all
    expect(
      await run({ definition: definition(7), input: {}, ...mocked('TwoFailures') }),
    ).toMatchObject({
      status: 'SUCCEEDED',
      output: { ok: 1 },
    });
    expect(
      await run({ definition: definition(5), input: {}, ...mocked('TwoFailures') }),
    ).toMatchObject({
      status: 'TIMED_OUT',
    });
    // 2 + 4 + 8 s, then the retrier gives up: the error, not a timeout
    expect(
      await run({ definition: definition(100), input: {}, ...mocked('AlwaysFails') }),
    ).toMatchObject({
      status: 'FAILED',
      error: 'Boom',
      cause: 'no',
    });
  });

  it('serves Task states from the mocks, errors matched by Retry and Catch', async () => {
    const definition = {
      StartAt: 'T',
      States: {
        T: task({
          Retry: [{ ...retrier, MaxAttempts: 1 }],
          Catch: [{ ErrorEquals: ['Boom'], ResultPath: '$.err', Next: 'C' }],
          End: undefined,
        }),
        C: { Type: 'Pass', End: true },
      },
    };
    expect(await run({ definition, input: { x: 1 }, ...mocked('AlwaysFails') })).toMatchObject({
      status: 'SUCCEEDED',
      output: { x: 1, err: { Error: 'Boom', Cause: 'no' } },
      statesEntered: ['T', 'C'],
    });
  });

  it('fills the context object with the execution and state machine identity', async () => {
    const definition = {
      StartAt: 'Hello',
      States: {
        Hello: {
          Type: 'Pass',
          Parameters: {
            'name.$': '$$.Execution.Name',
            'id.$': '$$.Execution.Id',
            'machine.$': '$$.StateMachine.Name',
            'state.$': '$$.State.Name',
            'input.$': '$$.Execution.Input',
          },
          End: true,
        },
      },
    };
    const r = await run({
      definition,
      input: { q: 1 },
      executionName: 'e-1',
      stateMachineName: 'Orders',
    });
    expect(r.output).toStrictEqual({
      name: 'e-1',
      id: 'arn:aws:states:us-east-1:123456789012:execution:Orders:e-1',
      machine: 'Orders',
      state: 'Hello',
      input: { q: 1 },
    });
  });

  it('reports a Fail state without Error or Cause as null, as AWS does', async () => {
    const r = await run({
      definition: { StartAt: 'F', States: { F: { Type: 'Fail' } } },
      input: {},
    });
    expect(r).toMatchObject({ status: 'FAILED', error: null, cause: null });
    const withBoth = await run({
      definition: { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: 'C' } } },
      input: {},
    });
    expect(withBoth).toMatchObject({ error: 'E', cause: 'C' });
  });

  it('records nested states entered and the events', async () => {
    const r = await run({
      definition: {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            MaxConcurrency: 1,
            ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } },
            End: true,
          },
        },
      },
      input: [1, 2],
    });
    expect(r.statesEntered).toStrictEqual(['M', 'I', 'I']);
    expect(r.events[0]).toMatchObject({ type: 'ExecutionStarted' });
    expect(r.events.at(-1)).toMatchObject({ type: 'ExecutionSucceeded' });
  });

  it('skips what it cannot run, and refuses a Task without a mock or with an incomplete one', async () => {
    expect(
      await engine.run({
        definition: { StartAt: 'A', States: { A: { Type: 'Pass', Assign: { a: 1 }, End: true } } },
        input: {},
      }),
    ).toStrictEqual({
      kind: 'skipped',
      reason: "not supported by the embedded engine: Assign (variables) at state 'A'",
    });
    await expect(
      engine.run({ definition: { StartAt: 'T', States: { T: task() } }, input: {} }),
    ).rejects.toMatchObject({
      code: 'TaskWithoutMock',
    });
    const short: MockConfigFile = {
      ...mocks,
      MockedResponses: {
        ...mocks.MockedResponses,
        R: { '0': { Throw: { Error: 'Boom', Cause: 'no' } } },
      },
    };
    await expect(
      engine.run({
        definition: { StartAt: 'T', States: { T: task({ Retry: [retrier] }) } },
        input: {},
        ...mocked('TwoFailures'),
        mocks: short,
      }),
    ).rejects.toMatchObject({ code: 'IncompleteMock' });
  });

  it('reports a definition its validator rejects as an error, not a result', async () => {
    await expect(
      engine.run({
        definition: { StartAt: 'Nowhere', States: { A: { Type: 'Pass', End: true } } },
        input: {},
      }),
    ).rejects.toMatchObject({ code: 'EngineRejectedDefinition' });
  });
});

describe('planEmbedded', () => {
  const definition = {
    TimeoutSeconds: 30,
    StartAt: 'A',
    States: {
      A: {
        Type: 'Pass',
        Parameters: { 'me.$': '$$.State.Name', nested: [{ 'x.$': '$$.State.Name' }] },
        Next: 'W',
      },
      W: { Type: 'Wait', Seconds: 1, Next: 'P' },
      P: {
        Type: 'Parallel',
        Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }],
        Retry: [retrier],
        End: true,
      },
    },
  };

  it('makes $$.State.Name literal and moves the deadline to the virtual clock', () => {
    const plan = planEmbedded(definition, { time: 'virtual', type: 'STANDARD' });
    expect(plan.definition['TimeoutSeconds']).toBeUndefined();
    expect(
      (plan.definition['States'] as Record<string, { Parameters?: unknown }>)['A']?.Parameters,
    ).toStrictEqual({
      me: 'A',
      nested: [{ x: 'A' }],
    });
    expect(plan).toMatchObject({
      virtualDeadline: 30,
      waitTimeOverrides: { W: 1 },
      retryIntervalOverrides: { P: 1 },
    });
    expect(definition.TimeoutSeconds).toBe(30); // the input is not changed
  });

  it('shortens to 0 ms without a deadline, and leaves timing alone in real time', () => {
    const { TimeoutSeconds: _t, ...noDeadline } = definition;
    expect(planEmbedded(noDeadline, { time: 'virtual', type: 'STANDARD' })).toMatchObject({
      waitTimeOverrides: { W: 0 },
      retryIntervalOverrides: { P: 0 },
    });
    const real = planEmbedded(noDeadline, { time: 'real', type: 'EXPRESS' });
    expect(real.waitTimeOverrides).toBeUndefined();
    expect(real.definition['TimeoutSeconds']).toBe(300);
  });

  it('removes "ResultPath": "$" from states and catchers (the engine reads it as a key)', async () => {
    const rooted = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          ResultPath: '$',
          Catch: [
            { ErrorEquals: ['Boom'], ResultPath: '$', Next: 'D' },
            { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'D' },
          ],
          End: true,
        },
        D: { Type: 'Pass', ResultPath: '$.kept', End: true },
      },
    };
    const states = planEmbedded(rooted, { time: 'virtual', type: 'STANDARD' }).definition[
      'States'
    ] as Record<string, Record<string, unknown>>;
    expect(states['T']).not.toHaveProperty('ResultPath');
    expect(states['T']?.['Catch']).toStrictEqual([
      { ErrorEquals: ['Boom'], Next: 'D' },
      { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'D' },
    ]);
    expect(states['D']?.['ResultPath']).toBe('$.kept');
    expect(rooted.States.T.ResultPath).toBe('$'); // the input is not changed

    const mocks = {
      StateMachines: { M: { TestCases: { Caught: { T: 'Boom' }, Ok: { T: 'Ok' } } } },
      MockedResponses: {
        Boom: { '0': { Throw: { Error: 'Boom', Cause: 'bang' } } },
        Ok: { '0': { Return: { r: 1 } } },
      },
    };
    const run = (testCase: string) =>
      createEmbeddedEngine().run({
        definition: rooted,
        input: { a: 1 },
        mocks,
        stateMachineName: 'M',
        testCase,
      });
    expect(await run('Ok')).toMatchObject({ result: { output: { r: 1 } } });
    expect(await run('Caught')).toMatchObject({
      result: { output: { Error: 'Boom', Cause: 'bang', kept: { Error: 'Boom', Cause: 'bang' } } },
    });
  });
});
