import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { derivePolicy } from '../../src/iac/index.ts';
import {
  JOB_STATUS_CODES,
  MAX_KEY_LENGTH,
  isFinalStatus,
  stateKey,
  statusRank,
} from '../../src/plans/index.ts';
import { LAMBDA, group, job, plan } from './fixtures.ts';
import { allStates, aslOf, exactSize, machinesOf, type AslState } from './support.ts';

/** The root machine's states by name. */
function statesOf(value: unknown): Map<string, AslState> {
  const [root] = machinesOf(value);
  return new Map(allStates(aslOf(root?.machine as never)));
}

/** Names of the status reports of a job in a compiled plan (DynamoDB updates). */
function reported(states: Map<string, AslState>, key: string): string[] {
  return [...states]
    .filter(
      ([name, s]) =>
        name.startsWith(`${key} `) && String(s['Resource']).endsWith(':dynamodb:updateItem'),
    )
    .map(([name]) => name.slice(key.length + 1));
}

describe('state names', () => {
  it('are the job names (white space as _), or 33 characters, ~ and 6 hex digits of a hash', () => {
    expect(stateKey('load-prices')).toBe('load-prices');
    expect(stateKey('load prices')).toBe('load_prices');
    const long = stateKey('x'.repeat(100));
    expect(long).toMatch(/^x{33}~[0-9a-f]{6}$/);
    expect([...long]).toHaveLength(MAX_KEY_LENGTH);
    expect(stateKey('y'.repeat(41))).not.toBe(stateKey('y'.repeat(42)));
  });

  it('are unique, within 80 characters, and the same on every compilation', () => {
    const names = ['a b', 'a_b', `${'long '.repeat(20)}1`, `${'long '.repeat(20)}2`, 'a b RUNNING'];
    const value = plan(
      ...names
        .slice(0, 3)
        .map((n) => job(n, { executor: { kind: 'batch', image: 'i', jobQueue: 'q' } })),
      group(names[3] as string, 'parallel', [job(names[4] as string), job('z')]),
    );
    const [first] = machinesOf(value);
    const [second] = machinesOf(value);
    const a = compile(first?.machine as never);
    expect(compile(second?.machine as never).json).toBe(a.json);
    const states = allStates(a.asl as never).map(([n]) => n);
    expect(new Set(states).size).toBe(states.length);
    expect(Math.max(...states.map((n) => [...n].length))).toBeLessThanOrEqual(80);
    expect(states).toContain('a_b');
    expect(states.some((n) => /^a_b~[0-9a-f]{6}$/.test(n))).toBe(true);
  });
});

