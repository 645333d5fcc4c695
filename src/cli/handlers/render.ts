import { extname, resolve } from 'node:path';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { renderCommand } from '../commands/render.ts';
import { loadDefinition } from '../load-definition.ts';
import { renderDot, renderMermaid, renderSvg } from '../../render/index.ts';
import { writeFileAtomic } from '../../util/file-set.ts';
import { AslcError, UsageError } from '../../util/errors.ts';

/** The diagram formats. */
const FORMATS = ['mermaid', 'dot', 'svg'] as const;

type RenderFormat = (typeof FORMATS)[number];

/** The format implied by an output file's extension. */
const BY_EXTENSION: Readonly<Record<string, RenderFormat>> = {
  '.mmd': 'mermaid',
  '.mermaid': 'mermaid',
  '.dot': 'dot',
  '.gv': 'dot',
  '.svg': 'svg',
};

type RenderArgs = ArgsOf<typeof renderCommand>;

/** `aslc render <workflow>`: a diagram of the states and transitions. */
export const handleRender: CommandHandler<RenderArgs> = async (args, ctx) => {
  if (typeof args.workflow !== 'string') {
    throw new UsageError('name the workflow to render', 'aslc render <workflow.asl.json>');
  }
  if (args.out !== undefined && (typeof args.out !== 'string' || args.out === '')) {
    throw new UsageError('--out needs a file name', 'e.g. --out docs/workflow.svg');
  }
  if (args.format !== undefined && !FORMATS.includes(args.format)) {
    throw new UsageError(`unknown --format '${String(args.format)}'`, 'use mermaid, dot or svg');
  }
  const format =
    args.format ??
    (args.out === undefined ? undefined : BY_EXTENSION[extname(args.out).toLowerCase()]) ??
    'mermaid';
  const { definition, path } = await loadDefinition(args.workflow, ctx);
  let text: string;
  try {
    text = await draw(definition, format);
  } catch (e) {
    throw e instanceof AslcError ? e.withFile(path) : e;
  }
  if (args.out === undefined) {
    ctx.out(text.replace(/\n$/, ''));
    return 0;
  }
  try {
    writeFileAtomic(resolve(ctx.io.cwd, args.out), text);
  } catch (e) {
    throw new AslcError('WriteFailed', `cannot write ${args.out}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  ctx.info(`wrote ${args.out} (${format})`);
  return 0;
};

/** Renders in one format. */
function draw(definition: unknown, format: RenderFormat): Promise<string> | string {
  switch (format) {
    case 'mermaid':
      return renderMermaid(definition);
    case 'dot':
      return renderDot(definition);
    case 'svg':
      return renderSvg(definition);
  }
}
