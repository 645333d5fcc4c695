import { toCanonicalJson } from '../../util/json.ts';
import type { IamTargetOptions } from '../config/project-config.ts';
import { stateMachineNameFor } from '../deploy-settings.ts';
import type { Artifact, BuildProblem, WorkflowContext } from '../iac-target.ts';
import { dollarBrace } from '../placeholder-values.ts';
import { derivePolicy } from './derive-policy.ts';

/**
 * The `iam` target: `<dir>/<workflow>.iam.json`, the policy document the workflow's execution
 * role needs (src/iac/iam/README.md). Placeholders in resources are the environment's values
 * (`placeholders: 'inline'`, the default) or `${Name}` (`'keep'`). Permissions that could not
 * be derived precisely are reported as warnings.
 *
 * @example
 * ```ts
 * const [file] = iamArtifacts(ctx, {}, problems);
 * JSON.parse(file.content).Version; // '2012-10-17'
 * ```
 */
export function iamArtifacts(
  ctx: WorkflowContext,
  options: IamTargetOptions,
  problems: BuildProblem[],
): Artifact[] {
  const keep = options.placeholders === 'keep';
  const values = ctx.environment?.values ?? {};
  const { document, warnings } = derivePolicy(ctx.machine, {
    resolve: (name) =>
      keep
        ? { kind: 'token', text: ctx.rendered.sentinels.token(name) }
        : { kind: 'value', value: values[name] as string },
    stateMachineName: stateMachineNameFor(ctx, options.stateMachineName),
    partition: options.partition ?? 'aws',
    logging: options.logging ?? false,
    tracing: options.tracing ?? false,
  });
  for (const w of warnings) {
    problems.push({
      severity: 'warning',
      code: 'ImpreciseIamPermission',
      message: w.message,
      workflow: ctx.name,
      target: 'iam',
      state: w.state,
    });
  }
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
