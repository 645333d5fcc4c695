import { wildcardArn } from './arn.ts';
import type { Grant } from './policy-document.ts';
import { unknownActionGrants, type TaskContext } from './task-context.ts';

const JOB_NAME = /^[\w .:/-]{1,255}$/;

/**
 * AWS Glue `glue:startJobRun` (request-response and `.sync`): `glue:StartJobRun` on the job;
 * `.sync` adds `GetJobRun`, `GetJobRuns` and `BatchStopJobRun` (Step Functions polls Glue). The
 * `JobName` is a name, so a placeholder is placed inside the job ARN.
 *
 * @example
 * ```ts
 * glueGrants(ctx); // glue:StartJobRun on arn:aws:glue:*:*:job/<JobName>
 * ```
 */
export function glueGrants(ctx: TaskContext): Grant[] {
  if (ctx.action !== 'startJobRun') {
    return unknownActionGrants(ctx, 'glue');
  }
  const job = ctx.field('JobName');
  let resource = '*';
  if (job.kind === 'token') resource = wildcardArn(ctx.partition, 'glue', `job/${job.text}`);
  else if (job.kind === 'literal' && JOB_NAME.test(job.value)) {
    resource = wildcardArn(ctx.partition, 'glue', `job/${job.value}`);
  }
  const actions = ['glue:StartJobRun'];
  if (ctx.pattern === 'sync')
    actions.push('glue:BatchStopJobRun', 'glue:GetJobRun', 'glue:GetJobRuns');
  return [{ actions, resources: [resource] }];
}
