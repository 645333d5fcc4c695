import { extname, resolve } from 'node:path';
import type { AslcCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { loadDefinition } from '../load-definition.ts';
import {
  renderDot,
  renderMermaid,
  renderSvg,
  type DiagramOverlay,
  type RenderOptions,
} from '../../render/index.ts';
import { coverageOverlay, parseCoverageJson, selectCoverageWorkflow } from '../../run/index.ts';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../util/atomic-write.ts';
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

interface RenderArgs {
  readonly workflow: string;
  readonly format?: RenderFormat;
  readonly out?: string;
  readonly coverage?: string;
}

/** `aslc render <workflow>`: a diagram of the states and transitions. */
export const renderCommand: AslcCommand = {
  command: 'render <workflow>',
  describe: 'Draw a workflow as a Mermaid, Graphviz DOT or SVG diagram',
  examples: [
    ['aslc render order.asl.json', 'print a Mermaid flowchart (paste it into Markdown)'],
    ['aslc render order.asl.json --format dot', 'print Graphviz DOT'],
    ['aslc render order.asl.json --out docs/order.svg', 'write an SVG (format from the extension)'],
    ['aslc render order.asl.json -f mermaid -o docs/order.mmd', 'write a Mermaid file'],
    [
      'aslc render order.ts --coverage coverage/coverage.json -o cov.svg',
      'colour what aslc test --coverage covered',
    ],
  ],
  builder: (y) =>
    y
      .positional('workflow', {
        type: 'string',
        describe: 'ASL JSON file (*.asl.json, *.json)',
        demandOption: true,
      })
      .option('format', {
        alias: 'f',
        choices: FORMATS,
        describe: "Diagram format (default: from --out's extension, else mermaid)",
      })
      .option('out', {
        alias: 'o',
        type: 'string',
        describe: 'Write the diagram to FILE instead of standard output',
      })
      .option('coverage', {
        type: 'string',
        describe: 'Colour covered and uncovered states and transitions from a coverage.json',
      }),
  handler: async (args: RenderArgs, ctx: CliContext) => {
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
    const overlay = args.coverage === undefined ? undefined : readCoverage(args, ctx);
    let text: string;
    try {
      text = await draw(definition, format, overlay === undefined ? {} : { overlay });
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
  },
};

/** Renders in one format. */
function draw(
  definition: unknown,
  format: RenderFormat,
  options: RenderOptions,
): Promise<string> | string {
  switch (format) {
    case 'mermaid':
      return renderMermaid(definition, options);
    case 'dot':
      return renderDot(definition, options);
    case 'svg':
      return renderSvg(definition, options);
  }
}

/** The coverage overlay of `--coverage FILE` for the rendered workflow. */
function readCoverage(args: RenderArgs, ctx: CliContext): DiagramOverlay {
  const file = args.coverage as string;
  let text: string;
  try {
    text = readFileSync(resolve(ctx.io.cwd, file), 'utf8');
  } catch (e) {
    throw new AslcError('FileNotFound', `cannot read the coverage file: ${(e as Error).message}`, {
      file,
      cause: e,
    });
  }
  try {
    const report = parseCoverageJson(text);
    return coverageOverlay(selectCoverageWorkflow(report, args.workflow, ctx.io.cwd));
  } catch (e) {
    throw e instanceof AslcError ? e.withFile(file) : e;
  }
}
