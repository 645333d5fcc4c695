import { statesOf, type StateVisit } from '../asl/walk.ts';
import { compile } from '../compile.ts';
import { AslcError } from '../util/errors.ts';
import { isJsonObject } from '../util/json.ts';
import { RUN_TASK_SUFFIX } from './job-runner.ts';
import {
  DEFAULT_MOCK_RESPONSES,
  defaultResponseName,
  type PlanMockResponse,
} from './mock-responses.ts';
import { assertPlan } from './parse-plan.ts';
import type { JobNode } from './plan-tree.ts';
import {
  nodeKeys,
  planToStateMachines,
  type PlanCompileOptions,
  type PlanMachine,
} from './plan-to-state-machines.ts';

/** A mock file in the MockConfigFile format of Step Functions Local (what `aslc run` reads). */
export interface PlanMockConfig {
  readonly StateMachines: Readonly<
    Record<
      string,
      { readonly TestCases: Readonly<Record<string, Readonly<Record<string, string>>>> }
    >
  >;
  readonly MockedResponses: Readonly<Record<string, Readonly<Record<string, PlanMockResponse>>>>;
}

/** One test case of {@link planMocks}: which jobs fail, and how; everything else succeeds. */
export interface PlanMockCase {
  /** Jobs (by name) whose run fails on every attempt, retries included. */
  readonly fail?: readonly string[];
  /**
   * The error of those failures (default `States.TaskFailed`, reported FAILED); a job's
   * `cancelledOn` errors (`States.Timeout` by default) are reported CANCELLED.
   */
  readonly error?: string;
  /** The cause of those failures (default `job '<name>' failed (mocked)`). */
  readonly cause?: string;
  /** Task states served by another response than their default (state name → response name). */
  readonly states?: Readonly<Record<string, string>>;
  /** Responses `states` names that are not defaults (response name → invocation key → response). */
  readonly responses?: Readonly<Record<string, Readonly<Record<string, PlanMockResponse>>>>;
}

/** Options of {@link planMocks}: which machine, its name in the file, the test cases. */
export interface PlanMocksOptions extends PlanCompileOptions {
  /** The machine of the plan to mock (default the root; a child machine by its name). */
  readonly machine?: string;
  /** The machine's key under `StateMachines` (default its name). */
  readonly stateMachineName?: string;
  /** Test cases by name (default `{Success: {}}`: every job succeeds). */
  readonly testCases?: Readonly<Record<string, PlanMockCase>>;
}

/** Invocations every response covers at least (`0-99`): one execution rarely needs more. */
const MIN_LAST_INVOCATION = 99;

/** The exact size of a machine's definition, as the CLI measures it. */
const exactSize: NonNullable<PlanCompileOptions['measure']> = (machine) => {
  const json = compile(machine, { validate: false }).json;
  return { bytes: Buffer.byteLength(json), lines: json.split('\n').length };
};

/** An upper bound of a Task's invocations in one execution: its and its enclosing retries. */
function attemptsOf(visit: StateVisit): number {
  let n = 1;
  for (let s: StateVisit | undefined = visit; s !== undefined; s = s.scope.owner) {
    const retry = s.state['Retry'];
    let extra = 0;
    for (const r of Array.isArray(retry) ? retry : []) {
      const max = isJsonObject(r) ? r['MaxAttempts'] : undefined;
      extra += typeof max === 'number' ? max : 3;
    }
    n = Math.min(Number.MAX_SAFE_INTEGER, n * (1 + extra));
  }
  return n;
}

/** The invocation key covering `attempts` invocations, and at least `0-99`. */
function rangeFor(attempts: number): string {
  return `0-${Math.max(MIN_LAST_INVOCATION, attempts - 1)}`;
}

/** The machine of a compiled plan that `name` selects (the root by default). */
function machineNamed(machines: readonly PlanMachine[], name: string | undefined): PlanMachine {
  const chosen = name === undefined ? machines[0] : machines.find((m) => m.name === name);
  if (chosen === undefined) {
    throw new AslcError('UnknownMachine', `the plan has no machine named '${name}'`, {
      hint: `its machines are ${machines.map((m) => m.name).join(', ')}`,
    });
  }
  return chosen;
}

/**
 * A mock file for a plan's machine, in the MockConfigFile format `aslc run` and `aslc test` read:
 * every Task state mocked in every test case, the status sink accepting every update and event,
 * and every job succeeding unless the test case fails it. A failed job's run throws on every
 * attempt (retries included), with `error` and `cause`; `states` and `responses` serve chosen
 * Task states otherwise (a retry that succeeds, a sink that fails). The plan is laid out as the
 * CLI lays it out (exact sizes), so the file fits what `aslc run plan.yaml` runs. Unknown jobs,
 * groups, jobs of another machine, unknown states and responses throw an `AslcError` with a hint.
 *
 * @example
 * ```ts
 * declare const plan: Plan;
 * const mocks = planMocks(plan, {
 *   testCases: { Success: {}, PriceFails: { fail: ['price'] } },
 * });
 * Object.keys(mocks.StateMachines); // [the root machine's name]
 * ```
 */
