import { arnText } from './arn.ts';
import type { Grant } from './policy-document.ts';
import { iamAction, type TaskContext } from './task-context.ts';

/**
 * Amazon SNS `sns:publish` (request-response and `.waitForTaskToken`): `sns:Publish` on the
 * `TopicArn` (or `TargetArn`); `*` for a run-time value or a phone number.
 *
 * @example
 * ```ts
 * snsGrants(ctx); // sns:Publish on the topic
 * ```
 */
export function snsGrants(ctx: TaskContext): Grant[] {
  const action = iamAction('sns', ctx.action);
  const resources: string[] = [];
  for (const key of ['TopicArn', 'TargetArn']) {
    const f = ctx.field(key);
    if (f.kind !== 'absent') resources.push(arnText(f));
  }
  if (resources.length === 0) resources.push('*');
  return [{ actions: [action], resources }];
}
