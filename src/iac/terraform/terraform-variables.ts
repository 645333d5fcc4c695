import type { TerraformTargetOptions } from '../config/project-config.ts';
import { resolveDeploySettings } from '../deploy-settings.ts';
import type { WorkflowContext } from '../iac-target.ts';

/** How one workflow uses a module variable. */
export interface TerraformVariableUse {
  readonly placeholder: string;
  readonly workflow: string;
  /** `templatefile()` inserts it into the definition (raw, so its value is checked). */
  readonly inDefinition: boolean;
  /** It is an argument of an intrinsic function (stricter check). */
  readonly intrinsic: boolean;
  /** The environment's value, when the workflow passes values (`substitutions` mode). */
  readonly value: string | undefined;
  /** Where that value goes. */
  readonly valuesIn: 'tfvars' | 'defaults';
}

/**
 * The module variables one workflow uses: the placeholders of its definition (templated, in
 * `substitutions` and `keep` modes) and of its options (`roleArn`, `logging.logGroupArn`,
 * `permissionsBoundary` written `${Name}`), with the environment's value in `substitutions` mode.
 * `inline` mode uses none (the values are written in).
 *
 * @example
 * ```ts
 * terraformVariableUses(ctx, {}).map((u) => u.placeholder); // ['ProcessFunctionArn']
 * ```
 */
export function terraformVariableUses(
  ctx: WorkflowContext,
  options: TerraformTargetOptions,
): TerraformVariableUse[] {
  const s = resolveDeploySettings(ctx, options);
  if (s.mode === 'inline') return [];
  // the ARNs of machines of the same module are their resources' arn, not variables
  const names = ctx.rendered.sentinels.names.filter((p) => ctx.machineArns?.has(p) !== true);
  const all = [...new Set([...names, ...s.optionPlaceholders])].sort();
  const values = ctx.environment?.values ?? {};
  return all.map((p) => ({
    placeholder: p,
    workflow: ctx.name,
    inDefinition: names.includes(p),
    intrinsic: ctx.intrinsicPlaceholders.has(p),
    value: s.mode === 'substitutions' && Object.hasOwn(values, p) ? values[p] : undefined,
    valuesIn: options.environmentValues ?? 'tfvars',
  }));
}
