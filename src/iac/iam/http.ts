import type { Grant } from './policy-document.ts';
import type { TaskContext } from './task-context.ts';

/**
 * HTTPS endpoints (`arn:aws:states:::http:invoke`): `states:InvokeHTTPEndpoint` on the state
 * machine itself, `events:RetrieveConnectionCredentials` on the EventBridge connection
 * (`Authentication.ConnectionArn`), and `secretsmanager:GetSecretValue`/`DescribeSecret` on the
 * connection's secrets (`events!connection/*`).
 *
 * @example
 * ```ts
 * httpInvokeGrants(ctx);
 * ```
 */
export function httpInvokeGrants(ctx: TaskContext): Grant[] {
  let connection = '*';
  const auth = ctx.field('Authentication');
  if (auth.kind === 'object') {
    for (const e of auth.node.entries) {
      if (e.key !== 'ConnectionArn') continue;
      const c = ctx.classify(e.value);
      if (c.kind === 'literal' && c.value.startsWith('arn:')) connection = c.value;
      else if (c.kind === 'token') connection = c.text;
    }
  }
  return [
    { actions: ['states:InvokeHTTPEndpoint'], resources: [ctx.selfArn] },
    { actions: ['events:RetrieveConnectionCredentials'], resources: [connection] },
    {
      actions: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
      resources: [`arn:${ctx.partition}:secretsmanager:*:*:secret:events!connection/*`],
    },
  ];
}
