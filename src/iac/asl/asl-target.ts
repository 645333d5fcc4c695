import type { AslTargetOptions } from '../config/project-config.ts';
import { findLiteral } from '../escape.ts';
import {
  definitionCheck,
  type Artifact,
  type BuildProblem,
  type WorkflowContext,
} from '../iac-target.ts';
import { dollarBrace, jsonValues } from '../placeholder-values.ts';

/**
 * The `asl` target: `<dir>/<workflow>.asl.json`. With `placeholders: 'inline'` (the default)
 * every placeholder is replaced by the environment's value, escaped exactly (JSON string
 * escaping, plus the intrinsic-literal escaping inside intrinsic arguments); with `'keep'` the
 * file keeps `${Name}`, for a deploy tool to substitute. The ARNs of state machines built with
 * this one (a plan's child machines) stay `${Name}` in either mode.
 *
 * @example
 * ```ts
 * declare const ctx: WorkflowContext, warnings: BuildProblem[];
 * const [file] = aslArtifacts(ctx, { placeholders: 'keep' }, warnings);
 * file?.path; // 'asl/orders.asl.json'
 * ```
 */
export function aslArtifacts(
  ctx: WorkflowContext,
  options: AslTargetOptions,
  problems: BuildProblem[],
): Artifact[] {
  const { rendered } = ctx;
  const keep = options.placeholders === 'keep';
  const values = jsonValues(ctx.environment?.values ?? {});
  // the ARNs of machines built with this one stay ${Name}: only a deploy tool knows them
  const kept = ctx.machineArns ?? new Map();
  const content = rendered.sentinels.replace(rendered.text, (name, context) =>
    keep || kept.has(name) ? dollarBrace(name, context) : values(name, context),
  );
  const hasPlaceholders = rendered.sentinels.names.length > 0;
  if (keep && hasPlaceholders) {
    for (const o of findLiteral(rendered.asl, '${')) {
      problems.push({
        severity: 'warning',
        code: 'AmbiguousDollarBrace',
        message:
          'a literal "${" in the definition looks like a placeholder in the kept ${Name} form',
        workflow: ctx.name,
        target: 'asl',
        pointer: o.pointer,
        ...(o.state === undefined ? {} : { state: o.state }),
      });
    }
  }
  return [
    {
      workflow: ctx.name,
      target: 'asl',
      path: `${options.dir ?? 'asl'}/${ctx.name}.asl.json`,
      content,
      states: ctx.states,
      definition: definitionCheck(
        content,
        options.type ?? ctx.type,
        (keep && hasPlaceholders) || kept.size > 0,
        ctx.extraFields,
      ),
    },
  ];
}
