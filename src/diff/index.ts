/**
 * The public entry of src/diff: a semantic diff of two ASL definitions for code review of
 * generated files (works on any ASL JSON; imports nothing from the compiler).
 *
 * @example
 * ```ts
 * import { diffDefinitions, formatDiffEntry } from './index.ts';
 * const before = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
 * const after = { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } };
 * diffDefinitions(before, after).map(formatDiffEntry); // ["> renamed 'A' → 'B'"]
 * ```
 */
export { diffDefinitions } from './diff-definitions.ts';
export { compareDiffEntries, DIFF_ENTRY_KINDS, type DiffEntry } from './diff-entry.ts';
export { jsonEqual } from './diff-values.ts';
export {
  formatDiffEntry,
  formatDiffSummary,
  summarizeDiff,
  type DiffSummary,
} from './format-text.ts';
