import { AslcError } from '../../util/errors.ts';
import { isJsonObject } from '../../util/json.ts';
import {
  DEFAULT_EXECUTION_NAME,
  DEFAULT_STATE_MACHINE_NAME,
  executionArn,
  ran,
  skipped,
  stateMachineArn,
  type Engine,
  type RunRequest,
  type RunResult,
} from '../engine-contract.ts';
import { statesOf } from '../../asl/walk.ts';
import { prepareTaskMocks, type TaskMocks } from '../mocks/task-mocks.ts';
import { createSfnApi, type SfnApi } from '../sfn-api.ts';
import { awsAccess, type AwsAccess, type AwsCredentials } from './aws-gate.ts';

/** Options of the `aws` engine. */
export interface AwsEngineOptions {
  /** Environment (`SFN_E2E_AWS`, `AWS_REGION`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The `--aws` opt-in. */
  readonly optIn?: boolean;
  /** Resolves credentials (default: `fromNodeProviderChain`). */
  readonly credentials?: () => Promise<AwsCredentials>;
  /** Builds the API client (default: @aws-sdk/client-sfn). */
  readonly api?: (access: Extract<AwsAccess, { ok: true }>) => Promise<SfnApi>;
  /** TestState's check of mocked results against the service's API model (default PRESENT). */
  readonly fieldValidationMode?: 'STRICT' | 'PRESENT' | 'NONE';
  /** Upper bound on TestState calls per run (default 500). */
  readonly maxTransitions?: number;
}

/**
 * The `aws` engine: AWS's own evaluator, without deploying anything. It calls
 * `ValidateStateMachineDefinition` (a `FAIL` result makes the run fail with the diagnostics),
 * then walks the execution one state at a time with `TestState` (spec/testing.md §4.3): the full
 * definition plus `stateName`, the state's input and variables, and for Task states the mocked
 * result or error of invocation *n* from the MockConfigFile (`retrierRetryCount` for retries).
 * `RETRIABLE` retries the state, `CAUGHT_ERROR` and `SUCCEEDED` follow `nextState`, `FAILED`
 * ends the run. Runs only with the opt-in and resolvable credentials; otherwise `skipped`.
 * Parallel and Map states (TestState needs their result as a mock) and a machine deadline with a
 * Wait or Retry (TestState does not keep time) are refused.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, mocks: MockConfigFile;
 * const engine = createAwsEngine({ optIn: true });
 * const outcome = await engine.run({ definition, input: {}, mocks, testCase: 'HappyPath' });
 * ```
 */
export function createAwsEngine(options: AwsEngineOptions = {}): Engine {
  const env = options.env ?? process.env;
  let access: Promise<AwsAccess> | undefined;
  let api: Promise<SfnApi> | undefined;
  return {
    name: 'aws',
    supports: awsSupport,
    async dispose() {
      const a = api;
      api = undefined;
      if (a !== undefined) (await a).destroy();
    },
    async run(request) {
      const support = awsSupport(request.definition);
      if (support !== true) return skipped(support);
      access ??= awsAccess({
        env,
        ...(options.optIn !== undefined ? { optIn: options.optIn } : {}),
        ...(options.credentials !== undefined ? { resolve: options.credentials } : {}),
      });
      const granted = await access;
      if (!granted.ok) return skipped(granted.reason);
      if ((request.services ?? []).length > 0) {
        return skipped('stateful mock services run only in-process (native, embedded)');
      }
      const mocks = prepareTaskMocks(request);
      api ??= options.api !== undefined ? options.api(granted) : createSfnApi(granted);
      return ran(await walk(await api, request, mocks, options));
    },
  };
}

/**
 * `true`, or why the aws engine cannot evaluate a definition state by state.
 *
 * @example
 * ```ts
 * awsSupport({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [], End: true } } });
 * // "not supported by the aws engine: Parallel at state 'P' (TestState needs its result as a mock)"
 * ```
 */
export function awsSupport(definition: unknown): true | string {
  const states = statesOf(definition);
  const nested = states.find((s) => s.state['Type'] === 'Parallel' || s.state['Type'] === 'Map');
  if (nested !== undefined) {
    return `not supported by the aws engine: ${String(nested.state['Type'])} at state '${nested.name}' (TestState needs its result as a mock)`;
  }
  const timed = states.find((s) => s.state['Type'] === 'Wait' || Array.isArray(s.state['Retry']));
  if (isJsonObject(definition) && definition['TimeoutSeconds'] !== undefined && timed) {
    return `not supported by the aws engine: the machine's TimeoutSeconds with a Wait or Retry at state '${timed.name}' (TestState does not keep time)`;
  }
  return true;
}

