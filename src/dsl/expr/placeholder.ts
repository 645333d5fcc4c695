import { isPlaceholderName, MAX_PLACEHOLDER_NAME_LENGTH } from '../../asl/placeholder-name.ts';
import { PlaceholderNode } from '../../ir/expression-node.ts';
import { DslError } from '../dsl-error.ts';
import { brand, type Placeholder } from './expression.ts';

/** The hint of an invalid placeholder name. @internal */
export const PLACEHOLDER_NAME_HINT = `use a letter followed by letters, digits or underscores, optionally dotted segments of the same (CDK style), at most ${MAX_PLACEHOLDER_NAME_LENGTH} characters, e.g. ProcessFunctionArn or inventoryBucket.bucketName`;

/**
 * A deploy-time value, such as a Lambda ARN that differs per environment. Usable wherever a
 * literal string goes (Resource, Parameters, Arguments, …), and inside a longer string with
 * {@link sub}. Each IaC target writes it its own way: `${Name}` for SAM/CloudFormation
 * `DefinitionSubstitutions` and Terraform `templatefile()`, or a concrete value from an
 * environment. Plain `.asl.json` output writes `${Name}`. CDK-style dotted names
 * (`inventoryBucket.bucketName`) are accepted; the serverless target refuses them.
 *
 * @example
 * ```ts
 * task('Process', { resource: placeholder('ProcessFunctionArn') });
 * // "Resource": "${ProcessFunctionArn}"
 * ```
 */
export function placeholder(name: string): Placeholder {
  if (!isPlaceholderName(name)) {
    const given: unknown = name;
    const shown = typeof given === 'string' ? given.slice(0, 200) : String(given);
    throw new DslError('InvalidPlaceholderName', `invalid placeholder name '${shown}'`, {
      hint: PLACEHOLDER_NAME_HINT,
    });
  }
  return brand(PlaceholderNode.create({ name })) as Placeholder;
}
