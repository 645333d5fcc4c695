import { nameOrArn } from './arn.ts';
import type { Grant } from './policy-document.ts';
import { iamAction, type TaskContext } from './task-context.ts';

const BUS_NAME = /^[A-Za-z0-9._\-/]{1,256}$/;

/**
 * Amazon EventBridge `events:putEvents` (request-response and `.waitForTaskToken`):
 * `events:PutEvents` on every event bus the literal `Entries` name (`default` when an entry
 * names none); `*` when the entries are computed at run time.
 *
 * @example
 * ```ts
 * eventBridgeGrants(ctx); // events:PutEvents on arn:aws:events:*:*:event-bus/default
 * ```
 */
export function eventBridgeGrants(ctx: TaskContext): Grant[] {
  const action = iamAction('events', ctx.action);
  const entries = ctx.field('Entries');
  const resources: string[] = [];
  if (entries.kind === 'array') {
    for (const item of entries.items) {
      const entry = ctx.classify(item);
      if (entry.kind !== 'object') {
        resources.push('*');
        continue;
      }
      let bus = ctx.classify(undefined);
      for (const e of entry.node.entries) {
        if (e.key === 'EventBusName') bus = ctx.classify(e.value);
        if (e.key === 'EventBusName.$') bus = { kind: 'dynamic' };
      }
      resources.push(
        bus.kind === 'absent'
          ? `arn:${ctx.partition}:events:*:*:event-bus/default`
          : nameOrArn(bus, ctx.partition, 'events', 'event-bus/', BUS_NAME),
      );
    }
  }
  if (resources.length === 0) resources.push('*');
  return [{ actions: [action], resources }];
}
