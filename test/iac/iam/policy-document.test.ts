import { describe, expect, it } from 'vitest';
import {
  mergePolicyDocuments,
  policyFromGrants,
  type PolicyDocument,
} from '../../../src/iac/index.ts';

describe('policy documents', () => {
  it('group by service, then by identical resources; * absorbs other resources', () => {
    const doc = policyFromGrants([
      { actions: ['sqs:SendMessage'], resources: ['arn:q1'] },
      { actions: ['lambda:InvokeFunction'], resources: ['arn:f'] },
      { actions: ['sqs:SendMessage'], resources: ['arn:q2'] },
      { actions: ['s3:GetObject'], resources: ['arn:o'] },
      { actions: ['s3:GetObject'], resources: ['*'] },
      { actions: ['s3:PutObject'], resources: ['arn:o'] },
    ]);
    expect(doc).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Lambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: ['arn:f'] },
        { Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] },
        { Sid: 'S3Group2', Effect: 'Allow', Action: ['s3:PutObject'], Resource: ['arn:o'] },
        {
          Sid: 'Sqs',
          Effect: 'Allow',
          Action: ['sqs:SendMessage'],
          Resource: ['arn:q1', 'arn:q2'],
        },
      ],
    });
  });

  it('merge drops repeated statements (whatever their Sid) and keeps Sids unique', () => {
    const a: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Lambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: ['arn:f'] },
      ],
    };
    const b: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Other', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: ['arn:f'] },
        {
          Sid: 'Lambda',
          Effect: 'Allow',
          Action: ['lambda:GetFunction', 'lambda:GetFunction'],
          Resource: ['arn:f'],
        },
        {
          Effect: 'Allow',
          Action: ['iam:PassRole'],
          Resource: ['*'],
          Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
        },
        { Effect: 'Allow', Action: ['iam:PassRole'], Resource: ['*'] },
      ],
    };
    expect(mergePolicyDocuments(a, b, a).Statement).toEqual([
      { Sid: 'Lambda', Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: ['arn:f'] },
      { Sid: 'Lambda2', Effect: 'Allow', Action: ['lambda:GetFunction'], Resource: ['arn:f'] },
      {
        Effect: 'Allow',
        Action: ['iam:PassRole'],
        Resource: ['*'],
        Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
      },
      { Effect: 'Allow', Action: ['iam:PassRole'], Resource: ['*'] },
    ]);
  });
});
