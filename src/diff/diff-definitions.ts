import { queryLanguageOf } from '../asl/query-language.ts';
import { isJsonObject } from '../util/json.ts';
import { compareDiffEntries, type DiffEntry } from './diff-entry.ts';
import { diffScope } from './diff-scope.ts';
import { diffValues } from './diff-values.ts';

/**
 * The semantic differences between two ASL definitions, for code review of generated files:
 * states added, removed and renamed, transitions changed (`StartAt`, `Next`, `Default`,
 * `Choices[i].Next`, `Catch[i].Next`), and every other field added, removed or changed, in the
 * machine, in Parallel branches and in Map processors (`ItemProcessor` or `Iterator`) to any
 * depth. Key order and formatting are never differences. A state only in `a` and a state only
 * in `b` whose contents are identical apart from transitions that point through renames count
 * as a rename, and transitions that merely follow a rename are not reported. The result is
 * sorted with {@link compareDiffEntries} (by pointer, then kind), so it is deterministic; an
 * empty array means the definitions are equivalent. Works on any JSON values.
 *
 * @example
 * ```ts
 * diffDefinitions(
 *   { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'r', Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 3 }], End: true } } },
 *   { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'r', Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 5 }], End: true } } },
 * ); // [{ kind: 'field-changed', pointer: '/States/A/Retry/0/MaxAttempts', old: 3, new: 5 }]
 * ```
 */
export function diffDefinitions(a: unknown, b: unknown): DiffEntry[] {
  const out: DiffEntry[] = [];
  if (isJsonObject(a) && isJsonObject(b)) {
    const languages = [
      queryLanguageOf(a['QueryLanguage'], 'JSONPath'),
      queryLanguageOf(b['QueryLanguage'], 'JSONPath'),
    ] as const;
    diffScope(a, b, { pointer: '', state: null, path: '', languages }, out);
  } else {
    diffValues(a, b, '', out);
  }
  return out.sort(compareDiffEntries);
}
