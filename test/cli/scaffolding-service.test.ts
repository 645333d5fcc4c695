import { describe, expect, it } from 'vitest';
import { scaffoldingServiceFactory } from '../../src/cli/services/cli-services.ts';
import {
  SCAFFOLDING_HANDLER,
  createScaffoldingService,
  type ScaffoldingService,
} from '../../src/cli/services/scaffolding-service.ts';
import { readJson } from '../../src/run/case/read-json.ts';
import { parseScaffoldEnvironment, scaffoldingContextOf } from '../../src/scaffolding/index.ts';
import { repoRoot } from '../support/cli.ts';

const EX2 = `${repoRoot}fixtures/scaffolding/ex2-inputs-outputs`;
const environment = readJson(`${EX2}/environment.json`) as Record<string, unknown>;
const request = readJson(`${EX2}/request.json`);
const response = readJson(`${repoRoot}golden/scaffolding/ex2-inputs-outputs.response.json`);
const context = scaffoldingContextOf(parseScaffoldEnvironment(environment));

const SYNC2 = 'arn:aws:states:::states:startExecution.sync:2';
const INVOKE = 'arn:aws:states:::lambda:invoke';
const FUNCTION = 'arn:aws:lambda:us-west-2:123456789012:function:dev-marmotdev-scaffolding';
const MACHINE = 'arn:aws:states:us-west-2:123456789012:stateMachine:dev-marmotdev-bil';

const call = (service: ScaffoldingService, resource: string, input: unknown) =>
  service.invoke({ stateName: 'Scaffold', resource, input });

describe('the scaffolding mock service', () => {
  it('serves child executions always, Lambda calls only for its function', () => {
    const plain = createScaffoldingService({ context });
    expect(plain.handles(SYNC2)).toBe(true);
    expect(plain.handles('arn:aws:states:::states:startExecution.sync')).toBe(true);
    expect(plain.handles('arn:aws:states:::states:startExecution')).toBe(false);
    expect(plain.handles(INVOKE)).toBe(false);
    expect(plain.handles(FUNCTION)).toBe(false);
    const named = createScaffoldingService({ context, functionName: 'dev-marmotdev-scaffolding' });
    expect(named.handles(INVOKE)).toBe(true);
    expect(named.handles(FUNCTION)).toBe(true);
    expect(named.handles(`${FUNCTION}:live`)).toBe(true);
    expect(named.handles(FUNCTION.replace('scaffolding', 'other'))).toBe(false);
  });

  it('answers a child execution of the scaffolding handler with its response as Output', async () => {
    const service = createScaffoldingService({ context });
    const input = { handler: SCAFFOLDING_HANDLER, payload: request, bucket_name: 'b' };
    const outcome = await call(service, SYNC2, { Input: input, StateMachineArn: MACHINE });
    expect(outcome).toStrictEqual({
      kind: 'return',
      value: {
        ExecutionArn: `${MACHINE.replace(':stateMachine:', ':execution:')}:aslc-scaffolding-1`,
        StateMachineArn: MACHINE,
        Name: 'aslc-scaffolding-1',
        Input: JSON.stringify(input),
        InputDetails: { Included: true },
        Status: 'SUCCEEDED',
        Output: response,
        OutputDetails: { Included: true },
      },
    });
    const v1 = await call(service, 'arn:aws:states:::states:startExecution.sync', {
      Input: input,
      StateMachineArn: MACHINE,
    });
    expect(v1).toMatchObject({ kind: 'return', value: { Output: JSON.stringify(response) } });
    expect(service.calls().map((c) => [c.stateName, c.request, c.envFile?.efsPath])).toStrictEqual([
      ['Scaffold', request, 'fs-0123456789abcdef0:/scratch/exec-0001/.demand.env'],
      ['Scaffold', request, 'fs-0123456789abcdef0:/scratch/exec-0001/.demand.env'],
    ]);
  });

  it('fails a child execution whose request the scaffolding refuses', async () => {
    const service = createScaffoldingService({ context });
    const outcome = await call(service, SYNC2, {
      Input: { handler: SCAFFOLDING_HANDLER, payload: { demand_execution: {} } },
      StateMachineArn: MACHINE,
    });
    expect(outcome).toMatchObject({ kind: 'throw', error: 'States.TaskFailed' });
    const cause = JSON.parse((outcome as { cause: string }).cause) as Record<string, unknown>;
    expect(cause).toMatchObject({ Status: 'FAILED', Error: 'InvalidScaffoldingRequest' });
    expect(cause['Cause']).toMatch(/^InvalidScaffoldingRequest: invalid request: /);
    expect(service.calls()).toMatchObject([{ error: 'InvalidScaffoldingRequest' }]);
  });

  it('refuses (throws) a child execution of another handler', async () => {
    const service = createScaffoldingService({ context });
    await expect(
      call(service, SYNC2, { Input: { handler: 'pkg.other.handler' }, StateMachineArn: MACHINE }),
    ).rejects.toThrow(
      `it starts an execution whose Input.handler is "pkg.other.handler", not the scaffolding handler '${SCAFFOLDING_HANDLER}' (mock this state in the test case)`,
    );
  });

  it('serves lambda:invoke and the function ARN of its function, Lambda-style', async () => {
    const service = createScaffoldingService({
      context,
      functionName: 'dev-marmotdev-scaffolding',
    });
    for (const FunctionName of ['dev-marmotdev-scaffolding', `${FUNCTION}:live`]) {
      expect(await call(service, INVOKE, { FunctionName, Payload: request })).toStrictEqual({
        kind: 'return',
        value: { ExecutedVersion: '$LATEST', Payload: response, StatusCode: 200 },
      });
    }
    expect(await call(service, FUNCTION, request)).toStrictEqual({
      kind: 'return',
      value: response,
    });
    const refused = await call(service, FUNCTION, { demand_execution: {} });
    expect(refused).toMatchObject({ kind: 'throw', error: 'InvalidScaffoldingRequest' });
    expect(JSON.parse((refused as { cause: string }).cause)).toMatchObject({
      errorType: 'InvalidScaffoldingRequest',
      errorMessage: expect.stringMatching(/^InvalidScaffoldingRequest: invalid request/),
    });
    await expect(
      call(service, INVOKE, { FunctionName: 'dev-marmotdev-other', Payload: request }),
    ).rejects.toThrow("it invokes 'dev-marmotdev-other', not the scaffolding function");
  });
});

