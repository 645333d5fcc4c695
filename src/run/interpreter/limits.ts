/**
 * The limits of one execution on the native engine, in one place (src/run/README.md, "Limits",
 * lists them with their sources). Those marked AWS reproduce a Step Functions quota and end the
 * run the way AWS does; the others are aslc's own bounds, so that hostile input ends in time and
 * in bounded memory instead of hanging or crashing the process.
 */

/**
 * AWS: an execution's history holds at most 25,000 events; event 25,000 is `ExecutionFailed`
 * with {@link HISTORY_LIMIT_ERROR} unless it is `ExecutionSucceeded` (Developer Guide
 * `bp-history-limit`; error and cause measured on AWS in floci-io/floci#2734, also quoted in
 * loads/ardere#86). Each Distributed Map child execution has its own history.
 */
export const HISTORY_EVENTS_QUOTA = 25_000;
/** The error of an execution that reached the history quota (uncatchable, as on AWS). */
export const HISTORY_LIMIT_ERROR = 'States.Runtime';
/** AWS's cause for it. */
export const HISTORY_LIMIT_CAUSE = `The execution reached the maximum number of history events (${HISTORY_EVENTS_QUOTA}).`;

/** aslc: default wall-clock budget of one execution (`timeoutMs`, `--timeout`, `timeoutSeconds`). */
export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * aslc: the deepest JSON value an execution handles (inputs, task results, expression results,
 * parsed strings, definitions): the one limit of every JSON aslc reads (util/json-depth.ts).
 */
export { MAX_JSON_DEPTH } from '../../util/json-depth.ts';

/**
 * aslc: the deepest payload a state may produce (outputs, task parameters, variables): twice
 * {@link MAX_JSON_DEPTH}, since outputs legitimately compose deeper than what was read (each
 * Parallel wraps its branches' outputs in an array), yet bounded, since a template that wraps its
 * input in a loop deepens it at every turn long before the size quota stops it.
 */
export const MAX_PAYLOAD_DEPTH = 2_000;

/** aslc: the deepest nesting of Parallel / Map states the native engine runs. */
export const MAX_STATE_NESTING = 100;

/**
 * aslc: bytes (UTF-8 JSON) of state inputs, outputs, task parameters and assigned variables the
 * history keeps in full; past it, events keep sizes only (`inputDetails: {truncated, bytes}`).
 */
export const HISTORY_PAYLOAD_BUDGET_BYTES = 16 * 1024 * 1024;

/**
 * aslc: events one run may record, the execution's and its Distributed Map children's
 * together; past it the run ends with {@link ExecutionBudgetExceeded}.
 */
export const MAX_RECORDED_EVENTS = 250_000;

/** aslc: the longest string one JSONata evaluation step may produce (16 × the payload quota). */
export const JSONATA_MAX_STRING_LENGTH = 4 * 1024 * 1024;

/** aslc: the longest array one JSONata evaluation step may produce. */
export const JSONATA_MAX_ARRAY_LENGTH = 1_000_000;

/** aslc: how much the JavaScript heap may grow while one JSONata expression is evaluated. */
export const JSONATA_HEAP_GROWTH_BYTES = 256 * 1024 * 1024;

/** aslc: JSONata evaluation steps of one expression. */
export const JSONATA_STEP_BUDGET = 1_000_000;
