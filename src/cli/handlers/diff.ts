import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { diffCommand } from '../commands/diff.ts';
import { loadDefinition } from '../load-definition.ts';
import {
  diffDefinitions,
  formatDiffEntry,
  formatDiffSummary,
  summarizeDiff,
  type DiffEntry,
} from '../../diff/index.ts';
import { UsageError } from '../../util/errors.ts';

type DiffArgs = ArgsOf<typeof diffCommand>;

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
export const handleDiff: CommandHandler<DiffArgs> = async (args, ctx) => {
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
    ctx.json({ equal: entries.length === 0, summary, entries });
  } else {
    for (const entry of entries) ctx.out(ctx.paint(COLORS[entry.kind], formatDiffEntry(entry)));
    ctx.info(formatDiffSummary(summary));
  }
  return entries.length === 0 ? 0 : 1;
};