describe('status reports of a job', () => {
  it('QUEUED, SUBMITTED, RUNNING (request-response), FINISHING, SUCCEEDED, and CANCELLED / FAILED when caught', () => {
    const states = statesOf(
      plan(
        job('lambda'),
        job('batch', { executor: { kind: 'batch', image: 'i', jobQueue: 'q' } }),
        job('child', {
          executor: {
            kind: 'stateMachine',
            stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:c',
          },
        }),
        job('sync', { executor: { kind: 'task', resource: 'arn:aws:states:::ecs:runTask.sync' } }),
        job('call', { executor: { kind: 'task', resource: 'arn:aws:states:::sqs:sendMessage' } }),
        job('forced', {
          executor: {
            kind: 'task',
            resource: 'arn:aws:states:::ecs:runTask.sync',
            reportsRunning: true,
          },
        }),
      ),
    );
    const all = ['QUEUED', 'SUBMITTED', 'RUNNING', 'FINISHING', 'SUCCEEDED', 'CANCELLED', 'FAILED'];
    const noRunning = all.filter((s) => s !== 'RUNNING');
    const of = (key: string) => reported(states, key).sort();
    expect(of('lambda')).toStrictEqual(all.sort());
    expect(of('call')).toStrictEqual(all);
    expect(of('forced')).toStrictEqual(all);
    expect(of('batch')).toStrictEqual(noRunning.sort());
    expect(of('child')).toStrictEqual(noRunning);
    expect(of('sync')).toStrictEqual(noRunning);
  });

  it("catches cancellations first (timeouts by default, or the job's list), then every error", () => {
    const states = statesOf(plan(job('a'), job('b', { cancelledOn: ['Activity.Cancelled'] })));
    expect((states.get('a') as AslState)['Catch']).toStrictEqual([
      {
        ErrorEquals: ['States.Timeout', 'States.HeartbeatTimeout'],
        ResultPath: '$.failure',
        Next: 'a CANCELLED',
      },
      { ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'a FAILED' },
    ]);
    expect((states.get('b') as AslState)['Catch']).toMatchObject([
      { ErrorEquals: ['Activity.Cancelled'] },
      {},
    ]);
  });

  it('a status update only replaces a lower rank; final statuses share the top rank', () => {
    expect(JOB_STATUS_CODES.QUEUED).toBe(4);
    expect(JOB_STATUS_CODES.CANCELLED).toBe(10);
    expect(statusRank('QUEUED') < statusRank('SUBMITTED')).toBe(true);
    expect(statusRank('FINISHING') < statusRank('FAILED')).toBe(true);
    expect(
      new Set([statusRank('SUCCEEDED'), statusRank('FAILED'), statusRank('CANCELLED')]).size,
    ).toBe(1);
    expect(isFinalStatus('CANCELLED') && !isFinalStatus('FINISHING')).toBe(true);
    const update = statesOf(plan(job('a'))).get('a FINISHING') as AslState;
    expect(update).toMatchObject({
      Resource: 'arn:aws:states:::dynamodb:updateItem',
      Parameters: {
        ConditionExpression: 'attribute_not_exists(statusRank) OR statusRank < :rank',
        ExpressionAttributeValues: {
          ':status': { S: 'FINISHING' },
          ':code': { N: '7' },
          ':rank': { N: '7' },
        },
      },
      Catch: [
        {
          ErrorEquals: ['DynamoDB.ConditionalCheckFailedException'],
          Next: 'a FINISHING Unchanged',
        },
      ],
      Next: 'a FINISHING Event',
    });
  });
});

