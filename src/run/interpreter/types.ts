/**
 * The contract of aslc's in-repository ASL interpreter (the `native` engine): what it takes and
 * what it returns. The harness (engines, mocks, `aslc run` / `aslc test`) is written against
 * these types only.
 */

/** Final status of an execution. */
export type ExecutionStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';

/** One history event, in virtual (or real) time order. */
export interface ExecutionEvent {
  /** e.g. `ExecutionStarted`, `StateEntered`, `StateExited`, `TaskScheduled`, `TaskSucceeded`, `TaskFailed`, `StateRetried`, `StateCaught`, `MapIterationStarted`, `ExecutionSucceeded`, `ExecutionFailed`, `ExecutionTimedOut`. */
  readonly type: string;
  /** The state concerned, when there is one. */
  readonly name?: string;
  /** ISO-8601 timestamp on the execution's clock. */
  readonly timestamp: string;
  /**
   * The id this event would have in AWS's execution history (1 = ExecutionStarted), when AWS
   * records an equivalent event; absent for interpreter-only events such as `StateRetried`.
   */
  readonly id?: number;
  /** Extra details (error, cause, input, output, attempt, …). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** What an execution produced. */
export interface ExecutionResult {
  readonly status: ExecutionStatus;
  /** The execution's output (present when SUCCEEDED). */
  readonly output?: unknown;
  /** The error name, or null (a Fail state without Error reports null, as AWS does). */
  readonly error: string | null;
  /** The cause, or null. */
  readonly cause: string | null;
  /** Names of the states entered, in order, nested states (branches, iterations) included. */
  readonly statesEntered: readonly string[];
  /** The execution history. */
  readonly events: readonly ExecutionEvent[];
}

/** The context object (`$$` in JSONPath, `$states.context` in JSONata). */
export interface ContextObject {
  readonly Execution: {
    readonly Id: string;
    readonly Input: unknown;
    readonly Name: string;
    readonly RoleArn: string;
    readonly StartTime: string;
    readonly RedriveCount: number;
    readonly RedriveTime?: string;
  };
  readonly State: {
    readonly EnteredTime: string;
    readonly Name: string;
    readonly RetryCount: number;
  };
  readonly StateMachine: { readonly Id: string; readonly Name: string };
  readonly Task?: { readonly Token: string };
  readonly Map?: {
    readonly Item: {
      readonly Index: number;
      readonly Value: unknown;
      readonly Key?: string;
      readonly Source?: string;
    };
  };
}

/** A Task state asking for its result. */
export interface TaskInvocation {
  readonly stateName: string;
  readonly resource: string;
  /** The effective request: evaluated Parameters / Arguments, or the effective input when neither is set. */
  readonly input: unknown;
  /** 0-based number of this state's invocations in this execution so far, retries included (the MockConfigFile numbering). */
  readonly invocation: number;
  /** 0-based retry count within the current attempt sequence. */
  readonly retryCount: number;
  readonly context: ContextObject;
  /** The evaluated `Credentials` field, when the state has one. */
  readonly credentials?: unknown;
}

/** How a Task invocation ends. */
export type TaskOutcome =
  | { readonly kind: 'return'; readonly value: unknown; readonly durationSeconds?: number }
  | {
      readonly kind: 'throw';
      readonly error: string;
      readonly cause?: string;
      readonly durationSeconds?: number;
    }
  /** Never completes (e.g. a callback that never arrives): only TimeoutSeconds / HeartbeatSeconds end it. */
  | { readonly kind: 'hang' };

/** Serves Task states. Throwing an Error counts as `{kind:'throw', error: err.name, cause: err.message}`. */
export type TaskHandler = (invocation: TaskInvocation) => TaskOutcome | Promise<TaskOutcome>;

/** Serves a Distributed Map `ItemReader`: returns the items. */
export type ItemReaderHandler = (request: {
  readonly stateName: string;
  readonly resource: string;
  readonly arguments: unknown;
  readonly readerConfig: unknown;
}) => unknown[] | Promise<unknown[]>;

/** Options of one execution. */
export interface InterpretOptions {
  readonly input: unknown;
  readonly taskHandler?: TaskHandler;
  readonly itemReader?: ItemReaderHandler;
  /** Identity of the execution; defaults are deterministic. */
  readonly execution?: {
    readonly name?: string;
    readonly id?: string;
    readonly startTime?: string;
    readonly roleArn?: string;
    readonly stateMachineName?: string;
    readonly stateMachineId?: string;
  };
  /** `virtual` (default): Waits and retry intervals advance a clock without sleeping. `real`: they sleep. */
  readonly time?: 'virtual' | 'real';
  /** STANDARD (default) or EXPRESS (5-minute limit). */
  readonly type?: 'STANDARD' | 'EXPRESS';
  /** Seed for States.UUID / States.MathRandom / $uuid / $random, for reproducible runs. */
  readonly seed?: number;
  /**
   * Upper bound on state transitions per execution history (a Distributed Map child has its
   * own) before the run fails with States.Runtime (default 25,000). STANDARD executions reach
   * AWS's 25,000-event history quota first.
   */
  readonly maxTransitions?: number;
  /**
   * Wall-clock budget of the run in milliseconds (none when absent, 0 or Infinity). Exceeding it
   * makes `interpret` throw `ExecutionBudgetExceeded`, naming the state being executed. The
   * engines give it a default (limits.ts `DEFAULT_TIMEOUT_MS`).
   */
  readonly timeoutMs?: number;
}
