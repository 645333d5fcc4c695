/** Shared helpers for the interpreter tests. */
import { DEFAULT_START_TIME, interpret } from '../../../src/run/interpreter/index.ts';
import type {
  ExecutionResult,
  InterpretOptions,
  TaskHandler,
  TaskOutcome,
} from '../../../src/run/interpreter/index.ts';

/** Runs a definition with an input and optional options, at {@link DEFAULT_START_TIME} unless told. */
export function run(
  definition: unknown,
  input: unknown = {},
  options: Omit<InterpretOptions, 'input'> = {},
): Promise<ExecutionResult> {
  return interpret(definition, {
    ...options,
    execution: { startTime: DEFAULT_START_TIME, ...options.execution },
    input,
  });
}

/** A one-state machine around a state definition. */
export function single(
  state: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): unknown {
  return { ...extra, StartAt: 'S', States: { S: state } };
}

/** A task handler that returns fixed results per state name (functions get the invocation). */
export function handler(
  results: Record<string, unknown | ((input: unknown, invocation: number) => TaskOutcome)>,
): TaskHandler {
  return (inv) => {
    const r = results[inv.stateName];
    if (typeof r === 'function')
      return (r as (i: unknown, n: number) => TaskOutcome)(inv.input, inv.invocation);
    return { kind: 'return', value: r };
  };
}

/** Event types in order, for compact assertions. */
export function eventTypes(result: ExecutionResult): string[] {
  return result.events.map((e) => (e.name === undefined ? e.type : `${e.type}:${e.name}`));
}
