import { importOptional } from '../util/optional-dependency.ts';
/**
 * The narrow slice of the Step Functions API the `sfn-local` and `aws` engines use, so that
 * they can be unit-tested with a fake. {@link createSfnApi} backs it with `@aws-sdk/client-sfn`,
 * loaded lazily (the SDK is heavy and most runs never need it).
 */

/** A history event, as far as the engines read it. */
export interface SfnHistoryEvent {
  readonly type?: string;
  readonly stateEnteredEventDetails?: { readonly name?: string };
  readonly executionFailedEventDetails?: { readonly error?: string; readonly cause?: string };
  readonly executionTimedOutEventDetails?: { readonly error?: string; readonly cause?: string };
}

/** The operations used. Shapes follow the AWS API (JSON payloads as strings). */
export interface SfnApi {
  listStateMachines(): Promise<unknown>;
  createStateMachine(input: {
    name: string;
    definition: string;
    roleArn: string;
    type?: 'STANDARD' | 'EXPRESS';
  }): Promise<{ stateMachineArn?: string }>;
  deleteStateMachine(input: { stateMachineArn: string }): Promise<unknown>;
  startExecution(input: {
    stateMachineArn: string;
    name?: string;
    input?: string;
  }): Promise<{ executionArn?: string }>;
  describeExecution(input: { executionArn: string }): Promise<{
    status?: string;
    output?: string;
    error?: string;
    cause?: string;
  }>;
  getExecutionHistory(input: {
    executionArn: string;
    nextToken?: string;
  }): Promise<{ events?: SfnHistoryEvent[]; nextToken?: string }>;
  validateStateMachineDefinition(input: {
    definition: string;
    type?: 'STANDARD' | 'EXPRESS';
  }): Promise<{
    result?: string;
    diagnostics?: { severity?: string; code?: string; message?: string; location?: string }[];
  }>;
  testState(input: {
    definition: string;
    stateName?: string;
    input?: string;
    inspectionLevel?: 'INFO' | 'DEBUG' | 'TRACE';
    variables?: string;
    context?: string;
    mock?: {
      result?: string;
      errorOutput?: { error: string; cause?: string };
      fieldValidationMode?: 'STRICT' | 'PRESENT' | 'NONE';
    };
    stateConfiguration?: { retrierRetryCount?: number };
  }): Promise<{
    status?: string;
    output?: string;
    error?: string;
    cause?: string;
    nextState?: string;
    inspectionData?: { variables?: string };
  }>;
  /** Closes the underlying client. */
  destroy(): void;
}

/**
 * A {@link SfnApi} backed by `@aws-sdk/client-sfn` (imported on first call).
 *
 * @example
 * ```ts
 * const api = await createSfnApi({ endpoint: 'http://localhost:8083', region: 'us-east-1',
 *   credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
 * await api.listStateMachines();
 * ```
 */
export async function createSfnApi(config: {
  readonly endpoint?: string;
  readonly region?: string;
  readonly credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}): Promise<SfnApi> {
  const sdk = await importOptional(
    () => import('@aws-sdk/client-sfn'),
    '@aws-sdk/client-sfn',
    'the sfn-local and aws engines',
  );
  const client = new sdk.SFNClient({
    ...(config.endpoint !== undefined ? { endpoint: config.endpoint } : {}),
    ...(config.region !== undefined ? { region: config.region } : {}),
    ...(config.credentials !== undefined ? { credentials: config.credentials } : {}),
    disableHostPrefix: true,
    maxAttempts: 1,
  });
  return {
    listStateMachines: () => client.send(new sdk.ListStateMachinesCommand({})),
    createStateMachine: (input) => client.send(new sdk.CreateStateMachineCommand(input)),
    deleteStateMachine: (input) => client.send(new sdk.DeleteStateMachineCommand(input)),
    startExecution: (input) => client.send(new sdk.StartExecutionCommand(input)),
    describeExecution: (input) => client.send(new sdk.DescribeExecutionCommand(input)),
    getExecutionHistory: (input) =>
      client.send(new sdk.GetExecutionHistoryCommand({ ...input, maxResults: 1000 })),
    validateStateMachineDefinition: (input) =>
      client.send(new sdk.ValidateStateMachineDefinitionCommand(input)),
    testState: (input) => client.send(new sdk.TestStateCommand(input)),
    destroy: () => client.destroy(),
  };
}
