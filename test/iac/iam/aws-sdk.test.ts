import { describe, expect, it } from 'vitest';
import { awsSdk, path } from '../../../src/index.ts';
import { sdkIamActions } from '../../../src/iac/index.ts';
import { allow, statementsFor } from './support.ts';

describe('IAM: AWS SDK integrations', () => {
  it.each([
    ['s3', 'getObject', ['s3:GetObject']],
    ['sfn', 'startExecution', ['states:StartExecution']],
    ['cloudwatchlogs', 'putLogEvents', ['logs:PutLogEvents']],
    ['efs', 'describeFileSystems', ['elasticfilesystem:DescribeFileSystems']],
    [
      'elasticloadbalancingv2',
      'describeTargetHealth',
      ['elasticloadbalancing:DescribeTargetHealth'],
    ],
    ['mediapackagevod', 'listAssets', ['mediapackage-vod:ListAssets']],
    ['mwaa', 'createCliToken', ['airflow:CreateCliToken']],
    ['bedrockagent', 'getAgent', ['bedrock:GetAgent']],
    ['lambda', 'invoke', ['lambda:InvokeFunction']],
    ['s3', 'listObjectsV2', ['s3:ListBucket']],
    ['s3', 'copyObject', ['s3:GetObject', 's3:PutObject']],
    ['batch', 'registerJobDefinition', ['batch:RegisterJobDefinition']],
  ])('aws-sdk:%s:%s → %j', (service, action, expected) => {
    expect(sdkIamActions(service, action)).toEqual(expected);
  });

  it('narrows S3 objects and buckets', () => {
    expect(
      statementsFor({
        resource: awsSdk('s3', 'putObject'),
        parameters: { Bucket: 'reports', Key: path('$.k'), Body: 'x' },
      }).statements,
    ).toEqual([allow(['s3:PutObject'], ['arn:aws:s3:::reports/*'])]);
    expect(
      statementsFor({
        resource: awsSdk('s3', 'getObject'),
        parameters: { Bucket: 'reports', Key: 'a/b.json' },
      }).statements,
    ).toEqual([allow(['s3:GetObject'], ['arn:aws:s3:::reports/a/b.json'])]);
    expect(
      statementsFor({ resource: awsSdk('s3', 'listObjectsV2'), parameters: { Bucket: 'reports' } })
        .statements,
    ).toEqual([allow(['s3:ListBucket'], ['arn:aws:s3:::reports'])]);
  });

  it('narrows Lambda, Step Functions and DynamoDB, and grants * for other services', () => {
    expect(
      statementsFor({ resource: awsSdk('lambda', 'invoke'), parameters: { FunctionName: 'f' } })
        .statements,
    ).toEqual([
      allow(
        ['lambda:InvokeFunction'],
        ['arn:aws:lambda:*:*:function:f', 'arn:aws:lambda:*:*:function:f:*'],
      ),
    ]);
    const sm = 'arn:aws:states:us-east-1:123456789012:stateMachine:s';
    expect(
      statementsFor({
        resource: awsSdk('sfn', 'startSyncExecution'),
        parameters: { StateMachineArn: sm },
      }).statements,
    ).toEqual([allow(['states:StartSyncExecution'], [sm])]);
    expect(
      statementsFor({ resource: awsSdk('dynamodb', 'query'), parameters: { TableName: 'Orders' } })
        .statements,
    ).toEqual([allow(['dynamodb:Query'], ['arn:aws:dynamodb:*:*:table/Orders'])]);
    expect(
      statementsFor({ resource: awsSdk('ec2', 'describeInstances'), parameters: {} }).statements,
    ).toEqual([allow(['ec2:DescribeInstances'], ['*'])]);
  });

  it('.waitForTaskToken SDK calls need the same action', () => {
    expect(
      statementsFor({
        resource: awsSdk('sqs', 'sendMessage', { waitForTaskToken: true }),
        parameters: {
          QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q',
          MessageBody: 'm',
        },
      }).statements,
    ).toEqual([allow(['sqs:SendMessage'], ['arn:aws:sqs:us-east-1:123456789012:q'])]);
  });
});
