/**
 * Errors raised while an execution runs. A {@link StatesError} is an ASL error (an error name
 * and a cause) that Retry/Catch may handle; {@link ExecutionTimedOut} and {@link FatalError} end
 * the whole execution and are never caught by a state.
 */

/** An ASL error: what a Retrier or Catcher matches with `ErrorEquals`. */
export class StatesError extends Error {
  /** The error name (`States.Runtime`, `Lambda.Unknown`, …); null for a Fail state without Error. */
  readonly error: string | null;
  /** The cause, or null. */
  readonly causeText: string | null;
  /**
   * True when the interpreter itself raised the error while processing a state (a path that
   * matches nothing, an intrinsic or JSONata failure): AWS prefixes such causes with
   * "An error occurred while executing the state …".
   */
  readonly fromInterpreter: boolean;
  /**
   * True for a failure the task itself reported (AWS records it as `TaskFailed`): such an error
   * is matched by `States.ALL` and `States.TaskFailed` whatever its name, `States.DataLimitExceeded`
   * included (a task result over the quota is caught by `States.ALL` on AWS).
   */
  readonly taskFailure: boolean;

  constructor(
    error: string | null,
    cause: string | null,
    fromInterpreter = false,
    taskFailure = false,
  ) {
    super(`${error ?? 'null'}: ${cause ?? ''}`);
    this.name = 'StatesError';
    this.error = error;
    this.causeText = cause;
    this.fromInterpreter = fromInterpreter;
    this.taskFailure = taskFailure;
  }
}

/** The execution exceeded its TimeoutSeconds (or the EXPRESS 5-minute limit). */
export class ExecutionTimedOut extends Error {
  constructor() {
    super('execution timed out');
    this.name = 'ExecutionTimedOut';
  }
}

/** Ends the execution with FAILED whatever the Catchers say (transition guard, broken definition). */
export class FatalError extends Error {
  readonly error: string;
  readonly causeText: string;
  constructor(error: string, cause: string) {
    super(cause);
    this.name = 'FatalError';
    this.error = error;
    this.causeText = cause;
  }
}

/**
 * One of aslc's own budgets ended the run (the wall-clock limit, the number of recorded events):
 * not an execution result, since AWS would have gone on. `interpret` throws it; engines report
 * it as a run that could not complete.
 */
export class ExecutionBudgetExceeded extends Error {
  /** The state being executed when the budget ran out, if any. */
  readonly state: string | undefined;
  /** Which budget ran out, without the state. */
  readonly reason: string;
  constructor(reason: string, state?: string) {
    super(state === undefined ? reason : `${reason} while executing the state '${state}'`);
    this.name = 'ExecutionBudgetExceeded';
    this.state = state;
    this.reason = reason;
  }
}

/**
 * A JavaScript exception inside the interpreter or a task handler (a RangeError, a TypeError, an
 * exhausted stack…): a bug or an exhausted resource, never a workflow error that a Catcher could
 * handle. `interpret` throws it; the CLI reports it as an internal error.
 */
export class InterpreterError extends Error {
  /** The state being executed, if any. */
  readonly state: string | undefined;
  constructor(original: unknown, state?: string) {
    const text =
      original instanceof Error ? `${original.name}: ${original.message}` : String(original);
    super(state === undefined ? text : `${text} (in state '${state}')`, { cause: original });
    this.name = 'InterpreterError';
    this.state = state;
  }
}

/** JavaScript's own error classes: thrown by a task handler, they are bugs, not task errors. */
const NATIVE_ERRORS: readonly (new (...args: never[]) => Error)[] = [
  RangeError,
  TypeError,
  ReferenceError,
  SyntaxError,
  EvalError,
  URIError,
];

/**
 * True for an instance of one of JavaScript's own error classes (RangeError, TypeError, …), as
 * opposed to an `Error` a task handler throws on purpose (whose `name` is the error code).
 *
 * @example
 * ```ts
 * isNativeError(new RangeError('Maximum call stack size exceeded')); // true
 * isNativeError(Object.assign(new Error('x'), { name: 'RangeError' })); // false
 * ```
 */
export function isNativeError(e: unknown): boolean {
  return NATIVE_ERRORS.some((type) => e instanceof type);
}

/**
 * A `States.Runtime` error raised by the interpreter (never retried nor caught, as on AWS).
 *
 * @example
 * ```ts
 * throw runtimeError("Invalid path '$.x' : No results for path: $['x']");
 * ```
 */
export function runtimeError(cause: string): StatesError {
  return new StatesError('States.Runtime', cause, true);
}

/**
 * An interpreter-raised error with another name (`States.IntrinsicFailure`, …).
 *
 * @example
 * ```ts
 * throw interpreterError('States.QueryEvaluationError', 'the expression returned nothing');
 * ```
 */
export function interpreterError(error: string, cause: string): StatesError {
  return new StatesError(error, cause, true);
}

/**
 * An interpreter-raised error about the value a field evaluated to: `States.QueryEvaluationError`
 * in a JSONata state, `States.Runtime` in a JSONPath one.
 *
 * @example
 * ```ts
 * throw fieldValueError(run.language, "The value of the field 'Seconds' must be a number, got \"x\"");
 * ```
 */
export function fieldValueError(language: 'JSONPath' | 'JSONata', cause: string): StatesError {
  return interpreterError(
    language === 'JSONata' ? 'States.QueryEvaluationError' : 'States.Runtime',
    cause,
  );
}

/** Errors no Catcher or Retrier can handle, not even by naming them. */
const UNCATCHABLE = new Set(['States.Runtime']);
/** Errors `States.ALL` (and `States.TaskFailed`) do not match; naming them explicitly still works. */
const NOT_MATCHED_BY_WILDCARDS = new Set([
  'States.DataLimitExceeded',
  'States.ReferencePathConflict',
]);

/**
 * True when `ErrorEquals` matches the error name, with AWS's rules: `States.ALL` matches every
 * error but `States.Runtime` and `States.DataLimitExceeded`; `States.TaskFailed` matches every
 * error but those and `States.Timeout`; any other name matches exactly. `States.Runtime` is never
 * matched. A failure the task reported (`taskFailure`) is matched by the wildcards whatever its
 * name: AWS catches a Lambda result over the payload quota with `States.ALL`
 * (localstack `test_states_errors.snapshot.json`).
 *
 * @example
 * ```ts
 * errorMatches(['States.ALL'], 'Lambda.Unknown'); // true
 * errorMatches(['States.ALL'], 'States.Runtime'); // false
 * ```
 */
export function errorMatches(
  errorEquals: unknown,
  error: string | null,
  taskFailure = false,
): boolean {
  if (!Array.isArray(errorEquals)) return false;
  const name = error ?? '';
  if (UNCATCHABLE.has(name)) return false;
  for (const candidate of errorEquals) {
    if (candidate === name) return true;
    if (NOT_MATCHED_BY_WILDCARDS.has(name) && !taskFailure) continue;
    if (candidate === 'States.ALL') return true;
    if (candidate === 'States.TaskFailed' && name !== 'States.Timeout') return true;
  }
  return false;
}

/**
 * Turns anything thrown by a task handler or a library into a message.
 *
 * @example
 * ```ts
 * messageOf(new Error('boom')); // 'boom'
 * ```
 */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
