// The scheduled trigger of the clean-file-system machine (spec/fragments.md §14.1): the input of
// each target and the EventBridge rule's schedule and description.

/** One directory to clean (the reference's `CleanFileSystemTriggerConfig`). */
export interface CleanFileSystemTriggerConfig {
  /** The EFS file system id. */
  readonly fileSystemId: string;
  /** The directory inside the file system. */
  readonly path: string;
  /** Remove paths not accessed for this many days (default `3.0`). */
  readonly daysSinceLastAccessed?: number;
  readonly maxDepth?: number;
  readonly minDepth?: number;
  /** Only sizes above this are reported (default `0`: not sent). */
  readonly minSizeBytesAllowed?: number;
}

/** The default schedule: every day at 09:00 UTC (around midnight in PST). */
export const CLEAN_FILE_SYSTEM_SCHEDULE = 'cron(0 9 * * ? *)';

/**
 * The execution input of one trigger target: `{path: "<fs id>:<path>", days_since_last_accessed,
 * [max_depth], [min_depth], [min_size_bytes_allowed if > 0]}`.
 *
 * @example
 * ```ts
 * cleanFileSystemTriggerInput({ fileSystemId: 'fs-0123', path: '/scratch' });
 * // { path: 'fs-0123:/scratch', days_since_last_accessed: 3 }
 * ```
 */
export function cleanFileSystemTriggerInput(
  config: CleanFileSystemTriggerConfig,
): Record<string, string | number> {
  const input: Record<string, string | number> = {
    path: `${config.fileSystemId}:${config.path}`,
    days_since_last_accessed: config.daysSinceLastAccessed ?? 3.0,
  };
  if (config.maxDepth !== undefined) input['max_depth'] = config.maxDepth;
  if (config.minDepth !== undefined) input['min_depth'] = config.minDepth;
  if ((config.minSizeBytesAllowed ?? 0) > 0) {
    input['min_size_bytes_allowed'] = config.minSizeBytesAllowed as number;
  }
  return input;
}

/** A number as Python's `repr` of a float writes it (`3.0`, `1.5`). */
function pythonFloat(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

/** The EventBridge rule of the trigger (name, description, schedule, one input per target). */
export interface CleanFileSystemTriggerRule {
  readonly Name: string;
  readonly Description: string;
  readonly ScheduleExpression: string;
  readonly State: 'ENABLED';
  readonly Inputs: readonly Record<string, string | number>[];
}

/**
 * The rule that starts the clean-file-system machine: description `Daily trigger for EFS file
 * cleanup (older than [<sorted distinct days>] days) for target subdirectories`, the daily
 * schedule, and one target input per directory.
 *
 * @example
 * ```ts
 * cleanFileSystemTriggerRule('dev-marmotdev-clean-fs', [{ fileSystemId: 'fs-0123', path: '/scratch' }]).Description;
 * // 'Daily trigger for EFS file cleanup (older than [3.0] days) for target subdirectories'
 * ```
 */
export function cleanFileSystemTriggerRule(
  ruleName: string,
  configs: readonly CleanFileSystemTriggerConfig[],
  schedule: string = CLEAN_FILE_SYSTEM_SCHEDULE,
): CleanFileSystemTriggerRule {
  const days = [...new Set(configs.map((c) => c.daysSinceLastAccessed ?? 3.0))].sort(
    (a, b) => a - b,
  );
  return {
    Name: ruleName,
    Description: `Daily trigger for EFS file cleanup (older than [${days.map(pythonFloat).join(', ')}] days) for target subdirectories`,
    ScheduleExpression: schedule,
    State: 'ENABLED',
    Inputs: configs.map(cleanFileSystemTriggerInput),
  };
}
