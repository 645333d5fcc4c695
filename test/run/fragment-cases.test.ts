import { describe, expect, it } from 'vitest';
import { createCliContext } from '../../src/cli/context.ts';
import { captureIo } from '../../src/cli/io.ts';
import { loadDefinition } from '../../src/cli/load-definition.ts';
import { CLI_SERVICE_FACTORIES } from '../../src/cli/services/cli-services.ts';
import type { ScaffoldingService } from '../../src/cli/services/scaffolding-service.ts';
import { caseRequest, loadCase, type RunCase } from '../../src/run/case/load-case.ts';
import { runCases } from '../../src/run/case/harness.ts';
import { readJson } from '../../src/run/case/read-json.ts';
import type { RunResult } from '../../src/run/engine-contract.ts';
import { createEngine } from '../../src/run/create-engine.ts';
import type { InMemoryS3 } from '../../src/run/mocks/in-memory-s3.ts';
import type { MockConfigFile } from '../../src/run/mocks/mock-config.ts';
import type { MockService } from '../../src/run/mocks/mock-service.ts';
import { createServices } from '../../src/run/mocks/services.ts';
import { repoRoot } from '../support/cli.ts';

/**
 * What the fragment cases of fixtures/run/fragments cannot say in expected.json: what the
 * fragments sent to S3, Batch and the child executions (the Task requests, on the native engine's
 * events; the stored objects and the scaffolding requests, on both in-process engines), the
 * states entered where Parallel branches and Map iterations interleave, and that a wrong
 * expectation or a misconfigured case is caught.
 */
const ctx = createCliContext(captureIo({ cwd: repoRoot }), { quiet: true, color: false });
const loadWorkflow = async (path: string) => ({
  definition: (await loadDefinition(path, ctx)).definition,
});
const load = (id: string): Promise<RunCase> =>
  loadCase(`${repoRoot}fixtures/run/fragments/${id}`, {
    root: repoRoot,
    loadWorkflow,
    services: CLI_SERVICE_FACTORIES,
  });
const servicesOf = (c: RunCase): MockService[] =>
  createServices(c.services, { factories: CLI_SERVICE_FACTORIES, dir: c.dir });

type EngineName = 'native' | 'embedded';

async function run(c: RunCase, engine: EngineName, services?: MockService[]): Promise<RunResult> {
  const outcome = await createEngine(engine).run({
    ...caseRequest(c),
    ...(services === undefined ? {} : { services }),
  });
  if (outcome.kind !== 'ran') throw new Error(`skipped: ${outcome.reason}`);
  return outcome.result;
}