describe('the status sink', () => {
  const resources = (states: Map<string, AslState>) =>
    new Set([...states.values()].map((s) => String(s['Resource'] ?? '')).filter((r) => r !== ''));

  it('configurable: a table and a bus given at deploy time, a source and detail type', () => {
    const states = statesOf({
      ...plan(job('a')),
      statusSink: {
        dynamodb: { tableName: { placeholder: 'StatusTable' } },
        eventBridge: {
          eventBusName: 'arn:aws:events:us-east-1:123456789012:event-bus/risk',
          source: 'acme',
          detailType: 'Risk',
        },
      },
    });
    expect((states.get('a QUEUED') as AslState)['Parameters']).toMatchObject({
      TableName: '${StatusTable}',
    });
    expect((states.get('a QUEUED Event') as AslState)['Parameters']).toMatchObject({
      Entries: [
        {
          EventBusName: 'arn:aws:events:us-east-1:123456789012:event-bus/risk',
          Source: 'acme',
          DetailType: 'Risk',
        },
      ],
    });
  });

  it('either sink can be switched off; with both off no status states are left', () => {
    const noTable = statesOf({ ...plan(job('a')), statusSink: { dynamodb: false } });
    expect(resources(noTable)).not.toContain('arn:aws:states:::dynamodb:updateItem');
    expect(resources(noTable)).toContain('arn:aws:states:::events:putEvents');
    const none = statesOf({
      ...plan(job('a')),
      statusSink: { dynamodb: false, eventBridge: false },
    });
    expect([...resources(none)]).toStrictEqual(['arn:aws:states:::lambda:invoke']);
    expect([...none.keys()].some((n) => n.includes('Status'))).toBe(false);
  });

  it('the IAM policy the build derives covers the sink and every executor', () => {
    const value = {
      ...plan(
        job('a'),
        job('b', {
          executor: {
            kind: 'batch',
            image: 'i',
            jobQueue: 'arn:aws:batch:us-east-1:123456789012:job-queue/q',
          },
        }),
        job('c', {
          executor: {
            kind: 'demandExecution',
            stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:demand',
            request: {},
          },
        }),
        group('g', 'sequential', [job('d')]),
      ),
      statusSink: { dynamodb: { tableName: 'status' }, eventBridge: { eventBusName: 'risk' } },
    };
    // one byte less than the plan in one machine: the group becomes a child machine
    const [whole] = machinesOf(value);
    const bytes = exactSize(whole?.machine as never).bytes;
    const [root, ...children] = machinesOf(value, { maxDefinitionBytes: bytes - 1 });
    expect(children.map((c) => c.name)).toStrictEqual(['p-g']);
    const policy = derivePolicy(root?.machine.node as never).document;
    const grants = new Map<string, string[]>();
    for (const s of policy.Statement)
      for (const a of s.Action) grants.set(a, [...(grants.get(a) ?? []), ...s.Resource]);
    expect(grants.get('dynamodb:UpdateItem')).toStrictEqual(['arn:aws:dynamodb:*:*:table/status']);
    expect(grants.get('events:PutEvents')).toStrictEqual(['arn:aws:events:*:*:event-bus/risk']);
    expect(grants.get('lambda:InvokeFunction')).toContain(LAMBDA.functionArn);
    // the SubmitJob fragment reads the queue from the state (its Prep state): known at run time only
    expect(grants.get('batch:SubmitJob')).toStrictEqual(['*']);
    expect(grants.get('states:StartExecution')?.sort()).toStrictEqual([
      '${PGStateMachineArn}',
      'arn:aws:states:us-east-1:123456789012:stateMachine:demand',
    ]);
  });
});

describe('executors', () => {
  it('a Batch job: the SubmitJob fragment, the job context in its environment, timeout and retry', () => {
    const states = statesOf(
      plan(
        job('b', {
          executor: { kind: 'batch', image: 'img', jobQueue: 'q', environment: { MODE: 'full' } },
          timeoutSeconds: 600,
          retry: { maxAttempts: 1 },
        }),
      ),
    );
    expect(states.get('b SubmitJob API Call')).toMatchObject({
      Resource: 'arn:aws:states:::batch:submitJob.sync',
      TimeoutSeconds: 600,
    });
    expect(states.get('b Batch Job')).toMatchObject({
      Type: 'Parallel',
      Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 1, IntervalSeconds: 1, BackoffRate: 2 }],
    });
    const env = (
      (states.get('b SubmitJob Prep') as AslState)['Parameters'] as {
        ContainerOverrides: { Environment: unknown[] };
      }
    ).ContainerOverrides.Environment;
    expect(env).toStrictEqual([
      { Name: 'ASLC_JOB', Value: 'b' },
      { Name: 'ASLC_JOB_PATH', Value: '/jobs/0' },
      {
        Name: 'ASLC_JOB_SPEC',
        Value:
          '{"name":"b","path":"/jobs/0","jobType":"RUN_MODEL","runModel":{"model":"models/m"}}',
      },
      { Name: 'ASLC_JOB_TYPE', Value: 'RUN_MODEL' },
      { Name: 'ASLC_PLAN', Value: 'p' },
      { Name: 'ASLC_RUN_ID', 'Value.$': '$.run.id' },
      { Name: 'MODE', Value: 'full' },
    ]);
  });

  it('a demand execution: the workflow started with .sync:2, an execution_id unless the request has one', () => {
    const arn = 'arn:aws:states:us-east-1:123456789012:stateMachine:demand';
    const states = statesOf(
      plan(
        job('d', {
          executor: {
            kind: 'demandExecution',
            stateMachineArn: arn,
            request: { execution_type: 't' },
          },
        }),
        job('e', {
          executor: {
            kind: 'demandExecution',
            stateMachineArn: arn,
            request: { execution_id: 'fixed' },
          },
        }),
      ),
    );
    expect(states.get('d Demand Execution')).toMatchObject({
      Resource: 'arn:aws:states:::states:startExecution.sync:2',
      Parameters: {
        StateMachineArn: arn,
        Input: {
          execution_type: 't',
          'execution_id.$': "States.Format('{}-{}', $$.Execution.Name, 'd')",
        },
      },
    });
    expect(states.get('e Demand Execution')).toMatchObject({
      Parameters: { Input: { execution_id: 'fixed' } },
    });
  });

  it('a task: the given parameters (references allowed), retry, timeout and heartbeat', () => {
    const states = statesOf(
      plan(
        job('t', {
          executor: {
            kind: 'task',
            resource: { placeholder: 'WorkerActivityArn' },
            parameters: { 'runId.$': '$.run.id', mode: 'x' },
          },
          retry: { maxAttempts: 5, errors: ['Worker.Busy'], maxDelaySeconds: 60, jitter: 'FULL' },
          timeoutSeconds: 300,
          heartbeatSeconds: 30,
        }),
      ),
    );
    expect(states.get('t Task')).toStrictEqual({
      Type: 'Task',
      Resource: '${WorkerActivityArn}',
      Parameters: { 'runId.$': '$.run.id', mode: 'x' },
      ResultPath: null,
      OutputPath: '$.run',
      TimeoutSeconds: 300,
      HeartbeatSeconds: 30,
      Retry: [
        {
          ErrorEquals: ['Worker.Busy'],
          IntervalSeconds: 1,
          MaxAttempts: 5,
          BackoffRate: 2,
          MaxDelaySeconds: 60,
          JitterStrategy: 'FULL',
        },
      ],
      End: true,
    });
  });
});

