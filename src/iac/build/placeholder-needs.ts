import type { DeployTargetOptions, TargetOptionsMap } from '../config/project-config.ts';
import { optionPlaceholders } from '../deploy-settings.ts';
import type { TargetKind, WorkflowContext } from '../iac-target.ts';
import type { RawInsertion } from '../placeholder-values.ts';

/** What one target needs from the environment for one workflow. */
export interface PlaceholderNeeds {
  /** Placeholders that must have a value. */
  readonly values: readonly string[];
  /** Placeholders whose value a deploy tool inserts raw, and how. */
  readonly raw: ReadonlyMap<string, RawInsertion>;
  /**
   * Placeholders whose value may be a CloudFormation reference (the sam and cloudformation
   * targets write it into the template); any other value must be a string.
   */
  readonly references: ReadonlySet<string>;
}

/**
 * The environment values a target needs for a workflow, which of them a deploy tool inserts
 * without escaping (Terraform `templatefile()`, CloudFormation `DefinitionSubstitutions`, the
 * Serverless Framework's variables), and which may be CloudFormation references. Values aslc
 * writes itself (`inline`) are escaped exactly and need no check; `keep` needs no value at all.
 *
 * @example
 * ```ts
 * declare const ctx: WorkflowContext;
 * placeholderNeeds(ctx, 'terraform', { placeholders: 'substitutions' }).values; // ['FnArn']
 * ```
 */
export function placeholderNeeds(
  ctx: WorkflowContext,
  target: TargetKind,
  options: NonNullable<TargetOptionsMap[TargetKind]>,
): PlaceholderNeeds {
  // the ARNs of machines built with this one are bound by the build, not given by environments
  const names = ctx.rendered.sentinels.names.filter((n) => ctx.machineArns?.has(n) !== true);
  const mode = (options as { placeholders?: string }).placeholders;
  if (mode === 'keep') return { values: [], raw: new Map(), references: new Set() };
  if (target === 'asl' || target === 'iam') {
    return { values: names, raw: new Map(), references: new Set() };
  }
  const refs = optionPlaceholders(options as DeployTargetOptions);
  const values = [...new Set([...names, ...refs])].sort();
  const raw = new Map<string, RawInsertion>();
  const template = target === 'sam' || target === 'cloudformation';
  if (mode !== 'inline') {
    for (const n of names) {
      raw.set(n, {
        intrinsic: ctx.intrinsicPlaceholders.has(n),
        repeated: template || target === 'serverless',
      });
    }
  }
  const references = new Set<string>();
  if (template) {
    for (const r of refs) references.add(r);
    if (mode !== 'inline') for (const n of names) references.add(n);
  }
  return { values, raw, references };
}
