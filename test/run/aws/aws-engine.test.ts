import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAwsEngine, awsSupport } from '../../../src/run/aws/aws-engine.ts';
import { awsAccess } from '../../../src/run/aws/aws-gate.ts';
import type { SfnApi } from '../../../src/run/sfn-api.ts';
import type { MockConfigFile } from '../../../src/run/mocks/mock-config.ts';
import { repoRoot } from '../../support/cli.ts';

const read = (p: string) => JSON.parse(readFileSync(`${repoRoot}${p}`, 'utf8')) as unknown;
const definition = read('fixtures/run/lambda-sqs-integration/definition.asl.json');
const mocks = read('fixtures/run/lambda-sqs-integration/mocks.json') as MockConfigFile;
const credentials = async () => ({ accessKeyId: 'AKIA', secretAccessKey: 'secret' });

type TestStateInput = Parameters<SfnApi['testState']>[0];

/**
 * A stubbed SFN client: ValidateStateMachineDefinition answers `validation`; TestState plays
 * AWS's part for the LambdaSQSIntegration machine (a mocked error is RETRIABLE while the
 * retrier allows it, a mocked result goes to the next state).
 */
function stub(
  validation: Awaited<ReturnType<SfnApi['validateStateMachineDefinition']>> = { result: 'OK' },
) {
  const tests: TestStateInput[] = [];
  let validated: unknown;
  const api: SfnApi = {
    listStateMachines: async () => ({}),
    createStateMachine: async () => ({}),
    deleteStateMachine: async () => ({}),
    startExecution: async () => ({}),
    describeExecution: async () => ({}),
    getExecutionHistory: async () => ({}),
    validateStateMachineDefinition: async (input) => {
      validated = input;
      return validation;
    },
    testState: async (input) => {
      tests.push(input);
      const retries = input.stateConfiguration?.retrierRetryCount ?? 0;
      if (input.mock?.errorOutput) {
        return retries < 3
          ? {
              status: 'RETRIABLE',
              error: input.mock.errorOutput.error,
              cause: input.mock.errorOutput.cause,
            }
          : {
              status: 'FAILED',
              error: input.mock.errorOutput.error,
              cause: input.mock.errorOutput.cause,
            };
      }
      const next = input.stateName === 'LambdaState' ? 'SQSState' : undefined;
      return {
        status: 'SUCCEEDED',
        output: input.mock?.result ?? input.input,
        ...(next ? { nextState: next } : {}),
      };
    },
    destroy: () => undefined,
  };
  return { api, tests, validated: () => validated };
}

const request = (testCase: string) => ({
  definition,
  input: { hello: 'world' },
  mocks,
  stateMachineName: 'LambdaSQSIntegration',
  testCase,
});

describe('the aws engine gate', () => {
  it('needs an explicit opt-in before looking for credentials', async () => {
    let looked = false;
    const access = await awsAccess({
      env: {},
      resolve: async () => ((looked = true), await credentials()),
    });
    expect(access).toStrictEqual({
      ok: false,
      reason: 'AWS calls need an opt-in: set SFN_E2E_AWS=1 or pass --aws (they use a real account)',
    });
    expect(looked).toBe(false);
  });

  it('is skipped with the reason when credentials do not resolve', async () => {
    const access = await awsAccess({
      env: { SFN_E2E_AWS: '1' },
      resolve: async () => {
        throw new Error('Could not load credentials from any providers\nstack');
      },
    });
    expect(access).toStrictEqual({
      ok: false,
      reason: 'no AWS credentials: Could not load credentials from any providers',
    });
  });

  it('resolves credentials and the region with the opt-in', async () => {
    expect(
      await awsAccess({ env: { AWS_REGION: 'eu-west-1' }, optIn: true, resolve: credentials }),
    ).toStrictEqual({
      ok: true,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIA', secretAccessKey: 'secret' },
    });
  });

  it('reports skipped through the engine, without the stubbed client being built', async () => {
    let built = false;
    const engine = createAwsEngine({ env: {}, api: async () => ((built = true), stub().api) });
    expect(await engine.run(request('HappyPath'))).toMatchObject({
      kind: 'skipped',
      reason: expect.stringContaining('opt-in'),
    });
    expect(built).toBe(false);
  });
});

