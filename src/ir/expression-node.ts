import type { IntrinsicName } from '../asl/intrinsic/functions.ts';
import { defineNode } from './node.ts';

/**
 * A JSONPath reference: `$`, `$.a.b`, `$$.Execution.Name` (context object) or `$name.x`
 * (variable). Emitted as the value of a `key.$` entry, or as a `…Path` field.
 */
export interface JsonPathNode {
  readonly kind: 'JsonPath';
  readonly path: string;
}
export const JsonPathNode = defineNode<JsonPathNode>('JsonPath');

/** A literal argument of an intrinsic function. */
export type IntrinsicLiteral = string | number | boolean | null;

/**
 * An argument of an intrinsic function: a literal, a path, a nested call, or a deploy-time
 * placeholder or substitution (rendered as a quoted literal).
 */
export type IntrinsicArg =
  IntrinsicLiteral | JsonPathNode | IntrinsicNode | PlaceholderNode | SubstitutionNode;

/** A call of one of the 18 `States.*` intrinsic functions. */
export interface IntrinsicNode {
  readonly kind: 'Intrinsic';
  readonly name: IntrinsicName;
  readonly args: readonly IntrinsicArg[];
}
export const IntrinsicNode = defineNode<IntrinsicNode>('Intrinsic');

/** A JSONata expression, without its `{% %}` delimiters (added by the emitter). */
export interface JsonataNode {
  readonly kind: 'Jsonata';
  readonly expr: string;
}
export const JsonataNode = defineNode<JsonataNode>('Jsonata');

/**
 * A deploy-time value (an ARN, a table name…), substituted by the IaC target: `${Name}` for
 * SAM/CloudFormation `DefinitionSubstitutions` and Terraform `templatefile()`, or a concrete value
 * from an environment.
 */
export interface PlaceholderNode {
  readonly kind: 'Placeholder';
  readonly name: string;
}
export const PlaceholderNode = defineNode<PlaceholderNode>('Placeholder');

/**
 * A string with deploy-time placeholders inside it, such as
 * `arn:${Partition}:states:::batch:submitJob.sync`: its literal text and its placeholders, in
 * order. Adjacent literal parts are merged and no literal part is empty. Each target writes the
 * placeholders its own way inside the string (`${Name}`, a Terraform template variable, a value).
 */
export interface SubstitutionNode {
  readonly kind: 'Substitution';
  readonly parts: readonly SubstitutionPart[];
}
export const SubstitutionNode = defineNode<SubstitutionNode>('Substitution');

/** One part of a {@link SubstitutionNode}: literal text or a placeholder. */
export type SubstitutionPart = string | PlaceholderNode;

/**
 * A string field that may hold deploy-time values (a Task `Resource`, an `ItemReader` or
 * `ResultWriter` `Resource`): a literal, one placeholder, or a substitution.
 */
export type DeployString = string | PlaceholderNode | SubstitutionNode;

/** Any expression node. */
export type ExpressionNode =
  JsonPathNode | IntrinsicNode | JsonataNode | PlaceholderNode | SubstitutionNode;
