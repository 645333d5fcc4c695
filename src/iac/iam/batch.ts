import { parseArn, syncEventsRuleGrant, wildcardArn } from './arn.ts';
import type { Grant } from './policy-document.ts';
import { unknownActionGrants, type FieldValue, type TaskContext } from './task-context.ts';

const NAME = /^[A-Za-z0-9_-]{1,128}$/;
const NAME_REVISION = /^([A-Za-z0-9_-]{1,128})(:\d+)?$/;

/** `JobQueue`: a name or an ARN. */
function jobQueue(field: FieldValue, partition: string): string {
  if (field.kind === 'token') return field.text;
  if (field.kind !== 'literal') return '*';
  const arn = parseArn(field.value);
  if (arn !== undefined) return arn.service === 'batch' ? field.value : '*';
  return NAME.test(field.value) ? wildcardArn(partition, 'batch', `job-queue/${field.value}`) : '*';
}

/** `JobDefinition`: `name`, `name:revision` or an ARN; without a revision, every revision. */
function jobDefinition(field: FieldValue, partition: string): string {
  if (field.kind === 'token') return field.text;
  if (field.kind !== 'literal') return '*';
  const arn = parseArn(field.value);
  if (arn !== undefined) {
    if (arn.service !== 'batch') return '*';
    return /:\d+$/.test(arn.resource) ? field.value : `${field.value}:*`;
  }
  const m = NAME_REVISION.exec(field.value);
  if (m === null) return '*';
  return wildcardArn(partition, 'batch', `job-definition/${m[1]}${m[2] ?? ':*'}`);
}

/**
 * AWS Batch `batch:submitJob` (request-response and `.sync`): `batch:SubmitJob` on the job queue
 * and job definition; `.sync` adds `DescribeJobs`/`TerminateJob` (no resource-level
 * permissions) and the `StepFunctionsGetEventsForBatchJobsRule` events rule.
 *
 * @example
 * ```ts
 * batchGrants(ctx);
 * ```
 */
export function batchGrants(ctx: TaskContext): Grant[] {
  if (ctx.action !== 'submitJob') {
    return unknownActionGrants(ctx, 'batch');
  }
  const grants: Grant[] = [
    {
      actions: ['batch:SubmitJob'],
      resources: [
        jobDefinition(ctx.field('JobDefinition'), ctx.partition),
        jobQueue(ctx.field('JobQueue'), ctx.partition),
      ],
    },
  ];
  if (ctx.pattern === 'sync') {
    grants.push({ actions: ['batch:DescribeJobs', 'batch:TerminateJob'], resources: ['*'] });
    grants.push(syncEventsRuleGrant(ctx.partition, 'StepFunctionsGetEventsForBatchJobsRule'));
  }
  return grants;
}
