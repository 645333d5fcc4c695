import { scaffoldingError } from '../errors.ts';
import type {
  FileSystemConfiguration,
  FileSystemSelectionStrategy,
} from '../models/configurations.ts';
import { PyRandom } from '../python/mt19937.ts';

/**
 * aws-lambda `select_file_system`: the only candidate, or — with several — the one CPython's
 * `random.Random(seed).choice(candidates)` picks, seeded with `"<execution_id>#<role>"`
 * (exact MT19937 emulation, scaffolding.md §2.3), so that a resubmitted execution lands on the
 * same file systems. Selection happens before any look-up; only the chosen candidate is resolved.
 *
 * @example
 * ```ts
 * selectFileSystem([{ access_point: 'a' }, { access_point: 'b' }], 'RANDOM', 'exec-0002#scratch');
 * // { access_point: 'b' }
 * ```
 */
export function selectFileSystem(
  candidates: readonly FileSystemConfiguration[],
  strategy: FileSystemSelectionStrategy,
  seed: string,
): FileSystemConfiguration {
  const [first] = candidates;
  if (first === undefined) {
    throw scaffoldingError('NoFileSystemCandidates', 'no file system configurations provided');
  }
  if (candidates.length === 1) return first;
  if (strategy !== 'RANDOM') {
    throw scaffoldingError(
      'NoFileSystemCandidates',
      `unknown selection strategy: ${String(strategy)}`,
    );
  }
  return candidates[new PyRandom(seed).choiceIndex(candidates.length)] ?? first;
}
