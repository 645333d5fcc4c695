import { arnText, nameOrArn } from './arn.ts';
import { functionResources } from './lambda.ts';
import type { Grant } from './policy-document.ts';
import { s3Arn } from './s3.ts';
import { queueArnFromUrl } from './sqs.ts';
import { iamAction, type TaskContext } from './task-context.ts';

/**
 * SDK service names whose IAM prefix differs (AWS CDK `CallAwsService`, plus the SDK clients
 * whose IAM prefix is documented under another name).
 */
export const SDK_IAM_PREFIX: Readonly<Record<string, string>> = {
  bedrockagent: 'bedrock',
  cloudwatchlogs: 'logs',
  cognitoidentityprovider: 'cognito-idp',
  efs: 'elasticfilesystem',
  elasticloadbalancingv2: 'elasticloadbalancing',
  emrcontainers: 'emr-containers',
  emrserverless: 'emr-serverless',
  mediapackagevod: 'mediapackage-vod',
  mwaa: 'airflow',
  sesv2: 'ses',
  sfn: 'states',
};

/** SDK actions whose IAM action has another name (`service:action` → IAM actions). */
export const SDK_IAM_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  'lambda:invoke': ['lambda:InvokeFunction'],
  'lambda:invokeAsync': ['lambda:InvokeFunction'],
  's3:listObjectsV2': ['s3:ListBucket'],
  's3:listObjects': ['s3:ListBucket'],
  's3:headObject': ['s3:GetObject'],
  's3:headBucket': ['s3:ListBucket'],
  's3:copyObject': ['s3:GetObject', 's3:PutObject'],
  's3:deleteObjects': ['s3:DeleteObject'],
};

/**
 * The IAM actions of an SDK integration: `aws-sdk:<service>:<action>` → `<prefix>:<Action>`,
 * with the documented exceptions.
 *
 * @example
 * ```ts
 * sdkIamActions('sfn', 'startExecution'); // ['states:StartExecution']
 * sdkIamActions('s3', 'listObjectsV2'); // ['s3:ListBucket']
 * ```
 */
export function sdkIamActions(service: string, action: string): string[] {
  const special = SDK_IAM_ACTIONS[`${service}:${action}`];
  if (special !== undefined) return [...special];
  const prefix = SDK_IAM_PREFIX[service] ?? service;
  return [iamAction(prefix, action)];
}

const S3_BUCKET_ACTIONS = new Set([
  'listObjectsV2',
  'listObjects',
  'headBucket',
  'getBucketLocation',
]);

/** The resources of an SDK call, narrowed for the services whose parameters name them. */
function sdkResources(ctx: TaskContext, service: string, action: string): string[] {
  switch (service) {
    case 's3': {
      const bucket = ctx.field('Bucket');
      if (S3_BUCKET_ACTIONS.has(action)) return [s3Arn(ctx.partition, bucket, bucket, 'bucket')];
      if (action === 'copyObject') return ['*'];
      return [s3Arn(ctx.partition, bucket, ctx.field('Key'), 'object')];
    }
    case 'lambda':
      return functionResources(ctx.field('FunctionName'), ctx.partition);
    case 'sfn': {
      const machine = ctx.field('StateMachineArn');
      return [arnText(machine.kind === 'absent' ? ctx.field('ExecutionArn') : machine)];
    }
    case 'sqs': {
      const url = ctx.field('QueueUrl');
      return [url.kind === 'literal' ? (queueArnFromUrl(url.value, ctx.partition) ?? '*') : '*'];
    }
    case 'sns':
      return [arnText(ctx.field('TopicArn'))];
    case 'dynamodb':
      return [
        nameOrArn(
          ctx.field('TableName'),
          ctx.partition,
          'dynamodb',
          'table/',
          /^[A-Za-z0-9_.-]{3,255}$/,
        ),
      ];
    default:
      return ['*'];
  }
}

/**
 * AWS SDK integrations (`arn:aws:states:::aws-sdk:<service>:<action>`): the IAM action of the
 * call, on the resource its parameters name for S3, Lambda, Step Functions, SQS, SNS and
 * DynamoDB, and on `*` for every other service.
 *
 * @example
 * ```ts
 * awsSdkGrants(ctx); // s3:PutObject on arn:aws:s3:::reports/*
 * ```
 */
export function awsSdkGrants(ctx: TaskContext): Grant[] {
  const colon = ctx.action.indexOf(':');
  const service = ctx.action.slice(0, colon);
  const action = ctx.action.slice(colon + 1);
  return [
    { actions: sdkIamActions(service, action), resources: sdkResources(ctx, service, action) },
  ];
}
