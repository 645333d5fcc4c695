// State-machine assembly (spec/fragments.md §15): env-base naming, log groups, and the IAM
// policy documents of fragments (golden files under golden/fragments/policies/).
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DslError, compile, pass } from '../../src/index.ts';
import {
  batchInvokedLambdaFunction,
  checkEnvBase,
  dataSyncFragment,
  defineFragment,
  distributedDataSyncFragment,
  envBasePrefixed,
  fragmentPolicy,
  lambdaFunctionArn,
  lambdaFunctionFragment,
  lambdaFunctionName,
  logGroupArn,
  managedPolicyArns,
  mergePermissions,
  stateMachineArn,
  stateMachineLogGroupName,
  stateMachineName,
  submitJobFragment,
  taskWithPrePostStatus,
  toStateMachine,
} from '../../src/fragments/index.ts';
import {
  batchInvokedLambdaMachine,
  cleanFileSystemMachine,
  dataSyncMachine,
  demandExecutionMachine,
} from '../../fixtures/workflows/fragments/machines/_stack.ts';
import { AWS, BATCH_INVOKED, ENV_BASE } from '../../fixtures/workflows/fragments/_values.ts';
import { repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';

describe('§15 naming', () => {
  test('prefixed: <env>-<names…>, unless the first name already carries the env base', () => {
    expect(envBasePrefixed(ENV_BASE, 'demand-execution')).toBe('dev-marmotdev-demand-execution');
    expect(envBasePrefixed(ENV_BASE, 'a', 'b')).toBe('dev-marmotdev-a-b');
    expect(envBasePrefixed(ENV_BASE, 'dev-marmotdev-my-fn')).toBe('dev-marmotdev-my-fn');
    expect(envBasePrefixed(ENV_BASE, 'dev-marmotdev', 'x')).toBe('dev-marmotdev-x');
    expect(envBasePrefixed(ENV_BASE, 'dev-marmotdevx')).toBe('dev-marmotdev-dev-marmotdevx');
    expect(envBasePrefixed(ENV_BASE)).toBe('dev-marmotdev');
  });

  test('EnvBase: (dev|test|prod)(-\\w+)?, fully matched; \\w is Unicode-aware as in Python', () => {
    for (const ok of ['dev', 'prod', 'test-a_1', 'dev-marmotdev', 'dev-café', 'dev-ünïcode٣']) {
      expect(checkEnvBase(ok)).toBe(ok);
    }
    for (const bad of ['staging', 'dev-', 'dev-a-b', 'dev_x', 'DEV', 'dev-a b', 'dev-a.b']) {
      expect(() => checkEnvBase(bad), bad).toThrow(DslError);
    }
  });

  test('state machines, functions, log groups and ARNs', () => {
    expect(stateMachineName(ENV_BASE, 'data-sync-v2')).toBe('dev-marmotdev-data-sync-v2');
    expect(lambdaFunctionName(ENV_BASE, 'my-fn')).toBe('dev-marmotdev-my-fn');
    expect(stateMachineLogGroupName(ENV_BASE, 'demand-execution')).toBe(
      '/aws/vendedlogs/dev-marmotdev/states/demand-execution',
    );
    expect(stateMachineArn(ENV_BASE, 'data-sync-v2', AWS)).toBe(
      'arn:aws:states:us-west-2:123456789012:stateMachine:dev-marmotdev-data-sync-v2',
    );
    expect(lambdaFunctionArn(ENV_BASE, 'my-fn', { ...AWS, partition: 'aws-cn' })).toBe(
      'arn:aws-cn:lambda:us-west-2:123456789012:function:dev-marmotdev-my-fn',
    );
    expect(logGroupArn('/g', AWS)).toBe('arn:aws:logs:us-west-2:123456789012:log-group:/g:*');
  });

  test('the env base follows the reference pattern', () => {
    expect(() => stateMachineName('qa', 'x')).toThrow(DslError);
    expect(stateMachineName('prod', 'x')).toBe('prod-x');
  });

  test('the in-repo stack machine names', () => {
    expect(
      [
        batchInvokedLambdaMachine,
        dataSyncMachine,
        demandExecutionMachine,
        cleanFileSystemMachine,
      ].map((m) => m.name),
    ).toEqual([
      'dev-marmotdev-batch-invoked-lambda-state-machine',
      'dev-marmotdev-data-sync-v2',
      'dev-marmotdev-demand-execution',
      'dev-marmotdev-clean-file-system',
    ]);
  });
});

describe('toStateMachine', () => {
  test('name, ARN, log group with level ERROR, definition with TimeoutSeconds', () => {
    const sm = toStateMachine(
      defineFragment({ id: 'F', envBase: ENV_BASE, build: (s) => pass(s.name('P')) }),
      { name: 'f', ...AWS, timeoutSeconds: 3600, comment: 'c' },
    );
    expect(sm.name).toBe('dev-marmotdev-f');
    expect(sm.arn).toBe('arn:aws:states:us-west-2:123456789012:stateMachine:dev-marmotdev-f');
    expect(sm.logGroupName).toBe('/aws/vendedlogs/dev-marmotdev/states/f');
    expect(sm.loggingConfiguration).toEqual({
      Destinations: [
        {
          CloudWatchLogsLogGroup: {
            LogGroupArn:
              'arn:aws:logs:us-west-2:123456789012:log-group:/aws/vendedlogs/dev-marmotdev/states/f:*',
          },
        },
      ],
      Level: 'ERROR',
    });
    expect(JSON.parse(compile(sm.definition).json)).toEqual({
      Comment: 'c',
      TimeoutSeconds: 3600,
      StartAt: 'P',
      States: { P: { Type: 'Pass', End: true } },
    });
    expect(sm.managedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/AWSStepFunctionsFullAccess',
      'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess',
      'arn:aws:iam::aws:policy/CloudWatchEventsFullAccess',
    ]);
    expect(sm.assumeRolePolicy.Statement[0]?.Principal.Service).toBe('states.amazonaws.com');
    expect(sm.policy.Statement).toEqual([]);
  });

  test('managed policies in another partition', () => {
    expect(managedPolicyArns('aws-us-gov')[0]).toBe(
      'arn:aws-us-gov:iam::aws:policy/AWSStepFunctionsFullAccess',
    );
  });
});

