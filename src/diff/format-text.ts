import type { DiffEntry } from './diff-entry.ts';

/** Longest value shown in a text line, in code points, before it is cut with `…`. */
const MAX_VALUE = 80;

/** Counts of a diff, by kind of change. */
export interface DiffSummary {
  readonly total: number;
  readonly statesAdded: number;
  readonly statesRemoved: number;
  readonly statesRenamed: number;
  readonly transitionsChanged: number;
  /** Fields added, removed or changed. */
  readonly fieldsChanged: number;
}

/**
 * Counts the entries of a diff by kind.
 *
 * @example
 * ```ts
 * summarizeDiff([{ kind: 'field-added', pointer: '/Comment', new: 'x' }]).fieldsChanged; // 1
 * ```
 */
export function summarizeDiff(entries: readonly DiffEntry[]): DiffSummary {
  const count = (...kinds: DiffEntry['kind'][]): number =>
    entries.filter((e) => kinds.includes(e.kind)).length;
  return {
    total: entries.length,
    statesAdded: count('state-added'),
    statesRemoved: count('state-removed'),
    statesRenamed: count('state-renamed'),
    transitionsChanged: count('transition-changed'),
    fieldsChanged: count('field-added', 'field-removed', 'field-changed'),
  };
}

/**
 * One line of text for a diff entry: `+ state 'Notify' (Task)`, `- state 'Old'`,
 * `> renamed 'A' → 'B'`, `→ transition 'A'.Next: 'B' → 'C'`,
 * `~ /States/Validate/Retry/0/MaxAttempts: 3 → 5`, `+ <pointer>: <value>`,
 * `- <pointer>: <value>`. States in a nested branch or processor end with
 * ` in <pointer of the branch>`. Values are compact JSON cut to 80 code points; control,
 * line-separator and bidirectional characters are shown as `\uXXXX`, so a line never breaks or
 * drives the terminal.
 *
 * @example
 * ```ts
 * formatDiffEntry({ kind: 'field-changed', pointer: '/States/A/TimeoutSeconds', old: 3, new: 5 });
 * // '~ /States/A/TimeoutSeconds: 3 → 5'
 * ```
 */
export function formatDiffEntry(entry: DiffEntry): string {
  switch (entry.kind) {
    case 'state-added':
      return `+ state ${quote(entry.state)}${entry.type === null ? '' : ` (${printable(entry.type)})`}${scopeOf(entry.pointer)}`;
    case 'state-removed':
      return `- state ${quote(entry.state)}${scopeOf(entry.pointer)}`;
    case 'state-renamed':
      return `> renamed ${quote(entry.from)} → ${quote(entry.to)}${scopeOf(entry.pointer)}`;
    case 'transition-changed': {
      const where =
        entry.state === null ? entry.field : `${quote(entry.state)}.${dotted(entry.field)}`;
      const none = entry.field === 'Next' ? '(end)' : '(none)';
      const target = (t: string | null): string => (t === null ? none : quote(t));
      return `→ transition ${where}: ${target(entry.old)} → ${target(entry.new)}`;
    }
    case 'field-added':
      return `+ ${printable(entry.pointer)}: ${compact(entry.new)}`;
    case 'field-removed':
      return `- ${printable(entry.pointer)}: ${compact(entry.old)}`;
    case 'field-changed':
      return `~ ${printable(entry.pointer)}: ${compact(entry.old)} → ${compact(entry.new)}`;
  }
}

/**
 * The summary line of a diff: `no differences`, or e.g.
 * `3 differences: 1 state added, 1 transition changed, 1 field change`.
 *
 * @example
 * ```ts
 * formatDiffSummary(summarizeDiff([])); // 'no differences'
 * ```
 */
export function formatDiffSummary(summary: DiffSummary): string {
  if (summary.total === 0) return 'no differences';
  const parts: string[] = [];
  const part = (n: number, one: string, many: string): void => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  part(summary.statesAdded, 'state added', 'states added');
  part(summary.statesRemoved, 'state removed', 'states removed');
  part(summary.statesRenamed, 'state renamed', 'states renamed');
  part(summary.transitionsChanged, 'transition changed', 'transitions changed');
  part(summary.fieldsChanged, 'field change', 'field changes');
  const noun = summary.total === 1 ? 'difference' : 'differences';
  return `${summary.total} ${noun}: ${parts.join(', ')}`;
}

/** ` in <branch pointer>` for a state entry inside a branch or processor, else `''`. */
function scopeOf(statePointer: string): string {
  const scope = statePointer.replace(/\/States\/[^/]*$/, '');
  return scope === '' ? '' : ` in ${printable(scope)}`;
}

/** A state name in single quotes, with `\` and `'` escaped. */
function quote(name: string): string {
  return `'${printable(name.replace(/\\/g, '\\\\').replace(/'/g, "\\'"))}'`;
}

/** A field path in dotted form: `Choices/0/Next` → `Choices[0].Next`. */
function dotted(field: string): string {
  return field
    .split('/')
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

/** Compact JSON, cut to {@link MAX_VALUE} code points. */
function compact(value: unknown): string {
  const chars = Array.from(printable(JSON.stringify(value)));
  return chars.length <= MAX_VALUE ? chars.join('') : chars.slice(0, MAX_VALUE - 1).join('') + '…';
}

/** Shows characters that would break a line or drive a terminal as `\uXXXX`. */
function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
