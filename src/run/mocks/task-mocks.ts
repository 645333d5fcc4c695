import type { TaskOutcome } from '../interpreter/types.ts';
import { AslcError } from '../../util/errors.ts';
import { ownValue } from '../../util/json.ts';
import { taskStates } from '../../asl/walk.ts';
import { DEFAULT_STATE_MACHINE_NAME, type RunRequest } from '../engine-contract.ts';
import { isMockThrow, responseFor, testCaseMocks, type MockConfigFile } from './mock-config.ts';
import { serviceFor, type MockService } from './mock-service.ts';
import { assertValidMockConfig } from './validate-mock-config.ts';

/** Serves the Task states of one execution from its mocks (spec/testing.md §2.5). */
export interface TaskMocks {
  /**
   * Serves invocation *n* of a Task state (n counts this state's calls in this execution,
   * retries included): the selected test case's response for *n*, else a stateful service.
   */
  serve(stateName: string, resource: string, input: unknown): Promise<TaskOutcome>;
  /** How many times a state was invoked so far. */
  invocations(stateName: string): number;
  /**
   * Problems met while serving (an invocation no key covers). When non-empty, the run's result
   * must not be trusted: engines report the run as not runnable instead.
   */
  readonly problems: readonly string[];
  /** Throws an `AslcError` (`IncompleteMock`) when there are {@link problems}. */
  checkComplete(): void;
}

/**
 * Prepares the per-state task handlers of one execution on an in-process engine (native,
 * embedded): validates the mock file, selects the test case, and checks up front that every
 * Task state is served, by the test case or by a stateful service, because these engines never
 * call AWS. Throws an `AslcError` (`InvalidMockFile`, `UnknownTestCase`, `MockForUnknownState`,
 * `TaskWithoutMock`) when the request cannot run.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, config: MockConfigFile;
 * const mocks = prepareTaskMocks({ definition, input: {}, mocks: config, testCase: 'HappyPath',
 *   stateMachineName: 'LambdaSQSIntegration' });
 * const outcome = await mocks.serve('LambdaState', 'arn:aws:states:::lambda:invoke', {});
 * ```
 */
export function prepareTaskMocks(request: RunRequest): TaskMocks {
  const tasks = taskStates(request.definition);
  const machine = request.stateMachineName ?? DEFAULT_STATE_MACHINE_NAME;
  const mapping = selectMapping(request.mocks, machine, request.testCase);
  const config = request.mocks;

  const taskNames = new Set(tasks.map((t) => t.name));
  for (const state of Object.keys(mapping)) {
    if (!taskNames.has(state)) {
      throw new AslcError(
        'MockForUnknownState',
        `test case '${request.testCase ?? ''}' mocks '${state}', which is not a Task state of the definition`,
        { state, hint: 'check the state name (mocks are keyed by Task state name)' },
      );
    }
  }
  for (const task of tasks) {
    const resource = String(task.state['Resource'] ?? '');
    if (!Object.hasOwn(mapping, task.name) && !serviceFor(request.services, resource)) {
      throw missingMock(task.name, resource, request, machine);
    }
  }

  const counters = new Map<string, number>();
  const problems: string[] = [];
  return {
    problems,
    invocations: (stateName) => counters.get(stateName) ?? 0,
    checkComplete() {
      if (problems.length === 0) return;
      throw new AslcError('IncompleteMock', problems.join('; '), {
        hint: 'cover every invocation, retries included, in the mocked response',
      });
    },
    async serve(stateName, resource, input) {
      const n = counters.get(stateName) ?? 0;
      counters.set(stateName, n + 1);
      const responseName = mapping[stateName];
      if (responseName !== undefined && config !== undefined) {
        return fromResponse(config, responseName, stateName, n, problems);
      }
      const service = serviceFor(request.services, resource);
      if (service !== undefined) return fromService(service, stateName, resource, input, problems);
      const message = `Task state '${stateName}' has no mock (invocation ${n})`;
      problems.push(message);
      return { kind: 'throw', error: 'States.Runtime', cause: message };
    },
  };
}

function selectMapping(
  mocks: MockConfigFile | undefined,
  machine: string,
  testCase: string | undefined,
): { readonly [state: string]: string } {
  if (mocks === undefined) return {};
  assertValidMockConfig(mocks);
  if (testCase === undefined) {
    throw new AslcError('UnknownTestCase', 'a mock file is given but no test case is selected', {
      hint: 'name the test case (--test-case, or testCase in case.json)',
    });
  }
  const mapping = testCaseMocks(mocks, machine, testCase);
  if (typeof mapping === 'string') throw new AslcError('UnknownTestCase', mapping);
  return mapping;
}

function fromResponse(
  config: MockConfigFile,
  responseName: string,
  stateName: string,
  n: number,
  problems: string[],
): TaskOutcome {
  const table = ownValue(config.MockedResponses, responseName) ?? {};
  const response = responseFor(table, n);
  if (response === undefined) {
    const message = `mocked response '${responseName}' has no entry for invocation ${n} of state '${stateName}' (retries count as invocations)`;
    problems.push(message);
    return { kind: 'throw', error: 'States.Runtime', cause: message };
  }
  if (isMockThrow(response)) {
    return { kind: 'throw', error: response.Throw.Error, cause: response.Throw.Cause };
  }
  return { kind: 'return', value: structuredClone(response.Return) };
}

/**
 * Serves a call from a stateful service. A service answers with an outcome (a result or the
 * error the real service would raise); when it throws instead, the call is one it cannot serve
 * (a misconfigured case), which is a problem of the run, never a result.
 */
async function fromService(
  service: MockService,
  stateName: string,
  resource: string,
  input: unknown,
  problems: string[],
): Promise<TaskOutcome> {
  try {
    return await service.invoke({ stateName, resource, input });
  } catch (e) {
    const message = `the ${service.name} service cannot serve Task state '${stateName}': ${e instanceof Error ? e.message : String(e)}`;
    problems.push(message);
    return { kind: 'throw', error: 'States.Runtime', cause: message };
  }
}

function missingMock(
  state: string,
  resource: string,
  request: RunRequest,
  machine: string,
): AslcError {
  const served = (request.services ?? []).map((s: MockService) => s.name);
  const services =
    served.length > 0 ? ` and no stateful service (${served.join(', ')}) serves ${resource}` : '';
  if (request.mocks === undefined) {
    return new AslcError(
      'TaskWithoutMock',
      `Task state '${state}' needs a mock: this engine never calls AWS${services}`,
      { state, hint: 'pass a MockConfigFile (--mocks mocks.json --test-case NAME)' },
    );
  }
  return new AslcError(
    'TaskWithoutMock',
    `Task state '${state}' has no mock in test case '${request.testCase ?? ''}' of state machine '${machine}'${services}; this engine never calls AWS`,
    { state, hint: `add "${state}" to the test case in the mock file` },
  );
}
