/**
 * The moving parts of an execution: the {@link ExecutionRuntime} shared by everything, the
 * {@link Fiber} (one thread: a clock and a variable scope) and the {@link StateRun} (one visit of
 * one state), with the helpers that build what paths and expressions are evaluated against.
 */
import type { AslStateType } from '../../asl/names.ts';
import type { AslBranch, AslState } from '../../asl/types.ts';
import type { Budget } from './budget.ts';
import type { Clock } from './clock.ts';
import type { ExecutionIdentity } from './context.ts';
import { contextObject } from './context.ts';
import type { EventLog, History } from './events.ts';
import type { JsonataScope, StatesBinding } from './jsonata-env.ts';
import type { Rng } from './random.ts';
import type { PathEnv } from './reference.ts';
import type { VariableScope } from './scope.ts';
import type { InterpretOptions } from './types.ts';

/** The two query languages. */
export type QueryLanguage = 'JSONPath' | 'JSONata';

/** A state graph: the machine, a Parallel branch or a Map item processor. */
export type StateGraph = Readonly<Pick<AslBranch, 'StartAt' | 'States'>>;

/** The ASL type of a state of type `T` (`AslStateOf<'Map'>` is `AslMapState`). */
export type AslStateOf<T extends AslStateType> = Extract<AslState, { readonly Type: T }>;

/**
 * A run of any state that may have the fields of `F` (all optional): what a helper shared by
 * several state types reads, e.g. `RunOf<AslJsonPathIo>` for InputPath and OutputPath.
 */
export type RunOf<F> = StateRun<AslState & Partial<F>>;

/** Runs a state graph: passed to the Parallel and Map handlers (no import cycle). */
export type GraphRunner = (fiber: Fiber, graph: StateGraph, input: unknown) => Promise<unknown>;

/** What every part of one execution shares. */
export interface ExecutionRuntime {
  readonly options: InterpretOptions;
  readonly identity: ExecutionIdentity;
  /** The execution input (`$$.Execution.Input`). */
  readonly executionInput: unknown;
  readonly machineLanguage: QueryLanguage;
  readonly rng: Rng;
  readonly events: EventLog;
  readonly statesEntered: string[];
  /** Per-state invocation counters of Task states (MockConfigFile numbering). */
  readonly invocations: Map<string, number>;
  /** Upper bound on state transitions per history (the execution's, or a child's). */
  readonly maxTransitions: number;
  /** State transitions of the whole run (child executions included). */
  transitions: number;
  /** The wall-clock budget, and the state being executed. */
  readonly budget: Budget;
  /** A counter for generated ids (Map Runs, task tokens). */
  serial: number;
}

/** One thread of the execution. */
export interface Fiber {
  readonly rt: ExecutionRuntime;
  readonly clock: Clock;
  readonly scope: VariableScope;
  /** The history this thread records into: the execution's, or a Distributed Map child's. */
  readonly history: History;
}

/** What a state produced: its output, the next state (none for an end) and the variables it assigns. */
export interface StateOutcome {
  readonly output: unknown;
  readonly next: string | undefined;
  readonly assigned?: Readonly<Record<string, unknown>>;
  /**
   * Which field chose `next` when it is not the state's `Next`: `Choices[i]` or `Default` for a
   * Choice, `Catch[i]` for a catcher. Recorded on StateExited (`details.transition`).
   */
  readonly via?: string;
}

/** One visit of one state (of ASL type `S`). */
export interface StateRun<S extends AslState = AslState> {
  readonly fiber: Fiber;
  readonly name: string;
  /** The state as the checked definition has it (src/run/interpreter/definition.ts). */
  readonly def: S;
  readonly language: QueryLanguage;
  /** The raw state input. */
  readonly input: unknown;
  readonly enteredTime: string;
  /** The AWS history id of the state's Entered event (quoted in causes). */
  readonly enteredEventId: number;
  /** Retries so far (Task, Parallel and Map states; undefined elsewhere). */
  retryCount: number | undefined;
  /** The task token of the current attempt (`.waitForTaskToken` resources). */
  taskToken?: string;
}

/**
 * The context object as this state sees it now.
 *
 * @example
 * ```ts
 * stateContext(run).State; // { Name, EnteredTime, RetryCount? }
 * ```
 */
export function stateContext(
  run: StateRun,
  mapItem?: { readonly index: number; readonly value: unknown },
): Record<string, unknown> {
  const rt = run.fiber.rt;
  return contextObject(rt.identity, rt.executionInput, {
    name: run.name,
    enteredTime: run.enteredTime,
    ...(run.retryCount === undefined ? {} : { retryCount: run.retryCount }),
    ...(run.taskToken === undefined ? {} : { taskToken: run.taskToken }),
    ...(mapItem === undefined ? {} : { mapItem }),
  });
}

/**
 * What JSONPath paths of this state are evaluated against (`$` = `input`).
 *
 * @example
 * ```ts
 * pathEnv(run, run.input).context; // $$
 * ```
 */
export function pathEnv(
  run: StateRun,
  input: unknown,
  mapItem?: { readonly index: number; readonly value: unknown },
): PathEnv {
  return {
    input,
    context: stateContext(run, mapItem),
    scope: run.fiber.scope,
    budget: run.fiber.rt.budget,
  };
}

/**
 * What JSONata expressions of this state see (`$states`, variables, functions).
 *
 * @example
 * ```ts
 * jsonataScope(run, { input: run.input }).states.context; // $states.context
 * ```
 */
export function jsonataScope(
  run: StateRun,
  states: Omit<StatesBinding, 'context'>,
  mapItem?: { readonly index: number; readonly value: unknown },
): JsonataScope {
  return {
    states: { ...states, context: stateContext(run, mapItem) },
    variables: run.fiber.scope.all(),
    rng: run.fiber.rt.rng,
    budget: run.fiber.rt.budget,
    nowMs: run.fiber.clock.now,
    partition: run.fiber.rt.identity.partition,
  };
}
