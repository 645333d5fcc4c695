import type { AslcCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { loadDefinition } from '../load-definition.ts';
import {
  diffDefinitions,
  formatDiffEntry,
  formatDiffSummary,
  summarizeDiff,
  type DiffEntry,
} from '../../diff/index.ts';
import { UsageError } from '../../util/errors.ts';
import { toCanonicalJson } from '../../util/json.ts';

interface DiffArgs {
  readonly before: string;
  readonly after: string;
  readonly format: 'text' | 'json';
}

/** Colour of a text line, by entry kind (used only on a terminal). */
const COLORS: Readonly<Record<DiffEntry['kind'], 'green' | 'red' | 'yellow'>> = {
  'state-added': 'green',
  'field-added': 'green',
  'state-removed': 'red',
  'field-removed': 'red',
  'state-renamed': 'yellow',
  'transition-changed': 'yellow',
  'field-changed': 'yellow',
};

/** `aslc diff <before> <after>`: a semantic diff of two definitions. */
export const diffCommand: AslcCommand = {
  command: 'diff <before> <after>',
  describe: 'Compare two ASL definitions: states, renames, transitions and fields',
  examples: [
    ['aslc diff old/order.asl.json order.asl.json', 'one line per change, then a summary'],
    ['aslc diff a.asl.json b.asl.json --format json', 'the changes as JSON'],
    [
      'aslc diff <(git show HEAD:order.asl.json) order.asl.json -q',
      'compare with the last commit; exit 1 when they differ',
    ],
  ],
  builder: (y) =>
    y
      .positional('before', {
        type: 'string',
        describe: 'The old ASL JSON file',
        demandOption: true,
      })
      .positional('after', {
        type: 'string',
        describe: 'The new ASL JSON file',
        demandOption: true,
      })
      .option('format', {
        alias: 'f',
        choices: ['text', 'json'] as const,
        default: 'text' as const,
        describe: 'Output format',
      }),
  handler: async (args: DiffArgs, ctx: CliContext) => {
    if (typeof args.before !== 'string' || typeof args.after !== 'string') {
      throw new UsageError('name the two definitions to compare', 'aslc diff <before> <after>');
    }
    if (args.format !== 'text' && args.format !== 'json') {
      throw new UsageError(`unknown --format '${String(args.format)}'`, 'use text or json');
    }
    const before = await loadDefinition(args.before, ctx);
    const after = await loadDefinition(args.after, ctx);
    const entries = diffDefinitions(before.definition, after.definition);
    const summary = summarizeDiff(entries);
    if (args.format === 'json') {
      ctx.out(toCanonicalJson({ equal: entries.length === 0, summary, entries }).trimEnd());
    } else {
      for (const entry of entries) ctx.out(ctx.paint(COLORS[entry.kind], formatDiffEntry(entry)));
      ctx.info(formatDiffSummary(summary));
    }
    return entries.length === 0 ? 0 : 1;
  },
};
