import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import {
  planMocks,
  statusEvents,
  statusUpdates,
  type PlanMockCase,
} from '../../src/plans/index.ts';
import type { RunResult } from '../../src/run/engine-contract.ts';
import { createEngine } from '../../src/run/create-engine.ts';
import type { MockConfigFile } from '../../src/run/mocks/mock-config.ts';
import { validateMockConfig } from '../../src/run/mocks/validate-mock-config.ts';
import { group, job, plan } from './fixtures.ts';
import { exactSize, machinesOf } from './support.ts';

/**
 * planMocks and statusUpdates (aslc/plans): the mocks a user generates for a plan run it on the
 * native engine, every job succeeding unless the test case fails it, and the status updates the
 * run sent are read back in order.
 */
const BATCH = {
  kind: 'batch',
  image: 'acme/loader:1',
  jobQueue: 'arn:aws:batch:us-east-1:123456789012:job-queue/etl',
};
const value = plan(
  job('a'),
  group('g', 'parallel', [
    job('b', { retry: { maxAttempts: 3 } }),
    job('c', { executor: BATCH, retry: { maxAttempts: 1 } }),
  ]),
  job('d', {
    executor: { kind: 'task', resource: 'arn:aws:states:::sqs:sendMessage', parameters: {} },
  }),
);

async function run(
  mocks: MockConfigFile,
  testCase: string,
  source: unknown = value,
): Promise<RunResult> {
  const [root] = machinesOf(source);
  const outcome = await createEngine('native').run({
    definition: compile(root?.machine as never).asl,
    input: {},
    mocks,
    testCase,
    stateMachineName: 'p',
  });
  if (outcome.kind !== 'ran') throw new Error(outcome.reason);
  return outcome.result;
}

const job4 = (name: string, running = true) => [
  `${name} QUEUED`,
  `${name} SUBMITTED`,
  ...(running ? [`${name} RUNNING`] : []),
  `${name} FINISHING`,
  `${name} SUCCEEDED`,
];

