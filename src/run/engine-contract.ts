/**
 * The engine adapter (spec/testing.md §5.1): every engine (aslc's own interpreter, the embedded
 * aws-local-stepfunctions, Step Functions Local in a container, AWS's TestState API) sits
 * behind this one interface, so that the same request (definition, input, mocks) runs on any of
 * them and the results compare field by field.
 */
import { AslcError } from '../util/errors.ts';
import type { MockService } from './mocks/mock-service.ts';
import type { MockConfigFile } from './mocks/mock-config.ts';

/** The four engines. */
export type EngineName = 'native' | 'embedded' | 'sfn-local' | 'aws';

/** Every engine name, in the order reports list them. */
export const ENGINE_NAMES: readonly EngineName[] = ['native', 'embedded', 'sfn-local', 'aws'];

/**
 * True when `name` is one of {@link ENGINE_NAMES}.
 *
 * @example
 * ```ts
 * isEngineName('embedded'); // true
 * ```
 */
export function isEngineName(name: string): name is EngineName {
  return (ENGINE_NAMES as readonly string[]).includes(name);
}

/** Final status of an execution. */
export type RunStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';

/** One event of an execution, as far as the engine reports it. */
export interface RunEvent {
  /** e.g. `StateEntered`, `StateExited`, `TaskFailed`, `ExecutionSucceeded`. */
  readonly type: string;
  /** The state concerned, when there is one. */
  readonly name?: string;
  readonly timestamp?: string;
  /** The id AWS's history would give the event (native engine; 1 = ExecutionStarted). */
  readonly id?: number;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** What an execution produced, whatever the engine. */
export interface RunResult {
  readonly status: RunStatus;
  /** The execution's output when SUCCEEDED (absent otherwise). */
  readonly output?: unknown;
  /** The error name, or null (a Fail state without Error reports null, as AWS does). */
  readonly error: string | null;
  /** The cause, or null. */
  readonly cause: string | null;
  /** Names of the states entered, in order, nested states included. */
  readonly statesEntered: readonly string[];
  /** The history, as far as the engine reports it. */
  readonly events: readonly RunEvent[];
}

/** One execution to perform: the definition, its input and how Task states are served. */
export interface RunRequest {
  /** The ASL definition (parsed JSON). */
  readonly definition: unknown;
  readonly input: unknown;
  /** The state machine's name: the key looked up in `mocks.StateMachines` (default `StateMachine`). */
  readonly stateMachineName?: string;
  /** The mocks, in the Step Functions Local MockConfigFile format. */
  readonly mocks?: MockConfigFile;
  /** The test case of `mocks.StateMachines[stateMachineName].TestCases` to use. */
  readonly testCase?: string;
  /** Stateful mock services (e.g. the in-memory S3) for Task states no test case mocks. */
  readonly services?: readonly MockService[];
  /** `$$.Execution.Name` (default: a fixed name, so runs are reproducible). */
  readonly executionName?: string;
  /** STANDARD (default) or EXPRESS. */
  readonly type?: 'STANDARD' | 'EXPRESS';
  /** `virtual` (default): Waits and retry intervals do not sleep. `real`: they do. */
  readonly time?: 'virtual' | 'real';
  /**
   * Wall-clock budget of the run in milliseconds on the in-process engines (default
   * {@link DEFAULT_TIMEOUT_MS}; 0 or Infinity: none). Exceeding it makes `run` throw an
   * `AslcError` (`ExecutionBudgetExceeded`) naming the state being executed.
   */
  readonly timeoutMs?: number;
}

/** The default wall-clock budget of one run on the in-process engines: 20 seconds. */
export { DEFAULT_TIMEOUT_MS } from './interpreter/limits.ts';

/**
 * The error an engine throws when a run outlives its wall-clock budget.
 *
 * @example
 * ```ts
 * throw budgetExceeded('the execution ran longer than its wall-clock budget of 20 s', 'Loop');
 * ```
 */
export function budgetExceeded(message: string, state?: string): AslcError {
  return new AslcError('ExecutionBudgetExceeded', message, {
    ...(state === undefined ? {} : { state }),
    hint: 'raise the budget with --timeout SECONDS (aslc run, aslc test), timeoutSeconds in case.json or timeoutMs in the run request',
  });
}

/** How a run ended: the engine ran it, or it could not run here (with the reason). */
export type EngineOutcome =
  | { readonly kind: 'ran'; readonly result: RunResult }
  | { readonly kind: 'skipped'; readonly reason: string };

/**
 * An execution engine. `supports` is a cheap static check of a definition; `run` performs one
 * execution and reports `skipped` (never a pass, never a failure) when the engine cannot run
 * here: a feature it does not support, no container runtime, no credentials. A request that
 * cannot run anywhere (a Task without a mock, an invalid mock file) throws an `AslcError`.
 */
export interface Engine {
  readonly name: EngineName;
  /** `true`, or the reason this engine cannot run the definition. */
  supports(definition: unknown): true | string;
  run(request: RunRequest): Promise<EngineOutcome>;
  /**
   * Announces the requests about to run, so an engine can set itself up once for all of them
   * (Step Functions Local merges their mock files into the one its container starts with).
   */
  prepare?(requests: readonly RunRequest[]): void;
  /** Releases what the engine started (containers, clients). Safe to call more than once. */
  dispose(): Promise<void>;
}

/**
 * Shorthand for a `ran` outcome.
 *
 * @example
 * ```ts
 * const outcome = ran({ status: 'SUCCEEDED', output: 1, error: null, cause: null, statesEntered: [], events: [] });
 * ```
 */
export function ran(result: RunResult): EngineOutcome {
  return { kind: 'ran', result };
}

/**
 * Shorthand for a `skipped` outcome.
 *
 * @example
 * ```ts
 * const outcome = skipped('no container runtime');
 * ```
 */
export function skipped(reason: string): EngineOutcome {
  return { kind: 'skipped', reason };
}

/** The name `$$.Execution.Name` gets when the request names none. */
export const DEFAULT_EXECUTION_NAME = 'aslc-execution';

/** The state machine name used when the request names none. */
export const DEFAULT_STATE_MACHINE_NAME = 'StateMachine';

/** The account the engines' executions run in when none is real (Step Functions Local's). */
export const DEFAULT_ACCOUNT_ID = '123456789012';

/** The region the engines' executions run in when none is real. */
export const DEFAULT_REGION = 'us-east-1';

/**
 * The ARN of a state machine in the default account and region.
 *
 * @example
 * ```ts
 * stateMachineArn('Orders'); // 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders'
 * ```
 */
export function stateMachineArn(machine: string): string {
  return `arn:aws:states:${DEFAULT_REGION}:${DEFAULT_ACCOUNT_ID}:stateMachine:${machine}`;
}

/**
 * The ARN of an execution in the default account and region.
 *
 * @example
 * ```ts
 * executionArn('Orders', 'run-1'); // 'arn:aws:states:us-east-1:123456789012:execution:Orders:run-1'
 * ```
 */
export function executionArn(machine: string, execution: string): string {
  return `arn:aws:states:${DEFAULT_REGION}:${DEFAULT_ACCOUNT_ID}:execution:${machine}:${execution}`;
}

/**
 * The first line of an error's message, for one-line skip reasons and verdicts (container and
 * SDK errors can be long).
 *
 * @example
 * ```ts
 * firstLine(new Error('pull access denied\nmore')); // 'pull access denied'
 * ```
 */
export function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] ?? message;
}
