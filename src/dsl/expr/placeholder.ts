import { PlaceholderNode } from '../../ir/expression-node.ts';
import { DslError } from '../dsl-error.ts';
import { brand, type Placeholder } from './expression.ts';

const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;

/**
 * A deploy-time value, such as a Lambda ARN that differs per environment. Usable wherever a
 * literal string goes (Resource, Parameters, Arguments, …). Each IaC target writes it its own way:
 * `${Name}` for SAM/CloudFormation `DefinitionSubstitutions` and Terraform `templatefile()`, or a
 * concrete value from an environment. Plain `.asl.json` output writes `${Name}`.
 *
 * @example
 * ```ts
 * task('Process', { resource: placeholder('ProcessFunctionArn') });
 * // "Resource": "${ProcessFunctionArn}"
 * ```
 */
export function placeholder(name: string): Placeholder {
  if (typeof name !== 'string' || !PLACEHOLDER_NAME.test(name)) {
    throw new DslError('InvalidPlaceholderName', `invalid placeholder name '${String(name)}'`, {
      hint: 'use a letter followed by letters, digits or underscores (at most 128 characters), e.g. ProcessFunctionArn',
    });
  }
  return brand(PlaceholderNode.create({ name })) as Placeholder;
}
