import { nameOrArn } from './arn.ts';
import type { Grant } from './policy-document.ts';
import { iamAction, type TaskContext } from './task-context.ts';

const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

/**
 * Amazon DynamoDB `dynamodb:getItem|putItem|updateItem|deleteItem`: the matching action on the
 * table named by `TableName` (a name or an ARN).
 *
 * @example
 * ```ts
 * dynamodbGrants(ctx); // dynamodb:PutItem on arn:aws:dynamodb:*:*:table/Orders
 * ```
 */
export function dynamodbGrants(ctx: TaskContext): Grant[] {
  const action = iamAction('dynamodb', ctx.action);
  const table = nameOrArn(ctx.field('TableName'), ctx.partition, 'dynamodb', 'table/', TABLE_NAME);
  return [{ actions: [action], resources: [table] }];
}
