/**
 * The mocked answers of a compiled plan's Task states when a test case says nothing else: the
 * status sink accepts every update and event, and every job succeeds, each with a response shaped
 * like its real service's (the run's result is dropped, only its success matters).
 */

/** One mocked invocation, in the MockConfigFile format (`Return` or `Throw`). */
export type PlanMockResponse =
  | { readonly Return: unknown }
  | { readonly Throw: { readonly Error: string; readonly Cause: string } };

const MOCK_JOB = 'arn:aws:batch:us-east-1:123456789012';

/** The default responses by name (what a MockConfigFile's `MockedResponses` holds). */
export const DEFAULT_MOCK_RESPONSES: Readonly<Record<string, PlanMockResponse>> = Object.freeze({
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
      JobDefinitionArn: `${MOCK_JOB}:job-definition/aslc-mock:1`,
      JobDefinitionName: 'aslc-mock',
      Revision: 1,
    },
  },
  Submitted: {
    Return: {
      JobName: 'aslc-mock',
      JobId: '4a1f6c1e-2b7d-4e8a-9c3b-6d5e4f3a2b1c',
      JobArn: `${MOCK_JOB}:job/4a1f6c1e-2b7d-4e8a-9c3b-6d5e4f3a2b1c`,
      Status: 'SUCCEEDED',
    },
  },
  Deregistered: { Return: {} },
  TaskOk: { Return: {} },
} satisfies Record<string, PlanMockResponse>);

/** Resource patterns of the Task states a plan compiles to, and their default responses. */
const BY_RESOURCE: readonly (readonly [RegExp, string])[] = [
  [/:dynamodb:updateItem$/, 'StatusStored'],
  [/:events:putEvents$/, 'EventSent'],
  [/:lambda:invoke$/, 'LambdaOk'],
  [/:states:startExecution(\.sync(:2)?)?$/, 'ExecutionOk'],
  [/:ecs:runTask(\.sync|\.waitForTaskToken)?$/, 'EcsOk'],
  [/:aws-sdk:batch:registerJobDefinition$/, 'Registered'],
  [/:batch:submitJob(\.sync)?$/, 'Submitted'],
  [/:aws-sdk:batch:deregisterJobDefinition$/, 'Deregistered'],
];

/**
 * The name of the default response of a Task state, from its Resource: the sink's DynamoDB
 * updates and EventBridge events, Lambda, child executions, ECS and the Batch fragment's calls
 * each have a response shaped like the service's; any other Resource gets `TaskOk` (`{}`).
 *
 * @example
 * ```ts
 * defaultResponseName('arn:aws:states:::lambda:invoke'); // 'LambdaOk'
 * defaultResponseName('arn:aws:states:::sqs:sendMessage'); // 'TaskOk'
 * ```
 */
export function defaultResponseName(resource: string): string {
  for (const [pattern, name] of BY_RESOURCE) if (pattern.test(resource)) return name;
  return 'TaskOk';
}
