// Helpers of the plan tests: compiling plans as the CLI does, walking ASL, generating the mocks
// of the execution cases, and reading the status updates a run sent to the sink.
import { compile } from '../../src/compile.ts';
import type { StateMachine } from '../../src/index.ts';
import {
  planToStateMachines,
  type PlanCompileOptions,
  type PlanMachine,
} from '../../src/plans/index.ts';
import type { RunResult } from '../../src/run/engine-contract.ts';
import type { MockConfigFile, MockResponse } from '../../src/run/mocks/mock-config.ts';

/** The exact size of a compiled definition (what the CLI passes). */
export const exactSize: NonNullable<PlanCompileOptions['measure']> = (machine) => {
  const json = compile(machine, { validate: false }).json;
  return { bytes: Buffer.byteLength(json), lines: json.split('\n').length };
};

/** Compiles a plan with exact sizes, as the CLI does. */
export function machinesOf(
  plan: unknown,
  options: PlanCompileOptions = {},
): readonly PlanMachine[] {
  return planToStateMachines(plan, { measure: exactSize, ...options });
}

/** The ASL of a machine (validated: an error throws). */
export function aslOf(machine: StateMachine): AslGraph {
  return compile(machine).asl as unknown as AslGraph;
}

export interface AslGraph {
  StartAt: string;
  States: Record<string, AslState>;
}

export type AslState = Record<string, unknown> & { Type: string };

/** Every state of a graph, nested ones included, with its name. */
export function allStates(graph: AslGraph): [string, AslState][] {
  const out: [string, AslState][] = [];
  const stack: AslGraph[] = [graph];
  while (stack.length > 0) {
    const g = stack.pop() as AslGraph;
    for (const [name, s] of Object.entries(g.States)) {
      out.push([name, s]);
      for (const b of (s['Branches'] as AslGraph[] | undefined) ?? []) stack.push(b);
    }
  }
  return out;
}

const OK: Readonly<Record<string, MockResponse>> = {
  StatusStored: { Return: {} },
  EventSent: { Return: { FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] } },
  LambdaOk: { Return: { StatusCode: 200, ExecutedVersion: '$LATEST', Payload: { ok: true } } },
  ExecutionOk: {
    Return: {
      ExecutionArn: 'arn:aws:states:us-east-1:123456789012:execution:child:e-1',
      Status: 'SUCCEEDED',
      Output: { ok: true },
    },
  },
  EcsOk: { Return: { Tasks: [{ LastStatus: 'STOPPED', StopCode: 'EssentialContainerExited' }] } },
  Registered: {
    Return: {
      JobDefinitionArn: 'arn:aws:batch:us-east-1:123456789012:job-definition/load-prices-1:1',
      JobDefinitionName: 'load-prices-1',
      Revision: 1,
    },
  },
  Submitted: {
    Return: {
      JobName: 'load-prices-1',
      JobId: '4a1f6c1e-2b7d-4e8a-9c3b-6d5e4f3a2b1c',
      JobArn: 'arn:aws:batch:us-east-1:123456789012:job/4a1f6c1e-2b7d-4e8a-9c3b-6d5e4f3a2b1c',
      Status: 'SUCCEEDED',
    },
  },
  Deregistered: { Return: {} },
};

/** The mocked response a Task state gets when its scenario says nothing. */
function defaultResponse(name: string, resource: string): string {
  if (resource.endsWith(':dynamodb:updateItem')) return 'StatusStored';
  if (resource.endsWith(':events:putEvents')) return 'EventSent';
  if (resource.endsWith(':lambda:invoke')) return 'LambdaOk';
  if (resource.includes(':states:startExecution')) return 'ExecutionOk';
  if (resource.includes(':ecs:runTask')) return 'EcsOk';
  if (name.endsWith('RegisterJobDefinition API Call') && !name.includes('Deregister')) {
    return 'Registered';
  }
  if (name.endsWith('SubmitJob API Call')) return 'Submitted';
  if (name.endsWith('DeregisterJobDefinition API Call')) return 'Deregistered';
  throw new Error(`no default mock for Task '${name}' (${resource})`);
}

/** A scenario: the responses it defines and the Task states it serves with them. */
export interface Scenario {
  readonly responses?: Readonly<Record<string, Readonly<Record<string, MockResponse>>>>;
  readonly states?: Readonly<Record<string, string>>;
}

/**
 * A MockConfigFile for a plan machine: every Task state of every test case mocked (the sink
 * with success, jobs with success unless the scenario says otherwise).
 */
export function planMocks(
  machineName: string,
  graph: AslGraph,
  scenarios: Readonly<Record<string, Scenario>>,
): MockConfigFile {
  const tasks = allStates(graph)
    .filter(([, s]) => s.Type === 'Task')
    .map(([name, s]) => [name, String(s['Resource'])] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const responses: Record<string, Record<string, MockResponse>> = {};
  const testCases: Record<string, Record<string, string>> = {};
  for (const [testCase, scenario] of Object.entries(scenarios)) {
    const mapping: Record<string, string> = {};
    for (const [name, resource] of tasks) {
      const response = scenario.states?.[name] ?? defaultResponse(name, resource);
      mapping[name] = response;
      const defined = scenario.responses?.[response] ?? { '0-99': OK[response] as MockResponse };
      responses[response] = defined as Record<string, MockResponse>;
    }
    testCases[testCase] = mapping;
  }
  const sorted = Object.fromEntries(
    Object.entries(responses).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { StateMachines: { [machineName]: { TestCases: testCases } }, MockedResponses: sorted };
}

/** One status update the run sent to DynamoDB: `<job> <STATUS>`. */
export function statusUpdates(result: RunResult): string[] {
  return result.events
    .filter((e) => e.type === 'TaskScheduled')
    .map((e) => (e.details as { parameters?: Record<string, unknown> } | undefined)?.parameters)
    .filter((p): p is Record<string, unknown> => typeof p?.['UpdateExpression'] === 'string')
    .map((p) => {
      const key = p['Key'] as { jobName: { S: string } };
      const values = p['ExpressionAttributeValues'] as Record<string, { S?: string }>;
      return `${key.jobName.S} ${values[':status']?.S ?? '?'}`;
    });
}

/** The status events the run sent to EventBridge: `<job> <STATUS>`. */
export function statusEvents(result: RunResult): string[] {
  return result.events
    .filter((e) => e.type === 'TaskScheduled')
    .map((e) => (e.details as { parameters?: Record<string, unknown> } | undefined)?.parameters)
    .filter((p): p is Record<string, unknown> => Array.isArray(p?.['Entries']))
    .map((p) => {
      const [entry] = p['Entries'] as { Detail: { job: string; status: string } }[];
      return `${entry?.Detail.job} ${entry?.Detail.status}`;
    });
}
