import { resolve } from 'node:path';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { renderCommand } from '../commands/render.ts';
import type { CliContext } from '../context.ts';
import type { Plan } from '../../plans/plan-types.ts';
import { loadDefinition } from '../load-definition.ts';
import { isPlanFile } from '../../plans/plan-identity.ts';
import { readInputText } from '../read-input.ts';
import {
  DIAGRAM_FORMATS,
  diagramFormatFor,
  renderDiagram,
  type DiagramOverlay,
} from '../../render/index.ts';
import { writeFileAtomic } from '../../util/file-set.ts';
import { AslcError, UsageError } from '../../util/errors.ts';

type RenderArgs = ArgsOf<typeof renderCommand>;

/** `aslc render <workflow>`: a diagram of the states and transitions, or of a plan's jobs. */
export const handleRender: CommandHandler<RenderArgs> = async (args, ctx) => {
  if (typeof args.workflow !== 'string') {
    throw new UsageError('name the workflow to render', 'aslc render <workflow.asl.json>');
  }
  if (args.out !== undefined && (typeof args.out !== 'string' || args.out === '')) {
    throw new UsageError('--out needs a file name', 'e.g. --out docs/workflow.svg');
  }
  if (args.format !== undefined && !DIAGRAM_FORMATS.includes(args.format)) {
    throw new UsageError(`unknown --format '${String(args.format)}'`, 'use mermaid, dot or svg');
  }
  const format =
    args.format ?? (args.out === undefined ? undefined : diagramFormatFor(args.out)) ?? 'mermaid';
  // A whole plan is drawn as its jobs and groups (its machine, hundreds of status states, is
  // for --states, a coverage overlay, or one machine picked with plan#name). A plan file is not
  // compiled for its outline; a module is loaded first to learn whether it exports a plan.
  const outlined =
    args.states !== true && args.coverage === undefined && !args.workflow.includes('#');
  const loaded =
    outlined && isPlanFile(args.workflow)
      ? { path: args.workflow, definition: await planOutlineOf(args.workflow, ctx) }
      : await loadDefinition(args.workflow, ctx);
  const { path } = loaded;
  const definition =
    outlined && loaded.plan === true ? await planOutlineOf(args.workflow, ctx) : loaded.definition;
  const overlay = args.coverage === undefined ? undefined : await readCoverage(args, ctx);
  let text: string;
  try {
    text = await renderDiagram(definition, format, overlay === undefined ? {} : { overlay });
  } catch (e) {
    throw e instanceof AslcError ? e.withFile(path) : e;
  }
  if (args.out === undefined) {
    ctx.block(text.replace(/\n$/, ''));
    return 0;
  }
  writeFileAtomic(resolve(ctx.io.cwd, args.out), text, args.out);
  ctx.info(`wrote ${args.out} (${format})`);
  return 0;
};

/** The outline of a plan: a box per job, a cluster per group. */
async function planOutlineOf(file: string, ctx: CliContext): Promise<Record<string, unknown>> {
  const { loadPlanSource } = await import('../module-loader.ts');
  const { planOutline } = await import('../../plans/index.ts');
  const { plan } = await loadPlanSource(resolve(ctx.io.cwd, file), file);
  try {
    return planOutline(plan as Plan);
  } catch (e) {
    throw e instanceof AslcError ? e.withFile(file) : e;
  }
}

/** The coverage overlay of `--coverage FILE` for the rendered workflow. */
async function readCoverage(args: RenderArgs, ctx: CliContext): Promise<DiagramOverlay> {
  const file = args.coverage as string;
  const { content: text } = await readInputText(ctx, file);
  const { coverageOverlay, parseCoverageJson, selectCoverageWorkflow } =
    await import('../../run/coverage/index.ts');
  try {
    const report = parseCoverageJson(text);
    return coverageOverlay(selectCoverageWorkflow(report, args.workflow, ctx.io.cwd));
  } catch (e) {
    throw e instanceof AslcError ? e.withFile(file) : e;
  }
}