describe('the aws engine with a stubbed client', () => {
  it('validates the definition, then walks the states with TestState and the mocks', async () => {
    const s = stub();
    const engine = createAwsEngine({ env: {}, optIn: true, credentials, api: async () => s.api });
    const outcome = await engine.run(request('HappyPath'));
    expect(s.validated()).toStrictEqual({
      definition: JSON.stringify(definition),
      type: 'STANDARD',
    });
    expect(outcome).toMatchObject({
      kind: 'ran',
      result: {
        status: 'SUCCEEDED',
        output: {
          MD5OfMessageBody: '3bcb6e8e-7h85-4375-b0bc-1a59812c6e51',
          MessageId: '3bcb6e8e-8b51-4375-b0bc-1a59812c6e51',
        },
        statesEntered: ['LambdaState', 'SQSState'],
      },
    });
    expect(s.tests.map((t) => t.stateName)).toStrictEqual(['LambdaState', 'SQSState']);
    expect(s.tests[0]).toMatchObject({
      definition: JSON.stringify(definition),
      input: '{"hello":"world"}',
      inspectionLevel: 'DEBUG',
      mock: {
        result: JSON.stringify({
          StatusCode: 200,
          Payload: { StatusCode: 200, body: 'Hello from Lambda!' },
        }),
        fieldValidationMode: 'PRESENT',
      },
    });
    expect(JSON.parse(s.tests[0]?.context ?? '{}')).toMatchObject({
      Execution: { Name: 'aslc-execution' },
    });
  });

  it('retries RETRIABLE states with the next mocked invocation and retrierRetryCount', async () => {
    const s = stub();
    const engine = createAwsEngine({ env: {}, optIn: true, credentials, api: async () => s.api });
    const outcome = await engine.run(request('RetryPath'));
    expect(outcome).toMatchObject({
      kind: 'ran',
      result: { status: 'SUCCEEDED', statesEntered: ['LambdaState', 'SQSState'] },
    });
    expect(
      s.tests.map((t) => [
        t.stateName,
        t.stateConfiguration?.retrierRetryCount ?? 0,
        t.mock?.errorOutput?.error ?? 'result',
      ]),
    ).toStrictEqual([
      ['LambdaState', 0, 'Lambda.ResourceNotReadyException'],
      ['LambdaState', 1, 'Lambda.TimeoutException'],
      ['LambdaState', 2, 'Lambda.TimeoutException'],
      ['LambdaState', 3, 'result'],
      ['SQSState', 0, 'result'],
    ]);
  });

  it('turns a FAIL from ValidateStateMachineDefinition into an error with the diagnostics', async () => {
    const s = stub({
      result: 'FAIL',
      diagnostics: [{ code: 'SCHEMA_VALIDATION_FAILED', location: '/States/X', message: 'bad' }],
    });
    const engine = createAwsEngine({ env: {}, optIn: true, credentials, api: async () => s.api });
    await expect(engine.run(request('HappyPath'))).rejects.toMatchObject({
      code: 'AwsValidationFailed',
      message: 'ValidateStateMachineDefinition: FAIL: SCHEMA_VALIDATION_FAILED at /States/X: bad',
    });
    expect(s.tests).toStrictEqual([]);
  });

  it('refuses Task states without mocks and skips what TestState cannot walk', async () => {
    const s = stub();
    const engine = createAwsEngine({ env: {}, optIn: true, credentials, api: async () => s.api });
    await expect(engine.run({ definition, input: {} })).rejects.toMatchObject({
      code: 'TaskWithoutMock',
    });
    const parallel = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [], End: true } } };
    expect(await engine.run({ definition: parallel, input: {} })).toStrictEqual({
      kind: 'skipped',
      reason:
        "not supported by the aws engine: Parallel at state 'P' (TestState needs its result as a mock)",
    });
    expect(
      awsSupport({
        TimeoutSeconds: 5,
        StartAt: 'W',
        States: { W: { Type: 'Wait', Seconds: 9, End: true } },
      }),
    ).toBe(
      "not supported by the aws engine: the machine's TimeoutSeconds with a Wait or Retry at state 'W' (TestState does not keep time)",
    );
    expect(awsSupport(definition)).toBe(true);
  });
});