export function planMocks(plan: unknown, options: PlanMocksOptions = {}): PlanMockConfig {
  const { tree } = assertPlan(plan);
  const machines = planToStateMachines(plan, { measure: exactSize, ...options });
  const chosen = machineNamed(machines, options.machine);
  const tasks = statesOf(compile(chosen.machine, { validate: false }).asl)
    .filter((v) => v.state['Type'] === 'Task')
    .map((v) => ({
      name: v.name,
      resource: typeof v.state['Resource'] === 'string' ? v.state['Resource'] : '',
      attempts: attemptsOf(v),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byName = new Map(tasks.map((t) => [t.name, t]));
  const keys = nodeKeys(tree);
  const responses = new Map<string, Readonly<Record<string, PlanMockResponse>>>();
  const define = (name: string, response: Readonly<Record<string, PlanMockResponse>>): string => {
    let unique = name;
    for (let n = 2; responses.has(unique); n++) {
      if (JSON.stringify(responses.get(unique)) === JSON.stringify(response)) return unique;
      unique = `${name} (${n})`;
    }
    responses.set(unique, response);
    return unique;
  };
  // The default responses the machine's Task states use, each covering its most retried state.
  const defaults = new Map<string, number>();
  for (const t of tasks) {
    const name = defaultResponseName(t.resource);
    defaults.set(name, Math.max(defaults.get(name) ?? 1, t.attempts));
  }
  for (const [name, attempts] of defaults) {
    responses.set(name, { [rangeFor(attempts)]: DEFAULT_MOCK_RESPONSES[name] as PlanMockResponse });
  }

  const jobNames = [...tree.byName.values()].flatMap((n) => (n.kind === 'job' ? [n.name] : []));
  const jobList = `${jobNames.slice(0, 8).join(', ')}${jobNames.length > 8 ? ', …' : ''}`;
  /** The Task state that runs a job, in the chosen machine. */
  const runState = (jobName: string): string => {
    const node = tree.byName.get(jobName);
    if (node === undefined || node.kind === 'group') {
      throw new AslcError(
        node === undefined ? 'UnknownJob' : 'NotAJob',
        node === undefined
          ? `the plan has no job named '${jobName}'`
          : `'${jobName}' is a group, not a job`,
        { hint: `name a job that runs (its group fails with it): ${jobList}` },
      );
    }
    const job = node as JobNode;
    const state = `${keys.get(job)} ${RUN_TASK_SUFFIX[job.executor?.kind ?? 'task']}`;
    if (byName.has(state)) return state;
    const owner = machines.find((m) =>
      statesOf(compile(m.machine, { validate: false }).asl).some((v) => v.name === state),
    );
    throw new AslcError(
      'JobInOtherMachine',
      `job '${jobName}' runs in machine '${owner?.name ?? '?'}', not in '${chosen.name}'`,
      { hint: `mock that machine: --machine ${owner?.name ?? '<name>'} (option machine)` },
    );
  };

  const testCases: Record<string, Record<string, string>> = {};
  for (const [caseName, spec] of Object.entries(options.testCases ?? { Success: {} })) {
    const served = new Map<string, string>();
    for (const job of spec.fail ?? []) {
      const state = runState(job);
      const thrown = {
        Error: spec.error ?? 'States.TaskFailed',
        Cause: spec.cause ?? `job '${job}' failed (mocked)`,
      };
      const attempts = byName.get(state)?.attempts ?? 1;
      served.set(state, define(`${job} fails`, { [rangeFor(attempts)]: { Throw: thrown } }));
    }
    for (const [state, response] of Object.entries(spec.states ?? {})) {
      if (!byName.has(state)) {
        throw new AslcError(
          'UnknownTaskState',
          `test case '${caseName}' names no Task state '${state}'`,
          {
            hint: `the Task states of '${chosen.name}' are named '<job> <suffix>', e.g. '${tasks[0]?.name ?? ''}'`,
          },
        );
      }
      const given = spec.responses?.[response];
      if (given === undefined && DEFAULT_MOCK_RESPONSES[response] === undefined) {
        throw new AslcError(
          'UnknownResponse',
          `test case '${caseName}' uses response '${response}', which it does not define`,
          {
            hint: `define it in responses, or use a default: ${Object.keys(DEFAULT_MOCK_RESPONSES).join(', ')}`,
          },
        );
      }
      served.set(state, given === undefined ? response : define(response, given));
    }
    const mapping: Record<string, string> = {};
    for (const t of tasks) {
      const response = served.get(t.name) ?? defaultResponseName(t.resource);
      if (!responses.has(response)) {
        // a default that no Task state of the machine uses by default
        responses.set(response, {
          [rangeFor(t.attempts)]: DEFAULT_MOCK_RESPONSES[response] as PlanMockResponse,
        });
      }
      mapping[t.name] = response;
    }
    testCases[caseName] = mapping;
  }
  const sorted = [...responses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.freeze({
    StateMachines: { [options.stateMachineName ?? chosen.name]: { TestCases: testCases } },
    MockedResponses: Object.fromEntries(sorted),
  });
}
