import type { FieldValue } from './task-context.ts';

/** The parts of an ARN: `arn:<partition>:<service>:<region>:<account>:<resource>`. */
export interface Arn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  /** Everything after the fifth colon (`function:name`, `job-queue/q`, `stateMachine:m`). */
  readonly resource: string;
}

/**
 * Parses an ARN, or returns `undefined` for anything else.
 *
 * @example
 * ```ts
 * parseArn('arn:aws:lambda:us-east-1:123456789012:function:f')?.resource; // 'function:f'
 * ```
 */
export function parseArn(text: string): Arn | undefined {
  const m = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*|\*):(\d{12}|\*?):(.+)$/.exec(text);
  if (m === null) return undefined;
  return {
    partition: m[1] as string,
    service: m[2] as string,
    region: m[3] as string,
    account: m[4] as string,
    resource: m[5] as string,
  };
}

/**
 * An ARN pattern for a resource known by name only: any region, any account.
 *
 * @example
 * ```ts
 * wildcardArn('aws', 'dynamodb', 'table/Orders'); // 'arn:aws:dynamodb:*:*:table/Orders'
 * ```
 */
export function wildcardArn(partition: string, service: string, resource: string): string {
  return `arn:${partition}:${service}:*:*:${resource}`;
}

/**
 * A resource for a field that holds a name or an ARN of `service`: a literal ARN of that service
 * as it is; a plain name (matching `namePattern`) inside `wildcardArn`; an opaque placeholder
 * token as it is (placeholders bound to such fields must be ARNs); anything else `*`.
 *
 * @example
 * ```ts
 * nameOrArn({ kind: 'literal', value: 'Orders' }, 'aws', 'dynamodb', 'table/', /^[\w.-]+$/);
 * // 'arn:aws:dynamodb:*:*:table/Orders'
 * ```
 */
export function nameOrArn(
  field: FieldValue,
  partition: string,
  service: string,
  prefix: string,
  namePattern: RegExp,
): string {
  if (field.kind === 'token') return field.text;
  if (field.kind !== 'literal') return '*';
  const arn = parseArn(field.value);
  if (arn !== undefined) return arn.service === service ? field.value : '*';
  return namePattern.test(field.value)
    ? wildcardArn(partition, service, prefix + field.value)
    : '*';
}

/**
 * The events rule a `.sync` integration manages (Step Functions creates it to learn when the job
 * ends): `events:PutTargets`, `PutRule` and `DescribeRule` on it.
 *
 * @example
 * ```ts
 * syncEventsRuleGrant('aws', 'StepFunctionsGetEventsForBatchJobsRule');
 * ```
 */
export function syncEventsRuleGrant(
  partition: string,
  rule: string,
): { actions: string[]; resources: string[] } {
  return {
    actions: ['events:DescribeRule', 'events:PutRule', 'events:PutTargets'],
    resources: [wildcardArn(partition, 'events', `rule/${rule}`)],
  };
}

/**
 * A field that holds an ARN: a literal ARN, an opaque placeholder token, else `*`.
 *
 * @example
 * ```ts
 * arnText({ kind: 'literal', value: 'arn:aws:sns:us-east-1:123456789012:t' }); // the ARN
 * ```
 */
export function arnText(field: FieldValue): string {
  if (field.kind === 'token') return field.text;
  if (field.kind === 'literal' && parseArn(field.value) !== undefined) return field.value;
  return '*';
}
