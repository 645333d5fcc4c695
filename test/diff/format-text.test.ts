import { describe, expect, it } from 'vitest';
import {
  formatDiffEntry,
  formatDiffSummary,
  summarizeDiff,
  type DiffEntry,
} from '../../src/diff/index.ts';

describe('formatDiffEntry', () => {
  it.each<[DiffEntry, string]>([
    [
      { kind: 'field-changed', pointer: '/States/Validate/Retry/0/MaxAttempts', old: 3, new: 5 },
      '~ /States/Validate/Retry/0/MaxAttempts: 3 → 5',
    ],
    [{ kind: 'field-added', pointer: '/States/A/Comment', new: 'hi' }, '+ /States/A/Comment: "hi"'],
    [{ kind: 'field-removed', pointer: '/TimeoutSeconds', old: 60 }, '- /TimeoutSeconds: 60'],
    [
      { kind: 'state-added', pointer: '/States/Notify', state: 'Notify', type: 'Task' },
      "+ state 'Notify' (Task)",
    ],
    [{ kind: 'state-added', pointer: '/States/X', state: 'X', type: null }, "+ state 'X'"],
    [
      { kind: 'state-removed', pointer: '/States/Old', state: 'Old', type: 'Pass' },
      "- state 'Old'",
    ],
    [
      {
        kind: 'state-renamed',
        pointer: '/States/B',
        oldPointer: '/States/A',
        from: 'A',
        to: 'B',
        type: 'Pass',
      },
      "> renamed 'A' → 'B'",
    ],
    [
      {
        kind: 'transition-changed',
        pointer: '/States/A/Next',
        state: 'A',
        field: 'Next',
        old: 'B',
        new: 'C',
      },
      "→ transition 'A'.Next: 'B' → 'C'",
    ],
    [
      {
        kind: 'transition-changed',
        pointer: '/States/A/Next',
        state: 'A',
        field: 'Next',
        old: 'B',
        new: null,
      },
      "→ transition 'A'.Next: 'B' → (end)",
    ],
    [
      {
        kind: 'transition-changed',
        pointer: '/States/C/Choices/2/Next',
        state: 'C',
        field: 'Choices/2/Next',
        old: null,
        new: 'X',
      },
      "→ transition 'C'.Choices[2].Next: (none) → 'X'",
    ],
    [
      {
        kind: 'transition-changed',
        pointer: '/States/P/Branches/1/StartAt',
        state: 'P',
        field: 'Branches/1/StartAt',
        old: 'A',
        new: 'B',
      },
      "→ transition 'P'.Branches[1].StartAt: 'A' → 'B'",
    ],
    [
      {
        kind: 'transition-changed',
        pointer: '/StartAt',
        state: null,
        field: 'StartAt',
        old: 'A',
        new: 'B',
      },
      "→ transition StartAt: 'A' → 'B'",
    ],
    [
      {
        kind: 'state-added',
        pointer: '/States/M/ItemProcessor/States/Inner',
        state: 'Inner',
        type: 'Pass',
      },
      "+ state 'Inner' (Pass) in /States/M/ItemProcessor",
    ],
  ])('%j', (entry, line) => {
    expect(formatDiffEntry(entry)).toBe(line);
  });

  it('keeps each entry on one line and out of the terminal’s control', () => {
    const name = "it's\n\u001b[31mred\\\u2028\u202e";
    const line = formatDiffEntry({
      kind: 'state-added',
      pointer: `/States/${name}`,
      state: name,
      type: 'Task\r',
    });
    expect(line).toBe("+ state 'it\\'s\\u000a\\u001b[31mred\\\\\\u2028\\u202e' (Task\\u000d)");
    const value = formatDiffEntry({
      kind: 'field-added',
      pointer: '/a\u0085',
      new: 'x\u0085\u009b',
    });
    expect(value).toBe('+ /a\\u0085: "x\\u0085\\u009b"');
  });

  it('cuts long values to 80 code points', () => {
    const line = formatDiffEntry({ kind: 'field-added', pointer: '/x', new: 'y'.repeat(200) });
    expect(line).toBe(`+ /x: "${'y'.repeat(78)}…`);
  });
});

describe('summaries', () => {
  it('counts by kind and says so in one line', () => {
    const entries: DiffEntry[] = [
      { kind: 'state-added', pointer: '/States/A', state: 'A', type: 'Pass' },
      { kind: 'state-added', pointer: '/States/B', state: 'B', type: 'Pass' },
      { kind: 'field-added', pointer: '/x', new: 1 },
      { kind: 'field-removed', pointer: '/y', old: 1 },
      {
        kind: 'transition-changed',
        pointer: '/StartAt',
        state: null,
        field: 'StartAt',
        old: 'A',
        new: 'B',
      },
    ];
    const summary = summarizeDiff(entries);
    expect(summary).toEqual({
      total: 5,
      statesAdded: 2,
      statesRemoved: 0,
      statesRenamed: 0,
      transitionsChanged: 1,
      fieldsChanged: 2,
    });
    expect(formatDiffSummary(summary)).toBe(
      '5 differences: 2 states added, 1 transition changed, 2 field changes',
    );
    expect(formatDiffSummary(summarizeDiff(entries.slice(2, 3)))).toBe(
      '1 difference: 1 field change',
    );
    expect(formatDiffSummary(summarizeDiff([]))).toBe('no differences');
  });
});