/** The requests a Task state was invoked with, in order (native engine events). */
function requests(result: RunResult, state: string): Record<string, unknown>[] {
  return result.events
    .filter((e) => e.type === 'TaskScheduled' && e.name === state)
    .map((e) => (e.details as { parameters: Record<string, unknown> }).parameters);
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

describe('batchInvokedLambdaFunction: the request goes to S3, the response comes back', () => {
  for (const engine of ['native', 'embedded'] as const) {
    it(`writes the whole state plus taskResult.prep under scratch/<execution>/<task id>/ (${engine})`, async () => {
      const c = await load('batch-invoked-lambda/success');
      const services = servicesOf(c);
      const result = await run(c, engine, services);
      expect(result).toMatchObject({ status: 'SUCCEEDED', output: c.expected.output });
      const s3 = services[0] as InMemoryS3;
      const stored = [...s3.objects()];
      expect(stored).toHaveLength(1);
      const [address, body] = stored[0] as [string, string];
      const key = new RegExp(
        `^s3://my-scaffolding-bucket/scratch/bil-run-1/(${UUID})/request\\.json$`,
      ).exec(address);
      expect(key).not.toBeNull();
      expect(JSON.parse(body)).toStrictEqual({
        ...(c.input as object),
        taskResult: { prep: { task_id: key?.[1] } },
      });
    });
  }

  it('gives the job the request and response locations of the same task id, and reads that response', async () => {
    const c = await load('batch-invoked-lambda/success');
    const result = await run(c, 'native');
    const [put] = requests(result, 'Stats Put Request to S3 PutObject API Call');
    const taskId = new RegExp(`^scratch/bil-run-1/(${UUID})/request\\.json$`).exec(
      String(put?.['Key']),
    )?.[1];
    expect(taskId).toBeDefined();
    const prefix = `s3://my-scaffolding-bucket/scratch/bil-run-1/${taskId}`;
    const [register] = requests(result, 'Stats Batch RegisterJobDefinition API Call');
    expect(register).toMatchObject({
      JobDefinitionName: expect.stringMatching(new RegExp(`^get-stats-${UUID}$`)),
      ContainerProperties: {
        Image: '123456789012.dkr.ecr.us-west-2.amazonaws.com/aibs-informatics-aws-lambda:latest',
        Environment: [],
        ResourceRequirements: [
          { Type: 'MEMORY', Value: '1024' },
          { Type: 'VCPU', Value: '1' },
        ],
      },
    });
    const [submit] = requests(result, 'Stats Batch SubmitJob API Call');
    expect(submit).toMatchObject({
      JobName: expect.stringMatching(new RegExp(`^get-stats-${UUID}$`)),
      JobDefinition:
        'arn:aws:batch:us-west-2:123456789012:job-definition/get-stats-0b9f5c3a-7d1e-4f2a-8b6c-3e4d5f6a7b8c:1',
      JobQueue: 'dev-marmotdev-demand-queue',
    });
    expect(
      (submit?.['ContainerOverrides'] as Record<string, unknown>)['Environment'],
    ).toStrictEqual([
      { Name: 'AWS_ACCOUNT_ID', Value: '123456789012' },
      { Name: 'AWS_LAMBDA_EVENT_PAYLOAD', Value: `${prefix}/request.json` },
      { Name: 'AWS_LAMBDA_EVENT_RESPONSE_LOCATION', Value: `${prefix}/response.json` },
      { Name: 'AWS_LAMBDA_FUNCTION_HANDLER', Value: 'pkg.mod.handler' },
      { Name: 'AWS_LAMBDA_FUNCTION_NAME', Value: 'get-stats' },
      { Name: 'AWS_REGION', Value: 'us-west-2' },
      { Name: 'EXTRA', Value: 'x' },
      { Name: 'env_base', Value: 'dev-marmotdev' },
    ]);
    expect(requests(result, 'Stats GetObject API Call')).toStrictEqual([
      { Bucket: 'my-scaffolding-bucket', Key: `scratch/bil-run-1/${taskId}/response.json` },
    ]);
    expect(requests(result, 'Stats Batch DeregisterJobDefinition API Call')).toStrictEqual([
      { JobDefinition: submit?.['JobDefinition'] },
    ]);
  });

  it('the stack machine with defaults merges the overrides and filters the zero GPU out', async () => {
    const c = await load('batch-invoked-lambda/with-defaults-machine');
    const services = servicesOf(c);
    const result = await run(c, 'native', services);
    expect(result.status).toBe('SUCCEEDED');
    const requirements = [
      { Type: 'MEMORY', Value: '2048' },
      { Type: 'VCPU', Value: '1' },
    ];
    const [register] = requests(
      result,
      'batch-invoked-lambda Batch RegisterJobDefinition API Call',
    );
    expect(register).toMatchObject({
      ContainerProperties: {
        Image: (c.input as { image: string }).image,
        Command: [],
        ResourceRequirements: requirements,
        MountPoints: [{ ContainerPath: '/opt/efs', ReadOnly: false, SourceVolume: 'efs-vol0' }],
        Volumes: [
          {
            Name: 'efs-vol0',
            EfsVolumeConfiguration: {
              FileSystemId: 'fs-0123456789abcdef0',
              TransitEncryption: 'ENABLED',
              AuthorizationConfig: { AccessPointId: 'fsap-00000000000000001', Iam: 'DISABLED' },
            },
          },
        ],
        JobRoleArn: null,
      },
      PlatformCapabilities: ['EC2'],
    });
    const [submit] = requests(result, 'batch-invoked-lambda Batch SubmitJob API Call');
    expect(submit).toMatchObject({
      JobQueue: 'arn:aws:batch:us-west-2:123456789012:job-queue/dev-marmotdev-demand-queue',
      ContainerOverrides: { Command: [], ResourceRequirements: requirements },
    });
    // payloadPath $.payload: only the payload is uploaded
    const bodies = [...(services[0] as InMemoryS3).objects().values()];
    expect(bodies.map((b) => JSON.parse(b) as unknown)).toStrictEqual([
      (c.input as { payload: unknown }).payload,
    ]);
  });
});

describe('taskWithPrePostStatus: the hooks see the envelope', () => {
  const payloads = (result: RunResult, state: string) =>
    requests(result, state).map((r) => r['Payload']);

  it('reports STARTED, runs the task on the input, reports COMPLETED', async () => {
    const result = await run(await load('task-with-pre-post-status/success'), 'native');
    const who = { job_id: 'job-7', requested_by: 'aslc-tests' };
    expect(payloads(result, 'Report Started')).toStrictEqual([{ ...who, status: 'STARTED' }]);
    expect(payloads(result, 'Process')).toStrictEqual([
      { job_id: 'job-7', source: 's3://in/job-7.csv' },
    ]);
    expect(payloads(result, 'Report Completed')).toStrictEqual([{ ...who, status: 'COMPLETED' }]);
    expect(payloads(result, 'Report Failed')).toStrictEqual([]);
  });

  it("reports FAILED with the task's error and cause, and never COMPLETED", async () => {
    const result = await run(await load('task-with-pre-post-status/failure'), 'native');
    expect(payloads(result, 'Report Failed')).toStrictEqual([
      {
        job_id: 'job-7',
        requested_by: 'aslc-tests',
        status: 'FAILED',
        error: 'JobProcessingError',
        cause: 'input s3://in/job-7.csv is empty',
      },
    ]);
    expect(payloads(result, 'Report Completed')).toStrictEqual([]);
  });
});

const HEAD = [
  'Start Demand Batch Task',
  'Normalize Demand Execution Enclosure',
  'Merge Tags',
  'Check Target',
  'Target Not Present',
  'Merge Pass',
  'Merge Tags Restructure',
  'Normalize Demand Execution Enclosure Post',
  'Prepare Demand Scaffolding Enclosure',
  'Pass: Prepare Demand Scaffolding',
  'SM: Prepare Demand Scaffolding',
  'Prepare Demand Scaffolding Enclosure Post',
  'Execution Setup Steps',
  'Create Definition and Prep Job Args Enclosure',
  'Pass: Create Definition and Prep Job Args',
  'SM: Create Definition and Prep Job Args',
  'Create Definition and Prep Job Args Enclosure Post',
  'Transfer Inputs TO Batch Job',
  'Transfer Input',
  'Transfer Input',
  'Submit Batch Job',
];
const cleanup = (label: string) => [
  `${label} Enclosure`,
  `Pass: ${label}`,
  `SM: ${label}`,
  `${label} Enclosure Post`,
];
/** The states entered on the native engine (branches and iterations one after the other). */
const DEMAND_STATES: Readonly<Record<string, readonly string[]>> = {
  'demand-execution/success': [
    ...HEAD,
    'Transfer Results FROM Batch Job',
    'Transfer Result',
    'Transfer Result',
    'Cleanup Choice',
    'Map: Cleanup Data Paths',
    ...cleanup('Cleanup Data Path'),
    ...cleanup('Cleanup Data Path'),
  ],
  'demand-execution/job-failure': [
    ...HEAD,
    'Failed Job Cleanup Choice',
    'Map: Failed Job Cleanup Data Paths',
    ...cleanup('Failed Job Cleanup Data Path'),
    ...cleanup('Failed Job Cleanup Data Path'),
    'Batch Job Failed',
  ],
};

const BIL_MACHINE =
  'arn:aws:states:us-west-2:123456789012:stateMachine:dev-marmotdev-batch-invoked-lambda-state-machine';
const DATA_SYNC_MACHINE =
  'arn:aws:states:us-west-2:123456789012:stateMachine:dev-marmotdev-data-sync-v2';
const FILE_SYSTEMS = {
  shared: {
    file_system: 'fs-0123456789abcdef0',
    access_point: 'fsap-00000000000000002',
    container_path: '/opt/shared',
  },
  scratch: {
    file_system: 'fs-0123456789abcdef0',
    access_point: 'fsap-00000000000000003',
    container_path: '/opt/scratch',
  },
};

interface Scaffolding {
  setup_configs: { data_sync_requests: unknown[]; batch_create_request: unknown };
  cleanup_configs: { data_sync_requests: unknown[]; remove_data_paths_requests: unknown[] };
}

describe('the demand-execution machine with the scaffolding module', () => {
  for (const [id, states] of Object.entries(DEMAND_STATES)) {
    it(`${id}: enters the states of spec/fragments.md §13.2 (in any interleaving on embedded)`, async () => {
      const c = await load(id);
      const native = await run(c, 'native');
      expect(native.statesEntered).toStrictEqual(states);
      const embedded = await run(c, 'embedded');
      expect([...embedded.statesEntered].sort()).toStrictEqual([...states].sort());
    });
  }

  for (const engine of ['native', 'embedded'] as const) {
    it(`scaffolds the request the machine builds, with the bound EFS ids (${engine})`, async () => {
      const c = await load('demand-execution/success');
      const services = servicesOf(c);
      const result = await run(c, engine, services);
      expect(result.status).toBe('SUCCEEDED');
      const calls = (services[0] as ScaffoldingService).calls();
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({
        stateName: 'SM: Prepare Demand Scaffolding',
        request: {
          demand_execution: { ...(c.input as object), execution_metadata: { tags: {} } },
          file_system_configurations: FILE_SYSTEMS,
        },
        envFile: {
          efsPath: 'fs-0123456789abcdef0:/scratch/exec-0001/.demand.env',
          containerPath: '/opt/scratch/exec-0001/.demand.env',
        },
      });
      const output = result.output as { config: { scaffolding: unknown } };
      expect(output.config.scaffolding).toMatchObject(calls[0]?.response as object);
    });
  }

  it('sends the scaffolding configs to the child executions and the job', async () => {
    const c = await load('demand-execution/success');
    const result = await run(c, 'native');
    const scaffolding = (result.output as { config: { scaffolding: Scaffolding } }).config
      .scaffolding;
    const inputs = (state: string) => requests(result, state).map((r) => r['Input']);
    expect(requests(result, 'SM: Create Definition and Prep Job Args')).toMatchObject([
      {
        StateMachineArn: BIL_MACHINE,
        Input: {
          handler: 'aibs_informatics_aws_lambda.handlers.batch.create.handler',
          payload: scaffolding.setup_configs.batch_create_request,
          bucket_name: 'my-scaffolding-bucket',
          job_queue: 'arn:aws:batch:us-west-2:123456789012:job-queue/dev-marmotdev-demand-queue',
        },
      },
    ]);
    expect(inputs('Transfer Input')).toStrictEqual(scaffolding.setup_configs.data_sync_requests);
    expect(requests(result, 'Transfer Input').map((r) => r['StateMachineArn'])).toStrictEqual([
      DATA_SYNC_MACHINE,
      DATA_SYNC_MACHINE,
    ]);
    const mocks = c.mocks as MockConfigFile;
    const created = mocks.MockedResponses['BatchArgsCreated']?.['0'] as {
      Return: { Output: Record<string, unknown> };
    };
    const args = created.Return.Output;
    expect(requests(result, 'Submit Batch Job')).toStrictEqual([
      {
        JobName: args['job_name'],
        JobDefinition: args['job_definition_arn'],
        JobQueue: args['job_queue_arn'],
        Parameters: args['parameters'],
        ContainerOverrides: args['container_overrides'],
        Tags: {},
        PropagateTags: true,
      },
    ]);
    expect(inputs('Transfer Result')).toStrictEqual(scaffolding.cleanup_configs.data_sync_requests);
    const removals = inputs('SM: Cleanup Data Path') as Record<string, unknown>[];
    expect(removals.map((i) => i['payload'])).toStrictEqual(
      scaffolding.cleanup_configs.remove_data_paths_requests,
    );
    expect(removals.map((i) => i['handler'])).toStrictEqual([
      'aibs_informatics_aws_lambda.handlers.data_sync.remove_data_paths_handler',
      'aibs_informatics_aws_lambda.handlers.data_sync.remove_data_paths_handler',
    ]);
  });

  it('after a failed job, removes the data paths and transfers no results', async () => {
    const c = await load('demand-execution/job-failure');
    const result = await run(c, 'native');
    expect(requests(result, 'Transfer Result')).toStrictEqual([]);
    const scaffolding = readJson(
      `${repoRoot}fixtures/run/fragments/demand-execution/success/expected.json`,
    ) as { output: { config: { scaffolding: Scaffolding } } };
    expect(
      requests(result, 'SM: Failed Job Cleanup Data Path').map(
        (r) => (r['Input'] as Record<string, unknown>)['payload'],
      ),
    ).toStrictEqual(
      scaffolding.output.config.scaffolding.cleanup_configs.remove_data_paths_requests,
    );
  });

  it('a request the scaffolding refuses fails the child execution (States.TaskFailed)', async () => {
    const c = await load('demand-execution/success');
    const environment = readJson(
      `${repoRoot}fixtures/scaffolding/ex2-inputs-outputs/environment.json`,
    ) as Record<string, unknown>;
    const services = createServices(
      { scaffolding: { environment: { ...environment, access_points: [] } } },
      { factories: CLI_SERVICE_FACTORIES },
    );
    const result = await run(c, 'native', services);
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed' });
    expect(result.statesEntered.at(-1)).toBe('SM: Prepare Demand Scaffolding');
    expect(JSON.parse(result.cause ?? '')).toMatchObject({
      StateMachineArn: BIL_MACHINE,
      Status: 'FAILED',
      Error: (services[0] as ScaffoldingService).calls()[0]?.error,
    });
    expect((services[0] as ScaffoldingService).calls()[0]?.error).toMatch(/^AccessPoint/);
  });

  it('refuses to run when a child execution is left to the scaffolding service', async () => {
    const c = await load('demand-execution/success');
    const mocks = structuredClone(c.mocks) as MockConfigFile;
    const testCase = mocks.StateMachines['dev-marmotdev-demand-execution']?.TestCases[
      'JobSucceeds'
    ] as Record<string, string>;
    delete testCase['Transfer Input'];
    for (const engine of ['native', 'embedded'] as const) {
      await expect(run({ ...c, mocks }, engine)).rejects.toMatchObject({
        code: 'IncompleteMock',
        message: expect.stringContaining(
          "the scaffolding service cannot serve Task state 'Transfer Input': it starts an execution whose Input.handler is absent",
        ),
      });
    }
  });

  it('fails the case when the output differs anywhere, on both engines', async () => {
    const c = await load('demand-execution/success');
    const expected = structuredClone(c.expected) as {
      status: 'SUCCEEDED';
      output: { config: { scaffolding: Scaffolding } };
    };
    const request = expected.output.config.scaffolding.setup_configs.data_sync_requests[1] as {
      destination_path: string;
    };
    request.destination_path = 'fs-0123456789abcdef0:/scratch/elsewhere';
    const verdicts = await runCases(
      [{ ...c, expected }],
      [createEngine('native'), createEngine('embedded')],
    );
    for (const v of verdicts) {
      expect(v).toMatchObject({
        verdict: 'fail',
        differences: [
          'output/config/scaffolding/setup_configs/data_sync_requests/1/destination_path: expected "fs-0123456789abcdef0:/scratch/elsewhere", got "fs-0123456789abcdef0:/scratch/exec-0001/tmp6347f294"',
        ],
      });
    }
  });
});
