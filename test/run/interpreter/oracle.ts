/**
 * Runs a JSONPath definition on aws-local-stepfunctions 3.0.0 (the differential oracle) with the
 * same task handlers, no waits, no retry delays and the same context as the native interpreter.
 */
import { StateMachine } from 'aws-local-stepfunctions';
import { interpret } from '../../../src/run/interpreter/index.ts';

/** A deterministic task: input → result (throwing `Error` subclasses to fail). */
export type OracleTask = (input: unknown) => unknown;

/** What both engines are compared on. */
export interface Outcome {
  readonly status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';
  readonly output?: unknown;
  readonly error?: string | null;
  readonly cause?: string | null;
}

function statesByType(graph: unknown, out: Map<string, string>): Map<string, string> {
  const states = (graph as { States?: Record<string, Record<string, unknown>> }).States ?? {};
  for (const [name, s] of Object.entries(states)) {
    out.set(name, String(s.Type));
    for (const b of (s.Branches as unknown[]) ?? []) statesByType(b, out);
    if (s.ItemProcessor ?? s.Iterator) statesByType(s.ItemProcessor ?? s.Iterator, out);
  }
  return out;
}

const CONTEXT = {
  Execution: {
    Id: 'arn:aws:states:us-east-1:123456789012:execution:StateMachine:oracle',
    Name: 'oracle',
    StartTime: '2024-01-01T00:00:00.000Z',
    RoleArn: 'arn:aws:iam::123456789012:role/StepFunctions-StateMachine-role',
  },
};

/** Runs on aws-local-stepfunctions. */
export async function runOracle(
  definition: unknown,
  input: unknown,
  tasks: Record<string, OracleTask> = {},
): Promise<Outcome> {
  const types = statesByType(definition, new Map());
  const waitTimeOverrides: Record<string, number> = {};
  const retryIntervalOverrides: Record<string, number> = {};
  for (const [name, type] of types) {
    if (type === 'Wait') waitTimeOverrides[name] = 0;
    if (type === 'Task' || type === 'Parallel' || type === 'Map') retryIntervalOverrides[name] = 0;
  }
  const taskResourceLocalHandlers: Record<string, (i: unknown) => Promise<unknown>> = {};
  for (const [name, fn] of Object.entries(tasks))
    taskResourceLocalHandlers[name] = async (i) => fn(i);
  const sm = new StateMachine(definition as never, { validationOptions: { noValidate: true } });
  try {
    const exec = sm.run(input as never, {
      overrides: {
        taskResourceLocalHandlers: taskResourceLocalHandlers as never,
        waitTimeOverrides,
        retryIntervalOverrides,
      },
      context: CONTEXT as never,
    });
    return { status: 'SUCCEEDED', output: await exec.result };
  } catch (e) {
    const cause = (e as { cause?: { name?: string; message?: string } }).cause;
    return { status: 'FAILED', error: cause?.name ?? null, cause: cause?.message ?? null };
  }
}

/** Runs on the native interpreter with the same tasks and identity. */
export async function runNative(
  definition: unknown,
  input: unknown,
  tasks: Record<string, OracleTask> = {},
): Promise<Outcome> {
  const r = await interpret(definition, {
    input,
    execution: { id: CONTEXT.Execution.Id, name: 'oracle', startTime: CONTEXT.Execution.StartTime },
    taskHandler: (inv) => {
      const fn = tasks[inv.stateName];
      if (fn === undefined) return { kind: 'throw', error: 'NoTask', cause: inv.stateName };
      try {
        return { kind: 'return', value: fn(inv.input) };
      } catch (e) {
        return { kind: 'throw', error: (e as Error).name, cause: (e as Error).message };
      }
    },
  });
  return r.status === 'SUCCEEDED'
    ? { status: r.status, output: r.output }
    : { status: r.status, error: r.error, cause: r.cause };
}

/** An error with a chosen name, as a Lambda would raise it. */
export function namedError(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}
