import { toCanonicalJson } from '../../util/json.ts';
import type { IamTargetOptions } from '../config/project-config.ts';
import { rolePolicy, stateMachineNameFor } from '../deploy-settings.ts';
import type { Artifact, BuildProblem, WorkflowContext } from '../iac-target.ts';
import { dollarBrace } from '../placeholder-values.ts';

/**
 * The `iam` target: `<dir>/<workflow>.iam.json`, the policy document the workflow's execution
 * role needs (src/iac/iam/README.md). Placeholders in resources are the environment's values
 * (`placeholders: 'inline'`, the default) or `${Name}` (`'keep'`). Permissions that could not
 * be derived precisely are reported as warnings.
 *
 * @example
 * ```ts
 * declare const ctx: WorkflowContext, problems: BuildProblem[];
 * const [file] = iamArtifacts(ctx, {}, problems);
 * if (file) JSON.parse(file.content).Version; // '2012-10-17'
 * ```
 */
export function iamArtifacts(
  ctx: WorkflowContext,
  options: IamTargetOptions,
  problems: BuildProblem[],
): Artifact[] {
  const document = rolePolicy(
    ctx,
    {
      stateMachineName: stateMachineNameFor(ctx, options.stateMachineName),
      partition: options.partition ?? 'aws',
      logging: options.logging ?? false,
      tracing: options.tracing ?? false,
    },
    options.placeholders === 'keep' ? 'tokens' : 'values',
    'iam',
    problems,
  );
  const content = ctx.rendered.sentinels.replace(toCanonicalJson(document), dollarBrace);
  return [
    {
      workflow: ctx.name,
      target: 'iam',
      path: `${options.dir ?? 'iam'}/${ctx.name}.iam.json`,
      content,
      states: ctx.states,
    },
  ];
}
