import type { ObjectNode, ValueNode } from '../../ir/value-node.ts';
import type { Grant } from './policy-document.ts';

/**
 * How a placeholder reads in a derived policy: its concrete value (then it is treated exactly as
 * a literal), or an opaque token that a target later renders (`${Name}`, a Terraform variable, a
 * CloudFormation `Ref`).
 */
export type ResolvedPlaceholder =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'token'; readonly text: string };

/** A value of a Task's `Parameters`/`Arguments`, as far as IAM derivation can tell. */
export type FieldValue =
  | { readonly kind: 'absent' }
  | { readonly kind: 'dynamic' }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'token'; readonly text: string }
  | { readonly kind: 'object'; readonly node: ObjectNode }
  | { readonly kind: 'array'; readonly items: readonly ValueNode[] }
  | { readonly kind: 'scalar' };

/** A JSONata expression written as a literal string (`"{% … %}"`), evaluated by AWS. */
const JSONATA_TEXT = /^\{%[\s\S]*%\}$/;

/**
 * Classifies one payload value: a literal string, a placeholder (resolved or opaque), a
 * substitution (a literal whose placeholders are their values or their tokens; opaque when it is
 * an ARN with a token in it), an expression
 * evaluated at run time (`dynamic`), a nested object or array.
 *
 * @example
 * ```ts
 * classifyValue('arn:aws:sns:us-east-1:1:t', resolve); // { kind: 'literal', value: 'arn:…' }
 * ```
 */
export function classifyValue(
  value: ValueNode | undefined,
  resolve: (name: string) => ResolvedPlaceholder,
): FieldValue {
  if (value === undefined) return { kind: 'absent' };
  if (typeof value === 'string') {
    return JSONATA_TEXT.test(value) ? { kind: 'dynamic' } : { kind: 'literal', value };
  }
  if (value === null || typeof value !== 'object') return { kind: 'scalar' };
  switch (value.kind) {
    case 'Placeholder': {
      const r = resolve(value.name);
      return r.kind === 'value' ? { kind: 'literal', value: r.value } : r;
    }
    case 'Substitution': {
      // Known up to deploy time: each placeholder is its value, or its token (which the target
      // renders inside the policy's text as it does in the definition). An ARN with a token in
      // it is opaque, as a placeholder bound to an ARN field is; any other text is a literal
      // whose tokens stand in it (a name pattern accepts a target's sentinel tokens).
      let text = '';
      let opaque = false;
      for (const part of value.parts) {
        if (typeof part === 'string') text += part;
        else {
          const r = resolve(part.name);
          text += r.kind === 'value' ? r.value : r.text;
          opaque ||= r.kind === 'token';
        }
      }
      return opaque && text.startsWith('arn:')
        ? { kind: 'token', text }
        : { kind: 'literal', value: text };
    }
    case 'Object':
      return { kind: 'object', node: value };
    case 'Array':
      return { kind: 'array', items: value.items };
    default:
      return { kind: 'dynamic' };
  }
}

/**
 * Reads one top-level field of a payload (`Parameters` or `Arguments`). A field written with a
 * `.$` key, or a payload that is itself an expression, is `dynamic`.
 *
 * @example
 * ```ts
 * payloadField(task.parameters, 'FunctionName', resolve);
 * ```
 */
export function payloadField(
  payload: ValueNode | undefined,
  key: string,
  resolve: (name: string) => ResolvedPlaceholder,
): FieldValue {
  if (payload === undefined) return { kind: 'absent' };
  if (payload === null || typeof payload !== 'object' || payload.kind !== 'Object') {
    const dynamic =
      (typeof payload === 'string' && JSONATA_TEXT.test(payload)) ||
      (typeof payload === 'object' && payload !== null && payload.kind !== 'Array');
    return dynamic ? { kind: 'dynamic' } : { kind: 'absent' };
  }
  for (const entry of payload.entries) {
    if (entry.key === key + '.$') return { kind: 'dynamic' };
    if (entry.key === key) {
      return entry.rawDollarKey === true
        ? { kind: 'dynamic' }
        : classifyValue(entry.value, resolve);
    }
  }
  return { kind: 'absent' };
}

/** Everything a service family needs to derive the grants of one Task (or reader/writer). */
export interface TaskContext {
  /** The state's name. */
  readonly state: string;
  /** The partition of the Resource ARN (`aws`, `aws-cn`, …). */
  readonly partition: string;
  /** The integrated service (`lambda`, `batch`, `aws-sdk`, …). */
  readonly service: string;
  /** The action, as written in the Resource (`invoke`, `submitJob`, `s3:getObject` for SDK). */
  readonly action: string;
  /** The integration pattern suffix, `''` for request-response. */
  readonly pattern: '' | 'sync' | 'sync:2' | 'waitForTaskToken';
  /** Reads a top-level field of `Parameters` (JSONPath) or `Arguments` (JSONata). */
  field(key: string): FieldValue;
  /** Classifies a nested value. */
  classify(value: ValueNode | undefined): FieldValue;
  /** The state machine's own ARN, or a pattern for it (`*` when its name is unknown). */
  readonly selfArn: string;
  /** Reports a permission that could not be derived precisely. */
  warn(message: string): void;
}

/** Derives the grants of one integration. */
export type GrantDeriver = (ctx: TaskContext) => Grant[];

/**
 * The IAM action of an integration action: the service prefix, then the action with its first
 * letter upper-cased.
 *
 * @example
 * ```ts
 * iamAction('sqs', 'sendMessage'); // 'sqs:SendMessage'
 * ```
 */
export function iamAction(service: string, action: string): string {
  return `${service}:${action.charAt(0).toUpperCase()}${action.slice(1)}`;
}

/**
 * An action of an optimized integration that aslc has no derivation for: its IAM action on `*`,
 * reported as imprecise.
 *
 * @example
 * ```ts
 * unknownActionGrants(ctx, 'batch'); // batch:CancelJob on *
 * ```
 */
export function unknownActionGrants(ctx: TaskContext, service: string): Grant[] {
  ctx.warn(`${service}:${ctx.action} is not an optimized integration aslc knows: granted on *`);
  return [{ actions: [iamAction(service, ctx.action)], resources: ['*'] }];
}
