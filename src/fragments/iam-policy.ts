import { DslError } from '../dsl/index.ts';
import type { Fragment } from './fragment.ts';
import type { FragmentPermissions, ServiceAccess } from './permissions.ts';
import { checkEnvBase } from './util/env-base.ts';

/** One IAM policy statement (arrays throughout, for a stable shape). */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** An IAM policy document. */
export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

/** Where the policy's resources live. */
export interface PolicyOptions {
  readonly region: string;
  readonly account: string;
  /** Default `aws`. */
  readonly partition?: string;
  /** Default: the fragment's env base. */
  readonly envBase?: string;
}

/** The reference's `BATCH_FULL_ACCESS_ACTIONS`. */
export const BATCH_FULL_ACCESS_ACTIONS: readonly string[] = Object.freeze([
  'batch:RegisterJobDefinition',
  'batch:DeregisterJobDefinition',
  'batch:DescribeJobDefinitions',
  'batch:Describe*',
  'batch:List*',
  'batch:*',
]);

/** The reference's `SFN_STATES_EXECUTION_ACTIONS + SFN_STATES_READ_ACCESS_ACTIONS`. */
export const SFN_EXECUTION_AND_READ_ACTIONS: readonly string[] = Object.freeze([
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

/** AWS-managed policies the reference's `create_role` attaches by default. */
export const DEFAULT_MANAGED_POLICIES: readonly string[] = Object.freeze([
  'AWSStepFunctionsFullAccess',
  'CloudWatchLogsFullAccess',
  'CloudWatchEventsFullAccess',
]);

/** The trust policy of a state machine role (`states.amazonaws.com`). */
export const STATES_ASSUME_ROLE_POLICY = Object.freeze({
  Version: '2012-10-17',
  Statement: Object.freeze([
    Object.freeze({
      Effect: 'Allow',
      Principal: Object.freeze({ Service: 'states.amazonaws.com' }),
      Action: 'sts:AssumeRole',
    }),
  ]),
});

/** The declared statement of one kind of access (the reference's `iam_utils` helpers). */
function declaredStatement(
  access: ServiceAccess,
  env: string,
  o: Required<Omit<PolicyOptions, 'envBase'>>,
): PolicyStatement {
  const { partition: p, region: r, account: a } = o;
  switch (access) {
    case 'batch':
      return {
        Sid: 'BatchReadWrite',
        Effect: 'Allow',
        Action: BATCH_FULL_ACCESS_ACTIONS,
        Resource: [
          ...['compute-environment', 'job', 'job-definition', 'job-queue'].map(
            (type) => `arn:${p}:batch:${r}:${a}:${type}/${env}*`,
          ),
          '*',
        ],
      };
    case 's3':
      return {
        Sid: 'S3FullAccess',
        Effect: 'Allow',
        Action: ['s3:*'],
        Resource: [`arn:${p}:s3:::${env}*`],
      };
    case 'states':
      return {
        Sid: 'SfnFullAccess',
        Effect: 'Allow',
        Action: SFN_EXECUTION_AND_READ_ACTIONS,
        Resource: [`arn:${p}:states:${r}:${a}:*:${env}*`],
      };
    case 'passRole':
      return {
        Sid: 'PassRoleForBatchJobs',
        Effect: 'Allow',
        Action: ['iam:PassRole'],
        Resource: ['*'],
        Condition: { StringLike: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
      };
  }
}

/** The per-task statements CDK adds (StepFunctionsStartExecution, LambdaInvoke). */
function taskStatements(
  permissions: FragmentPermissions,
  o: Required<Omit<PolicyOptions, 'envBase'>>,
): PolicyStatement[] {
  const out: PolicyStatement[] = [];
  const machines = [...permissions.startsExecutions].sort((x, y) =>
    x.stateMachineArn < y.stateMachineArn ? -1 : x.stateMachineArn > y.stateMachineArn ? 1 : 0,
  );
  for (const m of machines) {
    out.push({ Effect: 'Allow', Action: ['states:StartExecution'], Resource: [m.stateMachineArn] });
  }
  for (const m of machines.filter((x) => x.sync)) {
    const match = /^arn:([^:]+):states:([^:]*):([^:]*):stateMachine:(.+)$/.exec(m.stateMachineArn);
    if (match === null) {
      throw new DslError(
        'InvalidFieldValue',
        `cannot derive the execution ARN of '${m.stateMachineArn}': not a state machine ARN`,
        { hint: 'pass arn:<partition>:states:<region>:<account>:stateMachine:<name>' },
      );
    }
    const [, p, r, a, name] = match;
    out.push({
      Effect: 'Allow',
      Action: ['states:DescribeExecution', 'states:StopExecution'],
      Resource: [`arn:${p}:states:${r}:${a}:execution:${name}*`],
    });
  }
  if (machines.some((x) => x.sync)) {
    out.push({
      Effect: 'Allow',
      Action: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
      Resource: [
        `arn:${o.partition}:events:${o.region}:${o.account}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule`,
      ],
    });
  }
  const functions = [...permissions.invokesFunctions].sort();
  if (functions.length > 0) {
    out.push({
      Effect: 'Allow',
      Action: ['lambda:InvokeFunction'],
      Resource: functions.flatMap((f) => [f, `${f}:*`]),
    });
  }
  return out;
}

/**
 * The inline IAM policy a fragment's state machine needs (§15): the statements the reference
 * declares for the fragment (`BatchReadWrite`, `S3FullAccess`, `SfnFullAccess`,
 * `PassRoleForBatchJobs`, scoped to `<envBase>*`, in the fragment's declaration order: the data
 * sync's ends with `SfnFullAccess`, the demand execution's with `PassRoleForBatchJobs`, as in the
 * reference), then the per-task statements CDK adds
 * (`states:StartExecution` on child machines, their executions and the events rule for `.sync`,
 * `lambda:InvokeFunction`). Deterministic order; no duplicates. Attach it with Terraform
 * (`aws_iam_role_policy`) or SAM (`Policies`).
 *
 * @example
 * ```ts
 * declare const dataSync: Fragment; // e.g. dataSyncFragment({ … })
 * JSON.stringify(fragmentPolicy(dataSync, { region: 'us-west-2', account: '123456789012' }), null, 2);
 * ```
 */
export function fragmentPolicy(fragment: Fragment, options: PolicyOptions): PolicyDocument {
  const env = checkEnvBase(options.envBase ?? fragment.envBase);
  const o = {
    region: options.region,
    account: options.account,
    partition: options.partition ?? 'aws',
  };
  // In the order the fragment declares them, as the reference lists its statements
  // (`required_inline_policy_statements`; CDK keeps the order and drops duplicates).
  const declared = fragment.permissions.access.map((a) => declaredStatement(a, env, o));
  return Object.freeze({
    Version: '2012-10-17',
    Statement: Object.freeze([...declared, ...taskStatements(fragment.permissions, o)]),
  });
}

/**
 * ARNs of the AWS-managed policies the reference attaches to a fragment's role by default.
 *
 * @example
 * ```ts
 * managedPolicyArns(); // ['arn:aws:iam::aws:policy/AWSStepFunctionsFullAccess', …]
 * ```
 */
export function managedPolicyArns(partition = 'aws'): string[] {
  return DEFAULT_MANAGED_POLICIES.map((name) => `arn:${partition}:iam::aws:policy/${name}`);
}
