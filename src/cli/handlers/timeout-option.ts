import { UsageError } from '../../util/errors.ts';

/**
 * `--timeout SECONDS` as a run request's `timeoutMs` (0: no limit); absent, the engine's default.
 *
 * @example
 * ```ts
 * timeoutOption(5); // { timeoutMs: 5000 }
 * ```
 */
export function timeoutOption(seconds: number | undefined): { timeoutMs?: number } {
  if (seconds === undefined) return {};
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new UsageError(`--timeout must be a number of seconds ≥ 0, got ${String(seconds)}`);
  }
  return { timeoutMs: seconds === 0 ? Infinity : seconds * 1000 };
}