describe('the scaffolding service factory (case.json options)', () => {
  it('reads the environment file relative to the case folder, or takes it inline', async () => {
    const fromFile = scaffoldingServiceFactory(
      { environment: 'ex2-inputs-outputs/environment.json', functionName: 'f' },
      { dir: `${repoRoot}fixtures/scaffolding` },
    );
    const inline = scaffoldingServiceFactory({ environment }, {});
    expect(fromFile.handles(INVOKE)).toBe(true);
    expect(inline.handles(INVOKE)).toBe(false);
    const input = { Input: { handler: SCAFFOLDING_HANDLER, payload: request } };
    for (const service of [fromFile, inline]) {
      expect(await call(service as ScaffoldingService, SYNC2, input)).toMatchObject({
        value: { Output: response },
      });
    }
    const custom = scaffoldingServiceFactory({ environment, handler: 'my.handler' }, {});
    await expect(call(custom as ScaffoldingService, SYNC2, input)).rejects.toThrow(
      "not the scaffolding handler 'my.handler'",
    );
  });

  it('reports wrong options as InvalidCase', () => {
    const invalid = (options: Record<string, unknown>) => {
      try {
        scaffoldingServiceFactory(options, { dir: repoRoot });
        return 'built';
      } catch (e) {
        return (e as { format(): string }).format();
      }
    };
    expect(invalid({ environment, functionname: 'f' })).toMatch(
      /^InvalidCase: services\.scaffolding: unknown option 'functionname'\. Hint: options: environment, handler, functionName$/,
    );
    expect(invalid({})).toMatch(/^InvalidCase: services\.scaffolding\.environment must be/);
    expect(invalid({ environment: 'nope.json' })).toMatch(
      /nope\.json: FileNotFound: cannot read it: no such file or folder/,
    );
    expect(invalid({ environment: { region: 'us-west-2' } })).toMatch(
      /^InvalidCase: services\.scaffolding\.environment: invalid environment: /,
    );
    expect(invalid({ environment, handler: 1 })).toMatch(
      /^InvalidCase: services\.scaffolding\.handler must be a string\.$/,
    );
  });
});
