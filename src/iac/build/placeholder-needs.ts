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
}

/**
 * The environment values a target needs for a workflow, and which of them a deploy tool inserts
 * without escaping (Terraform `templatefile()`, CloudFormation `DefinitionSubstitutions`).
 * Values aslc writes itself (`inline`) are escaped exactly and need no check; `keep` needs no
 * value at all.
 *
 * @example
 * ```ts
 * placeholderNeeds(ctx, 'terraform', { placeholders: 'substitutions' }).values; // ['FnArn']
 * ```
 */
export function placeholderNeeds(
  ctx: WorkflowContext,
  target: TargetKind,
  options: NonNullable<TargetOptionsMap[TargetKind]>,
): PlaceholderNeeds {
  const names = ctx.rendered.sentinels.names;
  const mode = (options as { placeholders?: string }).placeholders;
  if (mode === 'keep') return { values: [], raw: new Map() };
  if (target === 'asl' || target === 'iam') return { values: names, raw: new Map() };
  const refs = optionPlaceholders(options as DeployTargetOptions);
  const values = [...new Set([...names, ...refs])].sort();
  const raw = new Map<string, RawInsertion>();
  if (mode !== 'inline') {
    for (const n of names) {
      raw.set(n, {
        intrinsic: ctx.intrinsicPlaceholders.has(n),
        repeated: target === 'sam' || target === 'cloudformation',
      });
    }
  }
  return { values, raw };
}
