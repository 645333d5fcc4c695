import type { DeployString, SubstitutionNode } from '../ir/expression-node.ts';

/** Where a placeholder sits: in a JSON string, or inside a quoted literal argument of an intrinsic. */
export type PlaceholderContext = 'string' | 'intrinsic';

/**
 * How a placeholder is written: its name and where it sits (inside an intrinsic argument, a
 * target escapes a value for the intrinsic literal too).
 */
export type PlaceholderWriter = (name: string, context: PlaceholderContext) => string;

/**
 * How plain `.asl.json` output writes a deploy-time placeholder: `${Name}`, the substitution
 * syntax of SAM/CloudFormation `DefinitionSubstitutions` and Terraform `templatefile()`.
 *
 * @example
 * ```ts
 * dollarBrace('FunctionArn'); // '${FunctionArn}'
 * ```
 */
export function dollarBrace(name: string): string {
  return '${' + name + '}';
}

/**
 * The text of a substitution: its literal parts as they are (`literal` may escape them) and each
 * placeholder as `placeholder` writes it.
 *
 * @example
 * ```ts
 * substitutionText(node, (name) => '${' + name + '}');
 * // 'arn:${Partition}:states:::batch:submitJob.sync'
 * ```
 */
export function substitutionText(
  node: SubstitutionNode,
  placeholder: PlaceholderWriter,
  context: PlaceholderContext = 'string',
  literal: (text: string) => string = (text) => text,
): string {
  let out = '';
  for (const part of node.parts) {
    out += typeof part === 'string' ? literal(part) : placeholder(part.name, context);
  }
  return out;
}

/**
 * The text of a string field that may hold deploy-time values (a `Resource`).
 *
 * @example
 * ```ts
 * deployStringText(PlaceholderNode.create({ name: 'FnArn' }), (n) => '${' + n + '}'); // '${FnArn}'
 * ```
 */
export function deployStringText(value: DeployString, placeholder: PlaceholderWriter): string {
  if (typeof value === 'string') return value;
  if (value.kind === 'Placeholder') return placeholder(value.name, 'string');
  return substitutionText(value, placeholder);
}
