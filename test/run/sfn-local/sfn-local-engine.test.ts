import { describe, expect, it } from 'vitest';
import { createSfnLocalEngine, toResult } from '../../../src/run/sfn-local/sfn-local-engine.ts';
import {
  DEFAULT_SFN_LOCAL_IMAGE,
  testcontainersRuntime,
  type SfnLocalRuntime,
} from '../../../src/run/sfn-local/sfn-local-container.ts';
import { containerMachineName, mergeMockConfigs } from '../../../src/run/sfn-local/merge-mocks.ts';
import type { SfnApi } from '../../../src/run/sfn-api.ts';
import type { RunRequest } from '../../../src/run/engine-contract.ts';
import type { MockConfigFile } from '../../../src/run/mocks/mock-config.ts';
import { createInMemoryS3 } from '../../../src/run/mocks/in-memory-s3.ts';

const runtime = await testcontainersRuntime().available();

const definition = {
  StartAt: 'Call',
  States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
};
const mocks: MockConfigFile = {
  StateMachines: { Orders: { TestCases: { Happy: { Call: 'Ok' } } } },
  MockedResponses: { Ok: { '0': { Return: { StatusCode: 200 } } } },
};
const request: RunRequest = {
  definition,
  input: { id: 1 },
  mocks,
  stateMachineName: 'Orders',
  testCase: 'Happy',
};

/** A fake container runtime that records what it was asked to start. */
function fakeRuntime(options: { available?: true | string; startError?: Error } = {}) {
  const starts: { image: string; mockConfig?: string }[] = [];
  let stopped = 0;
  const runtime: SfnLocalRuntime = {
    available: async () => options.available ?? true,
    start: async (o) => {
      starts.push(o);
      if (options.startError) throw options.startError;
      return { endpoint: 'http://localhost:1', stop: async () => void stopped++ };
    },
  };
  return { runtime, starts, stopped: () => stopped };
}