describe('planMocks', () => {
  it('mocks every Task state; by default every job succeeds and every status is reported', async () => {
    const mocks = planMocks(value) as MockConfigFile;
    expect(validateMockConfig(mocks)).toStrictEqual([]);
    expect(Object.keys(mocks.StateMachines)).toStrictEqual(['p']);
    const mapping = mocks.StateMachines['p']?.TestCases['Success'] ?? {};
    expect(mapping).toMatchObject({
      'a Invoke': 'LambdaOk',
      'a QUEUED': 'StatusStored',
      'a QUEUED Event': 'EventSent',
      'c SubmitJob API Call': 'Submitted',
      'c RegisterJobDefinition API Call': 'Registered',
      'd Task': 'TaskOk',
    });
    const result = await run(mocks, 'Success');
    expect(result.status).toBe('SUCCEEDED');
    expect(statusUpdates(result)).toStrictEqual([
      'p RUNNING',
      ...job4('a'),
      'g RUNNING',
      ...job4('b'),
      ...job4('c', false),
      'g SUCCEEDED',
      ...job4('d'),
      'p SUCCEEDED',
    ]);
    expect(statusEvents(result)).toStrictEqual(statusUpdates(result));
  });

  it('a failed job throws on every attempt (retries included); its group and the plan fail', async () => {
    const mocks = planMocks(value, {
      testCases: { Success: {}, BFails: { fail: ['b'] } },
    }) as MockConfigFile;
    expect(Object.keys(mocks.StateMachines['p']?.TestCases ?? {})).toStrictEqual([
      'Success',
      'BFails',
    ]);
    expect(mocks.MockedResponses['b fails']).toStrictEqual({
      '0-99': { Throw: { Error: 'States.TaskFailed', Cause: "job 'b' failed (mocked)" } },
    });
    const result = await run(mocks, 'BFails');
    expect([result.status, result.error]).toStrictEqual(['FAILED', 'States.TaskFailed']);
    const updates = statusUpdates(result);
    expect(updates).toContain('b FAILED');
    expect(updates).toContain('c SUCCEEDED'); // its parallel sibling runs to its end
    expect(updates.slice(-2)).toStrictEqual(['g FAILED', 'p FAILED']);
    expect(updates.some((u) => u.startsWith('d '))).toBe(false);
    const attempts = result.events.filter(
      (e) => e.type === 'TaskScheduled' && e.name === 'b Invoke',
    );
    expect(attempts).toHaveLength(4);
  });

  it('a Batch job fails at its submit (and deregisters); States.Timeout reports CANCELLED', async () => {
    const mocks = planMocks(value, {
      testCases: {
        C: { fail: ['c'], error: 'Batch.JobFailed', cause: 'exit 3' },
        Late: { fail: ['a'], error: 'States.Timeout' },
      },
    }) as MockConfigFile;
    const c = await run(mocks, 'C');
    expect([c.status, c.error, c.cause]).toStrictEqual(['FAILED', 'Batch.JobFailed', 'exit 3']);
    expect(c.statesEntered).toContain('c FAIL DeregisterJobDefinition API Call');
    const late = await run(mocks, 'Late');
    expect([late.status, late.error]).toStrictEqual(['FAILED', 'States.Timeout']);
    expect(statusUpdates(late).slice(-2)).toStrictEqual(['a CANCELLED', 'p FAILED']);
  });

  it('serves chosen states with named responses, and refuses what it cannot mock', () => {
    const custom: PlanMockCase = {
      states: { 'a Invoke': 'Flaky' },
      responses: {
        Flaky: {
          '0': { Throw: { Error: 'Lambda.ServiceException', Cause: 'x' } },
          '1': { Return: { StatusCode: 200, Payload: {} } },
        },
      },
    };
    const mocks = planMocks(value, { testCases: { Retry: custom } });
    expect(mocks.StateMachines['p']?.TestCases['Retry']?.['a Invoke']).toBe('Flaky');
    const refused =
      (testCase: PlanMockCase, options = {}) =>
      () =>
        planMocks(value, { ...options, testCases: { T: testCase } });
    expect(refused({ fail: ['nope'] })).toThrow(expect.objectContaining({ code: 'UnknownJob' }));
    expect(refused({ fail: ['g'] })).toThrow(expect.objectContaining({ code: 'NotAJob' }));
    expect(refused({ states: { 'nope Invoke': 'LambdaOk' } })).toThrow(
      expect.objectContaining({ code: 'UnknownTaskState' }),
    );
    expect(refused({ states: { 'a Invoke': 'Missing' } })).toThrow(
      expect.objectContaining({ code: 'UnknownResponse' }),
    );
    expect(refused({}, { machine: 'nope' })).toThrow(
      expect.objectContaining({ code: 'UnknownMachine', hint: 'its machines are p' }),
    );
  });

  it('a job of a child machine is mocked with that machine (--machine), not the root', async () => {
    const split = plan(job('a'), group('g', 'sequential', [job('b'), job('c')]));
    const [whole] = machinesOf(split);
    const limit = { maxDefinitionBytes: exactSize(whole?.machine as never).bytes - 1 };
    const [, child] = machinesOf(split, limit);
    expect(() => planMocks(split, { ...limit, testCases: { T: { fail: ['b'] } } })).toThrow(
      expect.objectContaining({
        code: 'JobInOtherMachine',
        message: expect.stringContaining(child?.name as string),
      }),
    );
    const mocks = planMocks(split, {
      ...limit,
      machine: child?.name as string,
      testCases: { T: { fail: ['b'] } },
    });
    expect(Object.keys(mocks.StateMachines)).toStrictEqual([child?.name]);
    expect(mocks.StateMachines[child?.name as string]?.TestCases['T']?.['b Invoke']).toBe(
      'b fails',
    );
  });
});

describe('statusUpdates', () => {
  it("reads the sink's updates only (not a job's own DynamoDB calls); the events when DynamoDB is off", async () => {
    const own = job('own', {
      executor: {
        kind: 'task',
        resource: 'arn:aws:states:::dynamodb:updateItem',
        parameters: {
          TableName: 'mine',
          Key: { jobName: { S: 'x' } },
          UpdateExpression: 'SET s = :status',
          ExpressionAttributeValues: { ':status': { S: 'FAKE' } },
        },
      },
    });
    const withOwn = plan(own);
    const result = await run(planMocks(withOwn) as MockConfigFile, 'Success', withOwn);
    expect(statusUpdates(result)).toStrictEqual(['p RUNNING', ...job4('own'), 'p SUCCEEDED']);
    const eventsOnly = { ...plan(job('a')), statusSink: { dynamodb: false } };
    const r = await run(planMocks(eventsOnly) as MockConfigFile, 'Success', eventsOnly);
    expect(statusUpdates(r)).toStrictEqual(['p RUNNING', ...job4('a'), 'p SUCCEEDED']);
    const none = { ...plan(job('a')), statusSink: { dynamodb: false, eventBridge: false } };
    expect(
      statusUpdates(await run(planMocks(none) as MockConfigFile, 'Success', none)),
    ).toStrictEqual([]);
  });
});
