import { arnText, parseArn, syncEventsRuleGrant } from './arn.ts';
import type { Grant } from './policy-document.ts';
import { unknownActionGrants, type TaskContext } from './task-context.ts';

/**
 * The executions of a state machine, from its ARN: `…:stateMachine:<name>` →
 * `…:execution:<name>:*`; `*` when the ARN is not a literal state machine ARN.
 *
 * @example
 * ```ts
 * executionsOf('arn:aws:states:us-east-1:123456789012:stateMachine:child');
 * // 'arn:aws:states:us-east-1:123456789012:execution:child:*'
 * ```
 */
function executionsOf(stateMachineArn: string | undefined): string {
  if (stateMachineArn === undefined) return '*';
  const arn = parseArn(stateMachineArn);
  if (arn === undefined || arn.service !== 'states' || !arn.resource.startsWith('stateMachine:')) {
    return '*';
  }
  const name = arn.resource.slice('stateMachine:'.length).split(':')[0] as string;
  return `arn:${arn.partition}:states:${arn.region}:${arn.account}:execution:${name}:*`;
}

/**
 * AWS Step Functions `states:startExecution` (request-response, `.sync`, `.sync:2`,
 * `.waitForTaskToken`): `states:StartExecution` on the child state machine; `.sync` and
 * `.sync:2` add `DescribeExecution`/`StopExecution` on its executions and the
 * `StepFunctionsGetEventsForStepFunctionsExecutionRule` events rule.
 *
 * @example
 * ```ts
 * stepFunctionsGrants(ctx);
 * ```
 */
export function stepFunctionsGrants(ctx: TaskContext): Grant[] {
  if (ctx.action !== 'startExecution') {
    return unknownActionGrants(ctx, 'states');
  }
  const field = ctx.field('StateMachineArn');
  const grants: Grant[] = [{ actions: ['states:StartExecution'], resources: [arnText(field)] }];
  if (ctx.pattern === 'sync' || ctx.pattern === 'sync:2') {
    grants.push({
      actions: ['states:DescribeExecution', 'states:StopExecution'],
      resources: [executionsOf(field.kind === 'literal' ? field.value : undefined)],
    });
    grants.push(
      syncEventsRuleGrant(ctx.partition, 'StepFunctionsGetEventsForStepFunctionsExecutionRule'),
    );
  }
  return grants;
}

/**
 * A Distributed Map runs its item processor as child executions of the state machine itself:
 * `states:StartExecution` on the machine, `DescribeExecution`/`StopExecution` on its child
 * executions (`execution:<name>/*`).
 *
 * @example
 * ```ts
 * distributedMapGrants('arn:aws:states:*:*:stateMachine:orders');
 * ```
 */
export function distributedMapGrants(selfArn: string): Grant[] {
  const arn = parseArn(selfArn);
  const children =
    arn === undefined || !arn.resource.startsWith('stateMachine:')
      ? '*'
      : `arn:${arn.partition}:states:${arn.region}:${arn.account}:execution:${arn.resource.slice('stateMachine:'.length)}/*`;
  return [
    { actions: ['states:StartExecution'], resources: [selfArn] },
    { actions: ['states:DescribeExecution', 'states:StopExecution'], resources: [children] },
  ];
}