async function walk(
  api: SfnApi,
  request: RunRequest,
  mocks: TaskMocks,
  options: AwsEngineOptions,
): Promise<RunResult> {
  const definition = JSON.stringify(request.definition);
  const type = request.type ?? 'STANDARD';
  const validation = await api.validateStateMachineDefinition({ definition, type });
  if (validation.result !== 'OK') {
    const diagnostics = (validation.diagnostics ?? [])
      .map((d) => `${d.code ?? '?'} at ${d.location ?? '/'}: ${d.message ?? ''}`)
      .join('; ');
    throw new AslcError(
      'AwsValidationFailed',
      `ValidateStateMachineDefinition: ${validation.result ?? 'no result'}${diagnostics ? `: ${diagnostics}` : ''}`,
    );
  }
  const top = isJsonObject(request.definition) ? request.definition : {};
  const states = isJsonObject(top['States']) ? top['States'] : {};
  const context = JSON.stringify(contextFor(request));
  const statesEntered: string[] = [];
  const events: { type: string; name: string }[] = [];
  let name = String(top['StartAt'] ?? '');
  let input: unknown = request.input ?? {};
  let variables: string | undefined;
  let retries = 0;
  for (let step = 0; step < (options.maxTransitions ?? 500); step++) {
    const state = states[name];
    if (!isJsonObject(state)) throw new AslcError('EngineError', `no state '${name}' to test`);
    if (retries === 0) statesEntered.push(name);
    events.push({ type: retries === 0 ? 'StateEntered' : 'StateRetried', name });
    let mock: Parameters<SfnApi['testState']>[0]['mock'];
    if (state['Type'] === 'Task') {
      const outcome = await mocks.serve(name, String(state['Resource'] ?? ''), input);
      const fieldValidationMode = options.fieldValidationMode ?? 'PRESENT';
      if (outcome.kind === 'return')
        mock = { result: JSON.stringify(outcome.value), fieldValidationMode };
      else if (outcome.kind === 'throw')
        mock = {
          errorOutput: {
            error: outcome.error,
            ...(outcome.cause !== undefined ? { cause: outcome.cause } : {}),
          },
          fieldValidationMode,
        };
      else
        throw new AslcError(
          'EngineError',
          `Task state '${name}': a mock cannot hang on the aws engine`,
        );
    }
    if (mocks.problems.length > 0) throw new AslcError('IncompleteMock', mocks.problems.join('; '));
    const r = await api.testState({
      definition,
      stateName: name,
      input: JSON.stringify(input),
      inspectionLevel: 'DEBUG',
      ...(variables !== undefined ? { variables } : {}),
      ...(mock !== undefined ? { mock, context } : {}),
      ...(retries > 0 ? { stateConfiguration: { retrierRetryCount: retries } } : {}),
    });
    if (r.inspectionData?.variables !== undefined) variables = r.inspectionData.variables;
    switch (r.status) {
      case 'RETRIABLE':
        retries++;
        continue;
      case 'FAILED':
        return {
          status: 'FAILED',
          error: r.error ?? null,
          cause: r.cause ?? null,
          statesEntered,
          events,
        };
      case 'SUCCEEDED':
      case 'CAUGHT_ERROR':
        retries = 0;
        input = r.output === undefined ? null : JSON.parse(r.output);
        if (r.nextState === undefined || r.nextState === '') {
          return {
            status: 'SUCCEEDED',
            output: input,
            error: null,
            cause: null,
            statesEntered,
            events,
          };
        }
        name = r.nextState;
        continue;
      default:
        throw new AslcError(
          'EngineError',
          `TestState returned status ${r.status ?? 'none'} for state '${name}'`,
        );
    }
  }
  throw new AslcError(
    'EngineError',
    `more than ${options.maxTransitions ?? 500} states tested: stopping`,
  );
}

function contextFor(request: RunRequest): Record<string, unknown> {
  const machine = request.stateMachineName ?? DEFAULT_STATE_MACHINE_NAME;
  const execution = request.executionName ?? DEFAULT_EXECUTION_NAME;
  return {
    Execution: {
      Id: executionArn(machine, execution),
      Name: execution,
      Input: request.input ?? {},
    },
    StateMachine: { Id: stateMachineArn(machine), Name: machine },
  };
}
