import { describe, expect, it } from 'vitest';
import { integration, path, placeholder } from '../../../src/index.ts';
import { allow, statementsFor } from './support.ts';

const rule = 'arn:aws:events:*:*:rule/StepFunctionsGetEventsForBatchJobsRule';

describe('IAM: AWS Batch', () => {
  it('request-response: SubmitJob on the job definition (every revision) and the queue', () => {
    const r = statementsFor({
      resource: integration('batch', 'submitJob'),
      parameters: { JobName: 'j', JobQueue: 'q', JobDefinition: 'def' },
    });
    expect(r.statements).toEqual([
      allow(
        ['batch:SubmitJob'],
        ['arn:aws:batch:*:*:job-definition/def:*', 'arn:aws:batch:*:*:job-queue/q'],
      ),
    ]);
  });

  it('.sync adds DescribeJobs/TerminateJob and the events rule', () => {
    const queue = 'arn:aws:batch:us-west-2:123456789012:job-queue/default';
    const r = statementsFor({
      resource: integration('batch', 'submitJob', 'sync'),
      parameters: { JobName: 'j', JobQueue: queue, JobDefinition: 'nightly:3' },
    });
    expect(r.statements).toEqual([
      allow(['batch:DescribeJobs', 'batch:TerminateJob'], ['*']),
      allow(['batch:SubmitJob'], ['arn:aws:batch:*:*:job-definition/nightly:3', queue]),
      allow(['events:DescribeRule', 'events:PutRule', 'events:PutTargets'], [rule]),
    ]);
  });

  it('takes placeholders as ARNs and run-time values as *', () => {
    const r = statementsFor({
      resource: integration('batch', 'submitJob'),
      parameters: { JobName: 'j', JobQueue: placeholder('Queue'), JobDefinition: path('$.def') },
    });
    expect(r.statements).toEqual([allow(['batch:SubmitJob'], ['*'])]);
    const r2 = statementsFor({
      resource: integration('batch', 'submitJob'),
      parameters: {
        JobName: 'j',
        JobQueue: placeholder('Queue'),
        JobDefinition: placeholder('Def'),
      },
    });
    expect(r2.statements).toEqual([allow(['batch:SubmitJob'], ['${Def}', '${Queue}'])]);
  });
});
