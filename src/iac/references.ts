import { setOwn } from '../util/json.ts';
import type { CloudFormationReference, PlaceholderSetting } from './config/project-config.ts';
import type { Environment, WorkflowContext } from './iac-target.ts';

/**
 * CloudFormation references as environment values (iac.md §5.3: `MyFnArn: !GetAtt MyFn.Arn`):
 * the sam and cloudformation targets place them into `DefinitionSubstitutions` (and into the
 * role, log group and policy resources), where CloudFormation evaluates them at deploy time.
 * Every other target writes values as text, so it refuses them.
 */

/** The functions an environment value may be (one key each). */
export const REFERENCE_FUNCTIONS = ['Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::ImportValue'] as const;

/**
 * True when an environment value is a CloudFormation reference (an object with exactly one key,
 * one of {@link REFERENCE_FUNCTIONS}).
 *
 * @example
 * ```ts
 * isCloudFormationReference({ 'Fn::GetAtt': ['Fn', 'Arn'] }); // true
 * isCloudFormationReference('arn:aws:lambda:…'); // false
 * ```
 */
export function isCloudFormationReference(value: unknown): value is CloudFormationReference {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 && (REFERENCE_FUNCTIONS as readonly string[]).includes(keys[0] as string)
  );
}

/**
 * An environment from its placeholder settings: strings go to `values`, references to
 * `references`.
 *
 * @example
 * ```ts
 * environmentOf('dev', { Fn: { Ref: 'MyFn' }, Stage: 'dev' });
 * // { name: 'dev', values: { Stage: 'dev' }, references: { Fn: { Ref: 'MyFn' } } }
 * ```
 */
export function environmentOf(
  name: string,
  settings: Readonly<Record<string, PlaceholderSetting>>,
): Environment {
  const values: Record<string, string> = {};
  const references: Record<string, CloudFormationReference> = {};
  for (const [k, v] of Object.entries(settings)) {
    if (typeof v === 'string') setOwn(values, k, v);
    else setOwn(references, k, v);
  }
  return Object.keys(references).length === 0 ? { name, values } : { name, values, references };
}

/**
 * The reference an environment gives a placeholder, if it gives one.
 *
 * @example
 * ```ts
 * declare const env: Environment;
 * placeholderReference(env, 'Fn'); // { Ref: 'MyFn' }
 * ```
 */
export function placeholderReference(
  environment: Environment | undefined,
  name: string,
): CloudFormationReference | undefined {
  const refs = environment?.references;
  return refs !== undefined && Object.hasOwn(refs, name) ? refs[name] : undefined;
}

/**
 * True when the environment gives the placeholder a value, a string or a reference.
 *
 * @example
 * ```ts
 * hasPlaceholderValue(env, 'Stage'); // true
 * ```
 */
export function hasPlaceholderValue(environment: Environment | undefined, name: string): boolean {
  if (environment === undefined) return false;
  return (
    Object.hasOwn(environment.values, name) || placeholderReference(environment, name) !== undefined
  );
}

/**
 * The CloudFormation reference a template writes for a placeholder of a workflow: the ARN of a
 * state machine built with it (`machineArns`), or the environment's reference.
 *
 * @example
 * ```ts
 * declare const ctx: WorkflowContext;
 * contextReference(ctx, 'ChildStateMachineArn'); // { 'Fn::Sub': 'arn:${AWS::Partition}:states:…' }
 * ```
 */
export function contextReference(
  ctx: WorkflowContext,
  name: string,
): CloudFormationReference | undefined {
  const bound = ctx.machineArns?.get(name);
  if (bound?.kind === 'reference') return bound.reference;
  return placeholderReference(ctx.environment, name);
}