describe('fragmentPolicy', () => {
  const sids = (doc: { Statement: readonly { Sid?: string; Action: readonly string[] }[] }) =>
    doc.Statement.map((s) => s.Sid ?? s.Action[0]);

  test('batch-invoked fragments: Batch, S3 and PassRole scoped to the env base', () => {
    // DataSyncFragment: the inner batch-invoked fragment's statements, then SfnFullAccess.
    const doc = fragmentPolicy(dataSyncFragment({ ...BATCH_INVOKED, id: 'd' }), AWS);
    expect(sids(doc)).toEqual([
      'BatchReadWrite',
      'S3FullAccess',
      'PassRoleForBatchJobs',
      'SfnFullAccess',
    ]);
    expect(doc.Statement[1]?.Resource).toEqual(['arn:aws:s3:::dev-marmotdev*']);
    expect(doc.Statement[3]?.Resource).toEqual([
      'arn:aws:states:us-west-2:123456789012:*:dev-marmotdev*',
    ]);
    expect(doc.Statement[3]?.Action).toEqual([
      'states:StartExecution',
      'states:StopExecution',
      'states:DescribeActivity',
      'states:DescribeExecution',
      'states:DescribeStateMachine',
      'states:DescribeStateMachineForExecution',
      'states:ListExecutions',
      'states:GetExecutionHistory',
      'states:ListStateMachines',
      'states:ListActivities',
    ]);
    expect(doc.Statement[2]?.Condition).toEqual({
      StringLike: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
    });
  });

  test('declared statements follow the reference order of each fragment', () => {
    const bil = batchInvokedLambdaFunction({ ...BATCH_INVOKED, id: 'b', name: 'b', handler: 'h' });
    expect(sids(fragmentPolicy(bil, AWS))).toEqual([
      'BatchReadWrite',
      'S3FullAccess',
      'PassRoleForBatchJobs',
    ]);
    expect(
      sids(fragmentPolicy(distributedDataSyncFragment({ ...BATCH_INVOKED, id: 'd' }), AWS)),
    ).toEqual(['BatchReadWrite', 'S3FullAccess', 'PassRoleForBatchJobs']);
    expect(sids(demandExecutionMachine.policy).slice(0, 4)).toEqual([
      'BatchReadWrite',
      'S3FullAccess',
      'SfnFullAccess',
      'PassRoleForBatchJobs',
    ]);
  });

  test('the env base and partition can be overridden', () => {
    const doc = fragmentPolicy(
      submitJobFragment({ id: 'J', envBase: ENV_BASE, name: 'n', jobQueue: 'q', image: 'i' }),
      {
        ...AWS,
        envBase: 'prod',
        partition: 'aws-cn',
      },
    );
    expect(doc.Statement).toHaveLength(1);
    expect(doc.Statement[0]?.Resource[0]).toBe(
      'arn:aws-cn:batch:us-west-2:123456789012:compute-environment/prod*',
    );
  });

  test('a Lambda fragment may invoke its function (and its versions)', () => {
    const doc = fragmentPolicy(
      lambdaFunctionFragment({
        id: 'L',
        envBase: ENV_BASE,
        functionName: 'dev-marmotdev-my-fn',
        ...AWS,
      }),
      AWS,
    );
    expect(doc.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: ['lambda:InvokeFunction'],
        Resource: [
          'arn:aws:lambda:us-west-2:123456789012:function:dev-marmotdev-my-fn',
          'arn:aws:lambda:us-west-2:123456789012:function:dev-marmotdev-my-fn:*',
        ],
      },
    ]);
  });

  test('declared permissions of a task-with-status fragment; merged without duplicates', () => {
    const fragment = taskWithPrePostStatus({
      id: 'T',
      envBase: ENV_BASE,
      task: pass('W'),
      permissions: mergePermissions(
        {
          access: ['s3', 'batch'],
          startsExecutions: [{ stateMachineArn: 'arn:aws:states:r:a:stateMachine:b', sync: false }],
        },
        {
          access: ['batch'],
          startsExecutions: [{ stateMachineArn: 'arn:aws:states:r:a:stateMachine:b', sync: false }],
        },
      ),
    });
    const doc = fragmentPolicy(fragment, AWS);
    // Declaration order, duplicates dropped (as CDK keeps a policy document's statements).
    expect(sids(doc)).toEqual(['S3FullAccess', 'BatchReadWrite', 'states:StartExecution']);
  });

  test('a child machine ARN that is not a state machine ARN cannot be scoped', () => {
    const fragment = defineFragment({
      id: 'F',
      envBase: ENV_BASE,
      permissions: { startsExecutions: [{ stateMachineArn: 'not-an-arn', sync: true }] },
      build: (s) => pass(s.name('P')),
    });
    expect(() => fragmentPolicy(fragment, AWS)).toThrow(/execution ARN/);
  });

  test('deterministic: child machines in ARN order, whatever the declaration order', () => {
    const arn = (n: string) => `arn:aws:states:us-west-2:123456789012:stateMachine:${n}`;
    const make = (names: string[]) =>
      fragmentPolicy(
        defineFragment({
          id: 'F',
          envBase: ENV_BASE,
          permissions: {
            startsExecutions: names.map((n) => ({ stateMachineArn: arn(n), sync: true })),
          },
          build: (s) => pass(s.name('P')),
        }),
        AWS,
      );
    const a = make(['b', 'a']);
    expect(JSON.stringify(a)).toBe(JSON.stringify(make(['a', 'b'])));
    expect(a.Statement.map((s) => s.Resource[0])).toEqual([
      arn('a'),
      arn('b'),
      'arn:aws:states:us-west-2:123456789012:execution:a*',
      'arn:aws:states:us-west-2:123456789012:execution:b*',
      'arn:aws:events:us-west-2:123456789012:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule',
    ]);
  });
});

describe('golden policy documents of the stack machines', () => {
  for (const sm of [
    batchInvokedLambdaMachine,
    dataSyncMachine,
    demandExecutionMachine,
    cleanFileSystemMachine,
  ]) {
    test(sm.name, () => {
      const document = {
        StateMachineName: sm.name,
        LoggingConfiguration: sm.loggingConfiguration,
        AssumeRolePolicyDocument: sm.assumeRolePolicy,
        ManagedPolicyArns: sm.managedPolicyArns,
        Policy: sm.policy,
      };
      expectGolden(
        join(repoRoot, 'golden/fragments/policies', `${sm.name}.json`),
        `${JSON.stringify(document, null, 2)}\n`,
      );
    });
  }
});
