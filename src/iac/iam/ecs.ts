import { parseArn, syncEventsRuleGrant, wildcardArn } from './arn.ts';
import type { Grant } from './policy-document.ts';
import { unknownActionGrants, type FieldValue, type TaskContext } from './task-context.ts';

const FAMILY_REVISION = /^([A-Za-z0-9_-]{1,255})(:\d+)?$/;

/** `TaskDefinition`: `family`, `family:revision` or an ARN; without a revision, every one. */
function taskDefinition(field: FieldValue, partition: string): string {
  if (field.kind === 'token') return field.text;
  if (field.kind !== 'literal') return '*';
  const arn = parseArn(field.value);
  if (arn !== undefined) {
    if (arn.service !== 'ecs') return '*';
    return /:\d+$/.test(arn.resource) ? field.value : `${field.value}:*`;
  }
  const m = FAMILY_REVISION.exec(field.value);
  if (m === null) return '*';
  return wildcardArn(partition, 'ecs', `task-definition/${m[1]}${m[2] ?? ':*'}`);
}

/**
 * Amazon ECS `ecs:runTask` (request-response, `.sync`, `.waitForTaskToken`): `ecs:RunTask` on
 * the task definition and `iam:PassRole` for the task's roles (on `*`, reported: narrow it to
 * the task and execution roles); `.sync` adds `StopTask`/`DescribeTasks` and the
 * `StepFunctionsGetEventsForECSTaskRule` events rule.
 *
 * @example
 * ```ts
 * ecsGrants(ctx);
 * ```
 */
export function ecsGrants(ctx: TaskContext): Grant[] {
  if (ctx.action !== 'runTask') {
    return unknownActionGrants(ctx, 'ecs');
  }
  ctx.warn('ecs:runTask needs iam:PassRole for the task roles: granted on *');
  const grants: Grant[] = [
    {
      actions: ['ecs:RunTask'],
      resources: [taskDefinition(ctx.field('TaskDefinition'), ctx.partition)],
    },
    { actions: ['iam:PassRole'], resources: ['*'] },
  ];
  if (ctx.pattern === 'sync') {
    grants.push({ actions: ['ecs:DescribeTasks', 'ecs:StopTask'], resources: ['*'] });
    grants.push(syncEventsRuleGrant(ctx.partition, 'StepFunctionsGetEventsForECSTaskRule'));
  }
  return grants;
}
