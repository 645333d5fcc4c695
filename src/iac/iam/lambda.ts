import { parseArn, wildcardArn } from './arn.ts';
import type { Grant } from './policy-document.ts';
import type { FieldValue, TaskContext } from './task-context.ts';

/** A function name, optionally with a version or alias: `name`, `name:prod`, `name:3`. */
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,140}(:[A-Za-z0-9_$-]+)?$/;
/** A partial ARN: `123456789012:function:name[:qualifier]`. */
const PARTIAL_ARN = /^(\d{12}):function:([A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?)$/;

/** The function ARN plus `:*` (its versions and aliases) unless it is qualified already. */
function withQualifiers(arn: string, qualified: boolean): string[] {
  return qualified ? [arn] : [arn, `${arn}:*`];
}

/**
 * The resources `lambda:InvokeFunction` needs for a `FunctionName` (a name, a partial ARN or a
 * full ARN, optionally qualified): the function and its versions and aliases. An opaque
 * placeholder is taken as a function ARN; a run-time value gives `*`.
 *
 * @example
 * ```ts
 * functionResources({ kind: 'literal', value: 'charge' }, 'aws');
 * // ['arn:aws:lambda:*:*:function:charge', 'arn:aws:lambda:*:*:function:charge:*']
 * ```
 */
export function functionResources(field: FieldValue, partition: string): string[] {
  if (field.kind === 'token') return withQualifiers(field.text, false);
  if (field.kind !== 'literal') return ['*'];
  const value = field.value;
  const arn = parseArn(value);
  if (arn !== undefined) {
    if (arn.service !== 'lambda' || !arn.resource.startsWith('function:')) return ['*'];
    return withQualifiers(value, arn.resource.split(':').length > 2);
  }
  const partial = PARTIAL_ARN.exec(value);
  if (partial !== null) {
    const name = partial[2] as string;
    return withQualifiers(
      `arn:${partition}:lambda:*:${partial[1]}:function:${name}`,
      partial[3] !== undefined,
    );
  }
  if (FUNCTION_NAME.test(value)) {
    return withQualifiers(
      wildcardArn(partition, 'lambda', `function:${value}`),
      value.includes(':'),
    );
  }
  return ['*'];
}

/**
 * `arn:aws:states:::lambda:invoke` (and `.waitForTaskToken`): `lambda:InvokeFunction` on the
 * `FunctionName`.
 *
 * @example
 * ```ts
 * lambdaInvokeGrants(ctx); // [{ actions: ['lambda:InvokeFunction'], resources: [...] }]
 * ```
 */
export function lambdaInvokeGrants(ctx: TaskContext): Grant[] {
  const fn = ctx.field('FunctionName');
  if (fn.kind === 'absent') ctx.warn('lambda:invoke without a FunctionName: granted on *');
  return [{ actions: ['lambda:InvokeFunction'], resources: functionResources(fn, ctx.partition) }];
}

/**
 * A Task whose Resource is a Lambda function ARN (the legacy form): `lambda:InvokeFunction` on
 * that function.
 *
 * @example
 * ```ts
 * lambdaFunctionGrants('arn:aws:lambda:us-east-1:123456789012:function:legacy');
 * ```
 */
export function lambdaFunctionGrants(functionArn: string): Grant[] {
  return [{ actions: ['lambda:InvokeFunction'], resources: [functionArn] }];
}
