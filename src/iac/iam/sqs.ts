import { parseArn } from './arn.ts';
import type { Grant } from './policy-document.ts';
import { iamAction, type TaskContext } from './task-context.ts';

/**
 * The ARN of a queue from its URL: `https://sqs.<region>.amazonaws.com[.cn]/<account>/<name>`
 * (or the legacy `https://<region>.queue.amazonaws.com/…`) → `arn:<partition>:sqs:<region>:<account>:<name>`.
 *
 * @example
 * ```ts
 * queueArnFromUrl('https://sqs.us-west-2.amazonaws.com/123456789012/approvals', 'aws');
 * // 'arn:aws:sqs:us-west-2:123456789012:approvals'
 * ```
 */
export function queueArnFromUrl(url: string, partition: string): string | undefined {
  const m =
    /^https:\/\/(?:sqs\.([a-z0-9-]+)|([a-z0-9-]+)\.queue)\.amazonaws\.com(?:\.cn)?\/(\d{12})\/([A-Za-z0-9_-]{1,80}(?:\.fifo)?)$/.exec(
      url,
    );
  if (m === null) return undefined;
  return `arn:${partition}:sqs:${m[1] ?? m[2]}:${m[3]}:${m[4]}`;
}

/**
 * Amazon SQS `sqs:sendMessage` (request-response and `.waitForTaskToken`): `sqs:SendMessage` on
 * the queue named by the literal `QueueUrl`; `*` for a run-time value or an opaque placeholder
 * (a URL cannot be turned into an ARN at deploy time).
 *
 * @example
 * ```ts
 * sqsGrants(ctx);
 * ```
 */
export function sqsGrants(ctx: TaskContext): Grant[] {
  const action = iamAction('sqs', ctx.action);
  const url = ctx.field('QueueUrl');
  let resource = '*';
  if (url.kind === 'literal') {
    resource = queueArnFromUrl(url.value, ctx.partition) ?? (parseArn(url.value) ? url.value : '*');
  }
  return [{ actions: [action], resources: [resource] }];
}
