import { AslcError } from '../../util/errors.ts';
import {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_EXECUTION_NAME,
  DEFAULT_REGION,
  DEFAULT_STATE_MACHINE_NAME,
  firstLine,
  ran,
  skipped,
  stateMachineArn,
  type Engine,
  type RunRequest,
  type RunResult,
} from '../engine-contract.ts';
import { describeFeature, findFeatures } from '../feature-scan.ts';
import { taskStates } from '../../asl/walk.ts';
import { prepareTaskMocks } from '../mocks/task-mocks.ts';
import { testCaseMocks } from '../mocks/mock-config.ts';
import { createSfnApi, type SfnApi, type SfnHistoryEvent } from '../sfn-api.ts';
import { containerMachineName, mergeMockConfigs, namespace } from './merge-mocks.ts';
import {
  DEFAULT_SFN_LOCAL_IMAGE,
  testcontainersRuntime,
  type SfnLocalRuntime,
  type StartedSfnLocal,
} from './sfn-local-container.ts';

/** Options of the `sfn-local` engine. */
export interface SfnLocalOptions {
  /** Environment (`SFN_LOCAL_DISABLE`, `SFN_LOCAL_IMAGE`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Image name and tag; default `SFN_LOCAL_IMAGE`, then {@link DEFAULT_SFN_LOCAL_IMAGE}. */
  readonly image?: string;
  /** Starts containers (default: testcontainers). */
  readonly runtime?: SfnLocalRuntime;
  /** Builds the API client for an endpoint (default: @aws-sdk/client-sfn). */
  readonly api?: (endpoint: string) => Promise<SfnApi>;
  /** How long to wait for the API after the start-up log line (default 30 s). */
  readonly readyTimeoutMs?: number;
  /** How long an execution may run (default 5 min). */
  readonly executionTimeoutMs?: number;
  /** Delay between polls (default 250 ms). */
  readonly pollMs?: number;
}

/** Features Step Functions Local (2.0.0, 2024) predates. */
const ABSENT = new Set(['jsonata', 'variables', 'distributed-map']);

/**
 * The `sfn-local` engine: AWS Step Functions Local in a container started with testcontainers,
 * the requests' mock files merged into one `SFN_MOCK_CONFIG`, driven through the SFN API
 * (create the machine, start `<machine>#<TestCase>`, poll until done, read the history). Reports
 * `skipped: <reason>` when `SFN_LOCAL_DISABLE=1`, when no container runtime answers, when the
 * image cannot be started, and for JSONata, variables, Distributed Map or stateful services.
 *
 * @example
 * ```ts
 * declare const request: RunRequest;
 * const engine = createSfnLocalEngine({ image: 'amazon/aws-stepfunctions-local:2.0.0' });
 * const outcome = await engine.run(request); // { kind: 'skipped', reason: 'no container runtime: …' }
 * await engine.dispose();
 * ```
 */
export function createSfnLocalEngine(options: SfnLocalOptions = {}): Engine {
  const env = options.env ?? process.env;
  const image = options.image ?? env['SFN_LOCAL_IMAGE'] ?? DEFAULT_SFN_LOCAL_IMAGE;
  const runtime = options.runtime ?? testcontainersRuntime(env);
  const makeApi =
    options.api ??
    ((endpoint: string) =>
      createSfnApi({
        endpoint,
        region: DEFAULT_REGION,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }));
  const announced: RunRequest[] = [];
  let unavailable: string | undefined;
  let current: { started: StartedSfnLocal; api: SfnApi; namespaces: Set<string> } | undefined;

  const supports = (definition: unknown): true | string => {
    const use = findFeatures(definition).find((u) => ABSENT.has(u.category));
    return use === undefined
      ? true
      : `not supported by Step Functions Local: ${describeFeature(use)}`;
  };

  const stop = async (): Promise<void> => {
    const c = current;
    current = undefined;
    if (c !== undefined) {
      c.api.destroy();
      await c.started.stop();
    }
  };

  /** A container whose mock file covers the request, or the reason there is none. */
  const ensure = async (request: RunRequest): Promise<SfnApi | string> => {
    const ns = namespace(request.mocks);
    if (current?.namespaces.has(ns)) return current.api;
    if (unavailable !== undefined) return unavailable;
    const probe = await runtime.available();
    if (probe !== true) return (unavailable = probe);
    await stop();
    const requests = [...announced, request];
    const config = mergeMockConfigs(requests);
    let started: StartedSfnLocal;
    try {
      started = await runtime.start({ image, mockConfig: JSON.stringify(config) });
    } catch (e) {
      return (unavailable = `could not start ${image}: ${firstLine(e)}`);
    }
    const api = await makeApi(started.endpoint);
    current = { started, api, namespaces: new Set(requests.map((r) => namespace(r.mocks))) };
    const ready = await waitReady(api, options.readyTimeoutMs ?? 30_000, options.pollMs ?? 250);
    if (ready !== true) {
      await stop();
      return (unavailable = `Step Functions Local did not answer: ${ready}`);
    }
    return api;
  };

  return {
    name: 'sfn-local',
    supports,
    prepare: (requests) => void announced.push(...requests),
    dispose: stop,
    async run(request) {
      if (env['SFN_LOCAL_DISABLE'] === '1') return skipped('disabled by SFN_LOCAL_DISABLE=1');
      const support = supports(request.definition);
      if (support !== true) return skipped(support);
      const byService = servedByServices(request);
      if (byService.length > 0) {
        return skipped(
          `Task state '${byService[0]}' is served by a stateful mock service, which runs only in-process (native, embedded)`,
        );
      }
      prepareTaskMocks(request); // validates the mock file and refuses a Task without a mock
      const api = await ensure(request);
      if (typeof api === 'string') return skipped(api);
      return ran(await execute(api, request, options));
    },
  };
}