describe('groups', () => {
  it("TRAC parallel groups record each branch's outcome, then a verdict", () => {
    const states = statesOf(plan(group('g', 'parallel', [job('a'), job('b')])));
    expect(states.get('g Jobs')).toMatchObject({
      ResultSelector: { 'oks.$': '$[*].ok', 'outcomes.$': '$' },
      ResultPath: '$.members',
    });
    expect(states.get('a')).toMatchObject({
      ResultSelector: { ok: true, job: 'a', path: '/jobs/0/jobGroup/parallel/jobs/0' },
    });
    expect(states.get('a Failure')).toMatchObject({
      Type: 'Pass',
      Parameters: { ok: false, job: 'a' },
      End: true,
    });
    expect(states.get('g Jobs Failed')).toMatchObject({
      Type: 'Fail',
      Error: 'JobGroupFailed',
      CausePath: '$.failures.cause',
    });
    expect(states.get('g Job Failed')).toMatchObject({ ErrorPath: '$.failures.list[0].error' });
  });

  it('failFast: a plain Parallel whose branches raise; no verdict', () => {
    const failFast = statesOf(
      plan(group('g', 'parallel', [job('a'), job('b')], { failFast: true })),
    );
    expect(failFast.get('g Jobs')).toMatchObject({ ResultPath: null });
    expect(failFast.has('g Verdict')).toBe(false);
    expect(failFast.get('a Fail')).toMatchObject({ Type: 'Fail', ErrorPath: '$.failure.Error' });
    const planWide = statesOf({ ...plan(group('g', 'parallel', [job('a')])), failFast: true });
    expect(planWide.has('g Verdict')).toBe(false);
  });

  it('a sequential group is its members in order; the first failure fails it with the same error', () => {
    const states = statesOf(plan(group('g', 'sequential', [job('a'), job('b')])));
    expect(states.get('a')).toMatchObject({ ResultPath: null, Next: 'b' });
    expect(states.get('a Fail')).toStrictEqual({
      Type: 'Fail',
      ErrorPath: '$.failure.Error',
      CausePath: '$.failure.Cause',
    });
    expect(states.get('g')).toMatchObject({
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'g FAILED' }],
    });
  });
});