/** A fake SFN API: answers ListStateMachines after `hangUps` failures, runs executions to `final`. */
function fakeApi(
  final: { status: string; output?: string; error?: string; cause?: string },
  hangUps = 0,
) {
  const calls: { op: string; input: unknown }[] = [];
  let listed = 0;
  let described = 0;
  const api: SfnApi = {
    listStateMachines: async () => {
      calls.push({ op: 'list', input: {} });
      if (listed++ < hangUps) throw new Error('socket hang up');
      return {};
    },
    createStateMachine: async (input) => {
      calls.push({ op: 'create', input });
      return {
        stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${input.name}`,
      };
    },
    deleteStateMachine: async (input) => void calls.push({ op: 'delete', input }),
    startExecution: async (input) => {
      calls.push({ op: 'start', input });
      return { executionArn: 'arn:aws:states:us-east-1:123456789012:execution:x:y' };
    },
    describeExecution: async (input) => {
      calls.push({ op: 'describe', input });
      return described++ === 0 ? { status: 'RUNNING' } : final;
    },
    getExecutionHistory: async (input) => {
      calls.push({ op: 'history', input });
      if (input.nextToken === undefined) {
        return {
          events: [
            { type: 'ExecutionStarted' },
            { type: 'TaskStateEntered', stateEnteredEventDetails: { name: 'Call' } },
          ],
          nextToken: 'page2',
        };
      }
      return { events: [{ type: 'ExecutionSucceeded' }] };
    },
    validateStateMachineDefinition: async () => ({ result: 'OK' }),
    testState: async () => ({}),
    destroy: () => void calls.push({ op: 'destroy', input: {} }),
  };
  return { api, calls };
}

describe('the sfn-local engine', () => {
  it.runIf(runtime !== true)(
    'is skipped with the reason when no container runtime answers (this machine)',
    async () => {
      const engine = createSfnLocalEngine({ env: {}, runtime: testcontainersRuntime() });
      const outcome = await engine.run(request);
      expect(outcome.kind).toBe('skipped');
      expect(outcome.kind === 'skipped' && outcome.reason).toMatch(/^no container runtime: /);
      await engine.dispose();
    },
  );

  it('is skipped when SFN_LOCAL_DISABLE=1, without probing', async () => {
    const fake = fakeRuntime();
    const engine = createSfnLocalEngine({ env: { SFN_LOCAL_DISABLE: '1' }, runtime: fake.runtime });
    expect(await engine.run(request)).toStrictEqual({
      kind: 'skipped',
      reason: 'disabled by SFN_LOCAL_DISABLE=1',
    });
    expect(fake.starts).toStrictEqual([]);
  });

  it('is skipped when the image cannot be started, and does not retry for every case', async () => {
    const fake = fakeRuntime({
      startError: new Error('pull access denied for amazon/aws-stepfunctions-local\nmore'),
    });
    const engine = createSfnLocalEngine({ env: {}, runtime: fake.runtime });
    const expected = {
      kind: 'skipped',
      reason: `could not start ${DEFAULT_SFN_LOCAL_IMAGE}: pull access denied for amazon/aws-stepfunctions-local`,
    };
    expect(await engine.run(request)).toStrictEqual(expected);
    expect(await engine.run(request)).toStrictEqual(expected);
    expect(fake.starts).toHaveLength(1);
  });

  it('refuses JSONata, variables and stateful services as skips', async () => {
    const engine = createSfnLocalEngine({ env: {}, runtime: fakeRuntime().runtime });
    const jsonata = { QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Succeed' } } };
    expect(await engine.run({ definition: jsonata, input: {} })).toStrictEqual({
      kind: 'skipped',
      reason: 'not supported by Step Functions Local: QueryLanguage JSONata at the top level',
    });
    const s3def = {
      StartAt: 'P',
      States: { P: { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:s3:putObject', End: true } },
    };
    expect(
      await engine.run({ definition: s3def, input: {}, services: [createInMemoryS3()] }),
    ).toMatchObject({
      kind: 'skipped',
      reason: expect.stringContaining("Task state 'P' is served by a stateful mock service"),
    });
    expect(engine.supports(definition)).toBe(true);
    // A Task the selected test case mocks is not the service's, also without a machine name
    // (the mock file's machine is then the default one, as for every other engine).
    const mocks = {
      StateMachines: { StateMachine: { TestCases: { T: { P: 'Ok' } } } },
      MockedResponses: { Ok: { '0': { Return: {} } } },
    };
    const noImage = createSfnLocalEngine({
      env: {},
      runtime: fakeRuntime({ startError: new Error('no image') }).runtime,
    });
    const mocked = await noImage.run({
      definition: s3def,
      input: {},
      services: [createInMemoryS3()],
      mocks,
      testCase: 'T',
    });
    expect(mocked).toStrictEqual({
      kind: 'skipped',
      reason: `could not start ${DEFAULT_SFN_LOCAL_IMAGE}: no image`,
    });
  });

  it('starts the image with the merged mock file, waits out the socket hang-ups and runs <machine>#<TestCase>', async () => {
    const fake = fakeRuntime();
    const { api, calls } = fakeApi({ status: 'SUCCEEDED', output: '{"done":true}' }, 2);
    const engine = createSfnLocalEngine({
      env: { SFN_LOCAL_IMAGE: 'mirror.example/sfn-local:2.0.0' },
      runtime: fake.runtime,
      api: async () => api,
      pollMs: 1,
    });
    const other: RunRequest = {
      ...request,
      mocks: { ...mocks, MockedResponses: { Ok: { '0': { Return: 2 } } } },
    };
    engine.prepare?.([request, other]);
    const outcome = await engine.run(request);
    expect(outcome).toStrictEqual({
      kind: 'ran',
      result: {
        status: 'SUCCEEDED',
        output: { done: true },
        error: null,
        cause: null,
        statesEntered: ['Call'],
        events: [
          { type: 'ExecutionStarted' },
          { type: 'TaskStateEntered', name: 'Call' },
          { type: 'ExecutionSucceeded' },
        ],
      },
    });
    expect(fake.starts).toHaveLength(1);
    expect(fake.starts[0]?.image).toBe('mirror.example/sfn-local:2.0.0');
    const started = JSON.parse(fake.starts[0]?.mockConfig ?? '{}') as MockConfigFile;
    expect(started).toStrictEqual(mergeMockConfigs([request, other]));
    const name = containerMachineName(request);
    expect(Object.keys(started.StateMachines)).toContain(name);
    expect(calls.filter((c) => c.op === 'list')).toHaveLength(3);
    expect(calls.find((c) => c.op === 'create')?.input).toMatchObject({
      name,
      definition: JSON.stringify(definition),
    });
    expect(calls.find((c) => c.op === 'start')?.input).toStrictEqual({
      stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${name}#Happy`,
      name: 'aslc-execution',
      input: '{"id":1}',
    });
    expect(calls.filter((c) => c.op === 'describe')).toHaveLength(2);
    expect(calls.at(-1)?.op).toBe('delete');
    // the second prepared request uses the same container
    await engine.run(other);
    expect(fake.starts).toHaveLength(1);
    await engine.dispose();
    expect(fake.stopped()).toBe(1);
    expect(calls.at(-1)?.op).toBe('destroy');
  });

  it('is skipped when the API never answers after start-up', async () => {
    const fake = fakeRuntime();
    const { api } = fakeApi({ status: 'SUCCEEDED' }, 1_000_000);
    const engine = createSfnLocalEngine({
      env: {},
      runtime: fake.runtime,
      api: async () => api,
      pollMs: 1,
      readyTimeoutMs: 20,
    });
    expect(await engine.run(request)).toStrictEqual({
      kind: 'skipped',
      reason: 'Step Functions Local did not answer: socket hang up',
    });
    expect(fake.stopped()).toBe(1);
  });

  it('still refuses a Task without a mock (it must not call AWS)', async () => {
    const engine = createSfnLocalEngine({ env: {}, runtime: fakeRuntime().runtime });
    await expect(engine.run({ definition, input: {} })).rejects.toMatchObject({
      code: 'TaskWithoutMock',
    });
  });
});

describe('mock files in a shared container', () => {
  it('namespaces machines and responses per mock file', () => {
    const a = mergeMockConfigs([request]);
    const name = containerMachineName(request);
    expect(name).toMatch(/^m[0-9a-f]{8}-Orders$/);
    const ns = name.slice(0, 9);
    expect(a).toStrictEqual({
      StateMachines: { [name]: { TestCases: { Happy: { Call: `${ns}-Ok` } } } },
      MockedResponses: { [`${ns}-Ok`]: { '0': { Return: { StatusCode: 200 } } } },
    });
    expect(mergeMockConfigs([request, request])).toStrictEqual(a);
    expect(containerMachineName({ definition, input: {} })).toBe('plain-StateMachine');
  });
});

describe('results from DescribeExecution and the history', () => {
  it('maps FAILED and TIMED_OUT with their error and cause', () => {
    expect(toResult({ status: 'FAILED', error: 'E', cause: 'C' }, [])).toMatchObject({
      status: 'FAILED',
      error: 'E',
      cause: 'C',
    });
    expect(
      toResult({ status: 'TIMED_OUT' }, [
        { type: 'ExecutionTimedOut', executionTimedOutEventDetails: { error: 'States.Timeout' } },
      ]),
    ).toMatchObject({ status: 'TIMED_OUT', error: null, cause: null });
    expect(() => toResult({ status: 'ABORTED' }, [])).toThrow('ABORTED');
  });
});