/** Task states the request serves with a stateful service (not in the test case). */
function servedByServices(request: RunRequest): string[] {
  if ((request.services ?? []).length === 0) return [];
  const mapping =
    request.mocks !== undefined && request.testCase !== undefined
      ? testCaseMocks(
          request.mocks,
          request.stateMachineName ?? DEFAULT_STATE_MACHINE_NAME,
          request.testCase,
        )
      : {};
  const mocked = typeof mapping === 'string' ? {} : mapping;
  return taskStates(request.definition)
    .filter((t) => !Object.hasOwn(mocked, t.name))
    .map((t) => t.name);
}

async function waitReady(api: SfnApi, timeoutMs: number, pollMs: number): Promise<true | string> {
  const until = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < until) {
    try {
      await api.listStateMachines();
      return true;
    } catch (e) {
      last = firstLine(e); // "socket hang up" for ~10 s after the start-up log line
    }
    await sleep(pollMs);
  }
  return last;
}

async function execute(
  api: SfnApi,
  request: RunRequest,
  options: SfnLocalOptions,
): Promise<RunResult> {
  const name = containerMachineName(request);
  const created = await api.createStateMachine({
    name,
    definition: JSON.stringify(request.definition),
    roleArn: `arn:aws:iam::${DEFAULT_ACCOUNT_ID}:role/DummyRole`,
    ...(request.type !== undefined ? { type: request.type } : {}),
  });
  const machineArn = created.stateMachineArn ?? stateMachineArn(name);
  try {
    const suffix =
      request.mocks !== undefined && request.testCase !== undefined ? `#${request.testCase}` : '';
    const started = await api.startExecution({
      stateMachineArn: machineArn + suffix,
      name: request.executionName ?? DEFAULT_EXECUTION_NAME,
      input: JSON.stringify(request.input ?? {}),
    });
    const executionArn = started.executionArn;
    if (executionArn === undefined)
      throw new AslcError('EngineError', 'StartExecution returned no executionArn');
    const until = Date.now() + (options.executionTimeoutMs ?? 300_000);
    let described = await api.describeExecution({ executionArn });
    while (described.status === 'RUNNING' && Date.now() < until) {
      await sleep(options.pollMs ?? 250);
      described = await api.describeExecution({ executionArn });
    }
    const events = await history(api, executionArn);
    return toResult(described, events);
  } finally {
    await api.deleteStateMachine({ stateMachineArn: machineArn }).catch(() => undefined);
  }
}

async function history(api: SfnApi, executionArn: string): Promise<SfnHistoryEvent[]> {
  const events: SfnHistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.getExecutionHistory({
      executionArn,
      ...(nextToken ? { nextToken } : {}),
    });
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return events;
}

/**
 * Builds a {@link RunResult} from DescribeExecution and the history.
 *
 * @example
 * ```ts
 * toResult({ status: 'SUCCEEDED', output: '{"a":1}' }, []); // { status: 'SUCCEEDED', output: { a: 1 }, … }
 * ```
 */
export function toResult(
  described: { status?: string; output?: string; error?: string; cause?: string },
  events: readonly SfnHistoryEvent[],
): RunResult {
  const statesEntered = events
    .filter((e) => e.type?.endsWith('StateEntered') === true)
    .map((e) => e.stateEnteredEventDetails?.name ?? '');
  const runEvents = events.map((e) => ({
    type: e.type ?? 'Unknown',
    ...(e.stateEnteredEventDetails?.name !== undefined
      ? { name: e.stateEnteredEventDetails.name }
      : {}),
  }));
  const base = { statesEntered, events: runEvents };
  const end = [...events]
    .reverse()
    .find((e) => e.executionFailedEventDetails ?? e.executionTimedOutEventDetails);
  const details = end?.executionFailedEventDetails ?? end?.executionTimedOutEventDetails;
  const error = described.error ?? details?.error ?? null;
  const cause = described.cause ?? details?.cause ?? null;
  switch (described.status) {
    case 'SUCCEEDED':
      return {
        status: 'SUCCEEDED',
        output: JSON.parse(described.output ?? 'null'),
        error: null,
        cause: null,
        ...base,
      };
    case 'FAILED':
      return { status: 'FAILED', error, cause, ...base };
    case 'TIMED_OUT':
      // As AWS's DescribeExecution: a timed-out execution has no error or cause (the history's
      // ExecutionTimedOut event carries States.Timeout).
      return {
        status: 'TIMED_OUT',
        error: described.error ?? null,
        cause: described.cause ?? null,
        ...base,
      };
    default:
      throw new AslcError(
        'EngineError',
        `Step Functions Local ended the execution with status ${described.status ?? 'unknown'}`,
      );
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
