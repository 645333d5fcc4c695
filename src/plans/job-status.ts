/**
 * TRAC's `JobStatusCode`: the statuses a job moves through, with their codes. A compiled plan
 * reports QUEUED, SUBMITTED, RUNNING, FINISHING and one of SUCCEEDED, FAILED, CANCELLED;
 * PREPARING, VALIDATED and PENDING happen before a plan runs (aslc checks the plan at compile
 * time).
 */
export const JOB_STATUS_CODES = Object.freeze({
  JOB_STATUS_CODE_NOT_SET: 0,
  PREPARING: 1,
  VALIDATED: 2,
  PENDING: 3,
  QUEUED: 4,
  SUBMITTED: 5,
  RUNNING: 6,
  FINISHING: 7,
  SUCCEEDED: 8,
  FAILED: 9,
  CANCELLED: 10,
} as const);

/** A status a compiled plan reports. */
export type ReportedStatus =
  'QUEUED' | 'SUBMITTED' | 'RUNNING' | 'FINISHING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

/** A TRAC job status name. */
export type JobStatusName = keyof typeof JOB_STATUS_CODES;

/**
 * The rank that orders statuses in the status table: a status is written only over a lower rank,
 * so it never moves backwards. The three final statuses share the top rank: once one is
 * written, none replaces it.
 *
 * @example
 * ```ts
 * statusRank('FAILED') === statusRank('SUCCEEDED'); // true
 * statusRank('RUNNING') < statusRank('FINISHING'); // true
 * ```
 */
export function statusRank(status: ReportedStatus): number {
  return Math.min(JOB_STATUS_CODES[status], JOB_STATUS_CODES.SUCCEEDED);
}

/**
 * True for SUCCEEDED, FAILED and CANCELLED.
 *
 * @example
 * ```ts
 * isFinalStatus('FINISHING'); // false
 * ```
 */
export function isFinalStatus(status: ReportedStatus): boolean {
  return statusRank(status) === JOB_STATUS_CODES.SUCCEEDED;
}
