/**
 * Names of the predefined errors, for `retry({ errors })`, `catch(…, { errors })` and Fail states.
 *
 * @example
 * ```ts
 * task('Call', { resource: lambdaInvoke() }).retry({ errors: [Errors.TASKS_FAILED] });
 * ```
 */
export const Errors = Object.freeze({
  ALL: 'States.ALL',
  DATA_LIMIT_EXCEEDED: 'States.DataLimitExceeded',
  EXCEED_TOLERATED_FAILURE_THRESHOLD: 'States.ExceedToleratedFailureThreshold',
  HEARTBEAT_TIMEOUT: 'States.HeartbeatTimeout',
  HTTP_SOCKET: 'States.Http.Socket',
  INTRINSIC_FAILURE: 'States.IntrinsicFailure',
  ITEM_READER_FAILED: 'States.ItemReaderFailed',
  NO_CHOICE_MATCHED: 'States.NoChoiceMatched',
  PARAMETER_PATH_FAILURE: 'States.ParameterPathFailure',
  PERMISSIONS: 'States.Permissions',
  QUERY_EVALUATION_ERROR: 'States.QueryEvaluationError',
  RESULT_PATH_MATCH_FAILURE: 'States.ResultPathMatchFailure',
  RESULT_WRITER_FAILED: 'States.ResultWriterFailed',
  RUNTIME: 'States.Runtime',
  TASKS_FAILED: 'States.TaskFailed',
  TIMEOUT: 'States.Timeout',
  BRANCH_FAILED: 'States.BranchFailed',
} as const);
