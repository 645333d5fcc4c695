import { describe, expect, it } from 'vitest';
import { prepareTaskMocks } from '../../../src/run/mocks/task-mocks.ts';
import { createInMemoryS3 } from '../../../src/run/mocks/in-memory-s3.ts';
import type { MockConfigFile } from '../../../src/run/mocks/mock-config.ts';
import type { RunRequest } from '../../../src/run/engine-contract.ts';
import { AslcError } from '../../../src/util/errors.ts';

const definition = {
  StartAt: 'Call',
  States: {
    Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Fan' },
    Fan: {
      Type: 'Map',
      ItemProcessor: {
        StartAt: 'Inner',
        States: {
          Inner: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', End: true },
        },
      },
      End: true,
    },
  },
};

const mocks: MockConfigFile = {
  StateMachines: {
    M: {
      TestCases: {
        Full: { Call: 'Flaky', Inner: 'Sent' },
        Partial: { Call: 'Flaky' },
        Typo: { Call: 'Flaky', Inner: 'Sent', Cal: 'Sent' },
      },
    },
  },
  MockedResponses: {
    Flaky: {
      '0': { Throw: { Error: 'Lambda.ServiceException', Cause: 'down' } },
      '1-2': { Return: { StatusCode: 200, Payload: { n: 1 } } },
    },
    Sent: { '0-99': { Return: { MessageId: 'm' } } },
  },
};

const request = (extra: Partial<RunRequest>): RunRequest => ({
  definition,
  input: {},
  stateMachineName: 'M',
  mocks,
  ...extra,
});

function thrown(f: () => unknown): AslcError {
  try {
    f();
  } catch (e) {
    if (e instanceof AslcError) return e;
    throw e;
  }
  throw new Error('expected an AslcError');
}

describe('prepareTaskMocks', () => {
  it('serves invocation n of each state from its range, counting retries', async () => {
    const m = prepareTaskMocks(request({ testCase: 'Full' }));
    const call = () => m.serve('Call', 'arn:aws:states:::lambda:invoke', {});
    expect(await call()).toStrictEqual({
      kind: 'throw',
      error: 'Lambda.ServiceException',
      cause: 'down',
    });
    expect(await call()).toStrictEqual({
      kind: 'return',
      value: { StatusCode: 200, Payload: { n: 1 } },
    });
    expect(await call()).toStrictEqual({
      kind: 'return',
      value: { StatusCode: 200, Payload: { n: 1 } },
    });
    expect(m.invocations('Call')).toBe(3);
    expect(m.invocations('Inner')).toBe(0);
    expect(m.problems).toStrictEqual([]);
  });

  it('returns copies, so an engine cannot change the mock', async () => {
    const m = prepareTaskMocks(request({ testCase: 'Full' }));
    const first = await m.serve('Inner', 'r', {});
    if (first.kind === 'return') (first.value as { MessageId: string }).MessageId = 'changed';
    expect(await m.serve('Inner', 'r', {})).toStrictEqual({
      kind: 'return',
      value: { MessageId: 'm' },
    });
  });

  it('records an invocation no key covers as a problem', async () => {
    const m = prepareTaskMocks(request({ testCase: 'Full' }));
    for (let i = 0; i < 3; i++) await m.serve('Call', 'r', {});
    const fourth = await m.serve('Call', 'r', {});
    expect(fourth).toMatchObject({ kind: 'throw', error: 'States.Runtime' });
    expect(m.problems).toStrictEqual([
      "mocked response 'Flaky' has no entry for invocation 3 of state 'Call' (retries count as invocations)",
    ]);
  });

  it('refuses a Task state the test case does not mock, nested ones included', () => {
    const e = thrown(() => prepareTaskMocks(request({ testCase: 'Partial' })));
    expect(e.code).toBe('TaskWithoutMock');
    expect(e.state).toBe('Inner');
    expect(e.message).toBe(
      "Task state 'Inner' has no mock in test case 'Partial' of state machine 'M'; this engine never calls AWS",
    );
  });

  it('refuses Task states when there is no mock file at all', () => {
    const e = thrown(() => prepareTaskMocks({ definition, input: {} }));
    expect(e.code).toBe('TaskWithoutMock');
    expect(e.format()).toBe(
      "TaskWithoutMock: Task state 'Call' needs a mock: this engine never calls AWS (state 'Call'). Hint: pass a MockConfigFile (--mocks mocks.json --test-case NAME)",
    );
  });

  it('needs no mock for a definition without Task states', () => {
    const m = prepareTaskMocks({
      definition: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      input: {},
    });
    expect(m.problems).toStrictEqual([]);
  });

  it('refuses a mock for a state that is not a Task of the definition', () => {
    const e = thrown(() => prepareTaskMocks(request({ testCase: 'Typo' })));
    expect(e.code).toBe('MockForUnknownState');
    expect(e.state).toBe('Cal');
  });

  it('refuses an unknown or missing test case and an invalid file', () => {
    expect(thrown(() => prepareTaskMocks(request({ testCase: 'Nope' }))).code).toBe(
      'UnknownTestCase',
    );
    expect(thrown(() => prepareTaskMocks(request({}))).code).toBe('UnknownTestCase');
    const invalid = {
      ...mocks,
      MockedResponses: { Flaky: { x: { Return: 1 } } },
    } as unknown as MockConfigFile;
    const e = thrown(() => prepareTaskMocks(request({ testCase: 'Full', mocks: invalid })));
    expect(e.code).toBe('InvalidMockFile');
    expect(e.message).toContain('/MockedResponses/Flaky');
  });

  it('lets a stateful service serve the states the test case leaves out', async () => {
    const s3 = createInMemoryS3();
    const def = {
      StartAt: 'Put',
      States: {
        Put: { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:s3:putObject', Next: 'Call' },
        Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true },
      },
    };
    const m = prepareTaskMocks({
      ...request({ testCase: 'Partial' }),
      definition: def,
      services: [s3],
    });
    const put = await m.serve('Put', 'arn:aws:states:::aws-sdk:s3:putObject', {
      Bucket: 'b',
      Key: 'k',
      Body: 'x',
    });
    expect(put.kind).toBe('return');
    expect(s3.get('b', 'k')).toBe('x');
    // the test case wins over a service for the states it maps
    expect((await m.serve('Call', 'arn:aws:states:::lambda:invoke', {})).kind).toBe('throw');
  });

  it('records a call a service cannot serve (it throws) as a problem, not a result', async () => {
    const picky = {
      name: 'picky',
      handles: (resource: string) => resource === 'arn:aws:states:::sqs:sendMessage',
      invoke: () => {
        throw new Error('not my function');
      },
    };
    const m = prepareTaskMocks({ ...request({ testCase: 'Partial' }), services: [picky] });
    expect(m.problems).toStrictEqual([]);
    const outcome = await m.serve('Inner', 'arn:aws:states:::sqs:sendMessage', {});
    const message = "the picky service cannot serve Task state 'Inner': not my function";
    expect(outcome).toStrictEqual({ kind: 'throw', error: 'States.Runtime', cause: message });
    expect(m.problems).toStrictEqual([message]);
  });

  it('names the services when none serves an unmocked state', () => {
    const e = thrown(() =>
      prepareTaskMocks({ definition, input: {}, services: [createInMemoryS3()] }),
    );
    expect(e.message).toBe(
      "Task state 'Call' needs a mock: this engine never calls AWS and no stateful service (s3) serves arn:aws:states:::lambda:invoke",
    );
  });
});
