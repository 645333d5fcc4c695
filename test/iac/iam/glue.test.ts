import { describe, expect, it } from 'vitest';
import { integration, placeholder } from '../../../src/index.ts';
import { allow, statementsFor } from './support.ts';

describe('IAM: AWS Glue', () => {
  it('request-response: StartJobRun on the job', () => {
    const r = statementsFor({
      resource: integration('glue', 'startJobRun'),
      parameters: { JobName: 'etl' },
    });
    expect(r.statements).toEqual([allow(['glue:StartJobRun'], ['arn:aws:glue:*:*:job/etl'])]);
  });

  it('.sync adds the polling actions; a placeholder JobName is a name inside the job ARN', () => {
    const r = statementsFor({
      resource: integration('glue', 'startJobRun', 'sync'),
      parameters: { JobName: placeholder('EtlJob') },
    });
    expect(r.statements).toEqual([
      allow(
        ['glue:BatchStopJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:StartJobRun'],
        ['arn:aws:glue:*:*:job/${EtlJob}'],
      ),
    ]);
  });
});
