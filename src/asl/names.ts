/**
 * The names ASL reserves: the eight state types, the predefined `States.*` error names and the
 * JSONPath Choice operators (spec/asl.md §1.2, §1.5, §1.10).
 */

/** The eight state types. */
export const ASL_STATE_TYPES = [
  'Pass',
  'Task',
  'Choice',
  'Wait',
  'Succeed',
  'Fail',
  'Parallel',
  'Map',
] as const;

/** One of the eight state types. */
export type AslStateType = (typeof ASL_STATE_TYPES)[number];

const STATE_TYPES: ReadonlySet<string> = new Set(ASL_STATE_TYPES);

/**
 * True for one of the eight state types (a `Type` read from JSON may be anything, `constructor`
 * included).
 *
 * @example
 * ```ts
 * isStateType('Pass'); // true
 * isStateType('constructor'); // false
 * ```
 */
export function isStateType(value: unknown): value is AslStateType {
  return typeof value === 'string' && STATE_TYPES.has(value);
}

/** Predefined error names (spec/asl.md §1.10). */
export const STATES_ERROR_NAMES = [
  'States.ALL',
  'States.DataLimitExceeded',
  'States.ExceedToleratedFailureThreshold',
  'States.HeartbeatTimeout',
  'States.Http.Socket',
  'States.IntrinsicFailure',
  'States.ItemReaderFailed',
  'States.NoChoiceMatched',
  'States.ParameterPathFailure',
  'States.Permissions',
  'States.QueryEvaluationError',
  'States.ResultPathMatchFailure',
  'States.ResultWriterFailed',
  'States.Runtime',
  'States.TaskFailed',
  'States.Timeout',
  'States.BranchFailed',
] as const;

/** The JSONPath comparison operators (each also has a `…Path` form except StringMatches). */
export const COMPARISON_OPERATORS = [
  'StringEquals',
  'StringLessThan',
  'StringGreaterThan',
  'StringLessThanEquals',
  'StringGreaterThanEquals',
  'StringMatches',
  'NumericEquals',
  'NumericLessThan',
  'NumericGreaterThan',
  'NumericLessThanEquals',
  'NumericGreaterThanEquals',
  'BooleanEquals',
  'TimestampEquals',
  'TimestampLessThan',
  'TimestampGreaterThan',
  'TimestampLessThanEquals',
  'TimestampGreaterThanEquals',
] as const;

/** The JSONPath type tests. */
export const TYPE_TEST_OPERATORS = [
  'IsNull',
  'IsPresent',
  'IsNumeric',
  'IsString',
  'IsBoolean',
  'IsTimestamp',
] as const;
