// The reference cases of spec/fragments.md Appendix A that the text describes without a full
// rendering, and the rules behind them (names, paths, data layout), checked on the fixtures and
// on further calls.
import { describe, expect, test } from 'vitest';
import { chain, pass, path, stateMachine } from '../../src/index.ts';
import {
  batchInvokedLambdaFunction,
  cleanFileSystemTriggerInput,
  cleanFileSystemTriggerRule,
  dataSyncFragment,
  defineFragment,
  demandExecutionFragment,
  demandExecutionNormalizeTagsChain,
  deregisterJobDefinition,
  distributedDataSyncFragment,
  getPayload,
  putObject,
  submitJob,
  taskWithPrePostStatus,
} from '../../src/fragments/index.ts';
import batch from '../../fixtures/workflows/fragments/batch.ts';
import batchInvoked from '../../fixtures/workflows/fragments/batch-invoked.ts';
import dataSync from '../../fixtures/workflows/fragments/data-sync.ts';
import { demandExecutionOptions } from '../../fixtures/workflows/fragments/demand-execution.ts';
import efs from '../../fixtures/workflows/fragments/efs.ts';
import enc from '../../fixtures/workflows/fragments/enclose.ts';
import lambda from '../../fixtures/workflows/fragments/lambda-function.ts';
import merge from '../../fixtures/workflows/fragments/merge-defaults.ts';
import s3 from '../../fixtures/workflows/fragments/s3.ts';
import prePost from '../../fixtures/workflows/fragments/task-with-pre-post-status.ts';
import { BATCH_INVOKED, ENV_BASE } from '../../fixtures/workflows/fragments/_values.ts';
import { allStateNames, asl, findState, type AslGraph, type AslState } from './_support.ts';
import { dslError } from '../support/dsl-error.ts';
import { machine, params } from './_support.ts';

const stats = (extra: Record<string, unknown> = {}) =>
  batchInvokedLambdaFunction({
    ...BATCH_INVOKED,
    id: 'Stats',
    name: 'get-stats',
    handler: 'pkg.mod.handler',
    ...extra,
  });

describe('§3 merge_defaults cases', () => {
  test('ex_merge_defaults_check: the check branch and ResultPath $.execution_metadata.tags', () => {
    const doc = asl(merge['ex-merge-defaults-check']);
    const parallel = doc.States['Merge Tags'] as AslState;
    expect(parallel['ResultPath']).toBe('$.execution_metadata.tags');
    const branch = (parallel['Branches'] as AslGraph[])[0] as AslGraph;
    expect(Object.keys(branch.States).sort()).toEqual([
      'Check Target',
      'Merge Pass',
      'Target Not Present',
      'Target Present',
    ]);
  });

  test('merge_defaults_check_default_pref: JsonMerge($.target, $.default, false)', () => {
    const doc = asl(merge['merge-defaults-check-default-pref']);
    expect(params(findState(doc, 'Merge Pass'))).toEqual({
      'merged.$': 'States.JsonMerge($.target, $.default, false)',
    });
    expect(findState(doc, 'Check Target')?.['Choices']).toEqual([
      { Variable: '$.opts', IsPresent: true, Next: 'Target Present' },
    ]);
  });

  test('merge_defaults_basic: refs, .$ keys and literal $ strings in the defaults', () => {
    expect(params(findState(asl(merge['merge-defaults-basic']), 'Init Pass'))).toEqual({
      'target.$': '$',
      default: { a: 1, b: 'x', 'c.$': '$.other', 'd.$': '$.other2', e: '$.literal' },
    });
  });
});

describe('§4 enclose', () => {
  test('enclose_chainable_default: input and result $; the chain output replaces the state', () => {
    const doc = asl(enc['enclose-chainable-default']);
    expect(doc.States['Wrap Enclosure']).toMatchObject({ InputPath: '$', ResultPath: '$' });
    expect(doc.States['Wrap Enclosure Post']).toEqual({
      Type: 'Pass',
      InputPath: '$[0]',
      ResultPath: '$',
      End: true,
    });
  });

  test('enclose_chainable_discard: ResultPath null and no Post state', () => {
    const doc = asl(enc['enclose-chainable-discard']);
    expect(Object.keys(doc.States)).toEqual(['Wrap Enclosure']);
    expect(doc.States['Wrap Enclosure']).toMatchObject({ ResultPath: null, End: true });
  });

  test("a fragment's enclosure names its states through the fragment's scope", () => {
    const f = defineFragment({
      id: 'Wrap',
      envBase: ENV_BASE,
      prefix: 'P: ',
      build: (scope) => pass(scope.name('In')),
    });
    expect(Object.keys(machine(f.enclose()).States)).toEqual([
      'P: Wrap Enclosure',
      'P: Wrap Enclosure Post',
    ]);
  });
});

describe('§6 S3 operations', () => {
  test('ex_get_object_none: Prep at $, API call reads $.Bucket/$.Key, ResultPath null', () => {
    const doc = asl(s3['ex-get-object-none']);
    expect(doc.States['Load GetObject Prep']).toMatchObject({ ResultPath: '$' });
    expect(doc.States['Load GetObject API Call']).toMatchObject({
      Parameters: { 'Bucket.$': '$.Bucket', 'Key.$': '$.Key' },
      ResultPath: null,
      OutputPath: '$',
    });
  });

  test('put_object_list_body: a $ string inside a list body is an error', () => {
    const e = dslError(() => putObject('Save', { bucketName: 'b', key: 'k', body: ['$.x'] }));
    expect(e.code).toBe('ReferenceInArray');
  });

  test('put_object: result/output path None omit the Post fields; literal string concatenation', () => {
    const doc = machine(
      putObject('Save', {
        bucketName: 'b',
        key: 'k',
        body: 'x',
        resultPath: null,
        outputPath: null,
      }),
    );
    expect(doc.States['Save PutObject Prep']).toMatchObject({ ResultPath: '$' });
    expect(doc.States['Save PutObject Post']).toEqual({
      Type: 'Pass',
      Parameters: { 'Bucket.$': '$.Bucket', 'Key.$': '$.Key' },
      End: true,
    });
  });

  test('put_payload: the default key is <execution name>/<uuid> (upstream test)', () => {
    expect(params(asl(s3['put-payload']).States['Save PutObject Prep'])['Key.$']).toBe(
      "States.Format('{}/{}', $$.Execution.Name, States.UUID())",
    );
  });

  test('get_payload with result $: the document becomes the whole state', () => {
    const doc = machine(getPayload('Load', { bucketName: 'b', key: 'k' }));
    expect(params(doc.States['Load Post'])).toEqual({
      'Payload.$': 'States.StringToJson($.Body)',
    });
    expect(doc.States['Load Restructure']).toMatchObject({
      InputPath: '$.Payload',
      ResultPath: '$',
    });
  });
});

describe('§7 Batch operations', () => {
  test('register with refs (upstream test): definition name is a quoted literal, no mounts', () => {
    const prep = params(asl(batch['register-refs']).States['Register RegisterJobDefinition Prep']);
    expect(prep['JobDefinitionName.$']).toBe("States.Format('{}-{}', '$.name', States.UUID())");
    expect(prep['ContainerProperties']).toEqual({
      'Image.$': '$.image',
      'Command.$': '$.command',
      'Environment.$': '$.env',
      ResourceRequirements: [
        { Type: 'GPU', 'Value.$': '$.gpu' },
        { Type: 'MEMORY', 'Value.$': '$.memory' },
        { Type: 'VCPU', 'Value.$': '$.vcpus' },
      ],
    });
  });

  test('a path() definition name is written raw', () => {
    const doc = machine(
      deregisterJobDefinition('D', { jobDefinition: '$.literal' }).next(
        submitJob('S', { jobName: 'j', jobDefinition: path('$.def'), jobQueue: '$.queue' }),
      ),
    );
    expect(params(doc.States['D DeregisterJobDefinition Prep'])).toEqual({
      JobDefinition: '$.literal',
    });
    expect(params(doc.States['S SubmitJob Prep'])).toMatchObject({
      'JobDefinition.$': '$.def',
      'JobQueue.$': '$.queue',
    });
  });

  test('submit without gpu (upstream test): no filter, Environment [] and Parameters {}', () => {
    const doc = asl(batch['submit-no-gpu']);
    expect(Object.keys(doc.States)).toEqual(['Submit SubmitJob Prep', 'Submit SubmitJob API Call']);
    expect(params(doc.States['Submit SubmitJob Prep'])).toMatchObject({
      Parameters: {},
      ContainerOverrides: {
        Environment: [],
        ResourceRequirements: [
          { Type: 'MEMORY', Value: '2048' },
          { Type: 'VCPU', Value: '2' },
        ],
      },
    });
  });

  test('the job name is interpolated into the template, so it must be a literal', () => {
    expect(
      dslError(() =>
        submitJob('S', {
          jobName: path('$.n') as unknown as string,
          jobDefinition: 'd',
          jobQueue: 'q',
        }),
      ).message,
    ).toContain('Field references must be the entire string');
  });

  test('result and output paths: RP + key in the API call, null rendered as null', () => {
    const doc = machine(
      submitJob('S', {
        jobName: 'j',
        jobDefinition: 'd',
        jobQueue: 'q',
        resultPath: '$.r',
        outputPath: null,
      }),
    );
    expect(doc.States['S SubmitJob Prep']).toMatchObject({ ResultPath: '$.r' });
    expect(doc.States['S SubmitJob API Call']).toMatchObject({
      Parameters: { 'JobName.$': '$.r.JobName', 'ContainerOverrides.$': '$.r.ContainerOverrides' },
      ResultPath: '$.r',
      OutputPath: null,
    });
  });
});

describe('§5 single states and prefixing', () => {
  test('bil_single_state: Parallel "Stats" (OutputPath $[0], End), every inner state prefixed', () => {
    const doc = asl(batchInvoked['bil-single-state']);
    expect(Object.keys(doc.States)).toEqual(['Stats']);
    expect(doc.States['Stats']).toMatchObject({ Type: 'Parallel', OutputPath: '$[0]', End: true });
    const inner = allStateNames(doc).filter((n) => n !== 'Stats');
    expect(inner.every((n) => n.startsWith('Stats: Stats '))).toBe(true);
    for (const n of [
      'Stats: Stats Prep S3 Keys',
      'Stats: Stats Put Request to S3 PutObject Prep',
      'Stats: Stats Get Response from S3',
      'Stats: Stats Batch FAIL',
      'Stats: Stats GetObject Prep',
    ]) {
      expect(inner).toContain(n);
    }
  });

  test('bil_enclose: Stats Enclosure (In $.req, Result $.resp), inner names unprefixed', () => {
    const doc = asl(batchInvoked['bil-enclose']);
    expect(Object.keys(doc.States)).toEqual(['Stats Enclosure', 'Stats Enclosure Post']);
    expect(doc.States['Stats Enclosure']).toMatchObject({
      InputPath: '$.req',
      ResultPath: '$.resp',
    });
    expect(doc.States['Stats Enclosure Post']).toMatchObject({
      InputPath: '$.resp[0]',
      ResultPath: '$.resp',
    });
    expect(allStateNames(doc)).toContain('Stats Prep S3 Keys');
  });

  test('lambda_fragment_single: Parallel "L" › "L: dev-marmotdev-my-fn Function Execution"', () => {
    const doc = asl(lambda['lambda-fragment-single']);
    expect(doc.States['L']).toMatchObject({ Type: 'Parallel', OutputPath: '$[0]' });
    expect(allStateNames(doc)).toEqual(['L', 'L: dev-marmotdev-my-fn Function Execution']);
  });

  test('x_nested_prefix: prefixes stack (outer first); the inner Parallel gets only the outer one', () => {
    const names = allStateNames(asl(dataSync['x-nested-prefix']));
    expect(names.slice(0, 4)).toEqual([
      'data-sync',
      'data-sync: Input Restructure',
      'data-sync: Data Sync',
      'data-sync: Data Sync: Start Data Sync',
    ]);
    expect(names).toContain('data-sync: Data Sync: Data Sync Batch FAIL');
    expect(names.every((n) => [...n].length <= 80)).toBe(true);
  });

  test('x_nested_prefix: without shortening, the 86-character names are rejected', () => {
    const e = dslError(() =>
      dataSyncFragment({ ...BATCH_INVOKED, id: 'data-sync' })
        .toSingleState()
        .toChain(),
    );
    expect(e.code).toBe('StateNameTooLong');
  });

  test('distributed data sync: toSingleState does not prefix the inner fragments (outer scope)', () => {
    const dds = distributedDataSyncFragment({ ...BATCH_INVOKED, id: 'dds' });
    const names = allStateNames(machine(dds.toSingleState()));
    expect(names).toContain('dds: dds: Start');
    expect(names).toContain('dds: dds: Batch Data Sync: Map Start');
    expect(names).toContain('dds: Prep Batch Data Sync Enclosure');
    expect(names).toContain('dds: Batch Data Sync Prep S3 Keys');
    expect(names).not.toContain('dds: dds: Prep Batch Data Sync Enclosure');
  });

  test('distributed data sync: Map comment, items path and discarded result', () => {
    const doc = asl(dataSync['distributed-data-sync']);
    expect(doc.States['dds: Batch Data Sync: Map Start']).toMatchObject({
      Comment: 'Runs requests for batch sync in parallel',
      ItemsPath: '$.tasks.prep-batch-data-sync-requests.response.requests',
      ResultPath: null,
    });
    expect(
      params(findState(doc, 'dds: Prep Batch Data Sync Put Request to S3 PutObject Prep')),
    ).toMatchObject({
      'Body.$': '$.request',
    });
    expect(
      params(findState(doc, 'dds: Batch Data Sync Put Request to S3 PutObject Prep')),
    ).toMatchObject({
      'Body.$': '$',
    });
  });

  test('a fragment created with a prefix names all its states with it (two uses in one machine)', () => {
    const doc = machine(chain(stats({ prefix: 'One: ' }), stats({ prefix: 'Two: ' })));
    const names = allStateNames(doc);
    expect(names).toContain('One: Stats Prep S3 Keys');
    expect(names).toContain('Two: Stats Batch FAIL');
    expect(dslError(() => machine(chain(stats(), stats()))).code).toBe('DuplicateStateName');
  });

  test('custom fragments: defineFragment and the OutputPath rule', () => {
    const greet = defineFragment({
      id: 'Greet',
      envBase: ENV_BASE,
      build: (scope) => chain(pass(scope.name('Hello')), pass(scope.name('World'))),
    });
    expect(greet.startState).toBe('Hello');
    expect(greet.endStates).toEqual(['World']);
    const single = (o: Parameters<typeof greet.toSingleState>[0]) =>
      machine(greet.toSingleState(o)).States['Greet'] as AslState;
    expect(single({})['OutputPath']).toBe('$[0]');
    expect(single({ resultPath: '$' })['OutputPath']).toBe('$[0]');
    expect(single({ resultPath: '$.g' })['OutputPath']).toBeUndefined();
    expect(single({ resultPath: null })['OutputPath']).toBeUndefined();
    expect(single({ outputPath: null })['OutputPath']).toBeUndefined();
    expect(single({ outputPath: '$.x', resultPath: '$.g' })['OutputPath']).toBe('$.x');
    expect(single({ comment: 'c', resultSelector: { v: path('$[0]') } })).toMatchObject({
      Comment: 'c',
      ResultSelector: { 'v.$': '$[0]' },
    });
    // CDK: `prefixStates || `${stateId}: `` and `stateId || node.id`: empty strings are unset.
    expect(allStateNames(machine(greet.toSingleState({ prefix: '' })))).toEqual([
      'Greet',
      'Greet: Hello',
      'Greet: World',
    ]);
    expect(allStateNames(machine(greet.toSingleState({ stateId: '' })))).toEqual([
      'Greet',
      'Greet: Hello',
      'Greet: World',
    ]);
  });

  test("toSingleState passes CDK's other Parallel props through (state name, parameters, assign)", () => {
    const greet = defineFragment({
      id: 'Greet',
      envBase: ENV_BASE,
      build: (scope) => pass(scope.name('Hello')),
    });
    const doc = machine(
      greet.toSingleState({
        stateId: 'G',
        stateName: 'Greeting',
        parameters: { who: path('$.name') },
        assign: { greeted: true },
      }),
    );
    // The Parallel is named by stateName; the prefix still comes from stateId.
    expect(allStateNames(doc)).toEqual(['Greeting', 'G: Hello']);
    expect(doc.States['Greeting']).toMatchObject({
      Parameters: { 'who.$': '$.name' },
      Assign: { greeted: true },
      OutputPath: '$[0]',
    });
  });

  test('fragments validate their env base like EnvBase', () => {
    expect(dslError(() => stats({ envBase: 'staging' })).code).toBe('InvalidFieldValue');
  });
});

describe('§9 TaskWithPrePostStatus', () => {
  test('task_pre_post_min: Start → Run → Run (Restructure) → End, no Catch', () => {
    const doc = asl(prePost['task-pre-post-min']);
    expect(Object.keys(doc.States)).toEqual([
      'MyTask Start',
      'MyTask Run',
      'MyTask Run (Restructure)',
      'MyTask End',
    ]);
    expect(doc.States['MyTask Run']?.['Catch']).toBeUndefined();
  });

  test('hooks built by a function are owned by the fragment (prefixed with it); plain chains are not', () => {
    const fragment = taskWithPrePostStatus({
      id: 'T',
      envBase: ENV_BASE,
      task: pass('Work'),
      statusStarted: (scope) => pass(scope.name('Started')),
      preRun: pass('Pre'),
    });
    const names = allStateNames(machine(fragment.toSingleState()));
    expect(names).toEqual([
      'T',
      'T: T Start',
      'T: T Status Started',
      'T: Started',
      'T Pre Run',
      'Pre',
      'T Run',
      'Work',
      'T: T Run (Restructure)',
      'T: T End',
    ]);
  });

  test('the task context is rendered into the envelope', () => {
    const doc = machine(
      taskWithPrePostStatus({
        id: 'T',
        envBase: ENV_BASE,
        task: pass('Work'),
        taskContext: { who: path('$.user'), n: 1 },
      }),
    );
    expect(params(doc.States['T Start'])).toEqual({
      'input.$': '$',
      context: { 'who.$': '$.user', n: 1 },
    });
  });
});

describe('§11 batch-invoked fragments', () => {
  test('bil_with_defaults: Start, Merge and the defaults object', () => {
    const doc = asl(batchInvoked['bil-with-defaults']);
    expect(Object.keys(doc.States).slice(0, 3)).toEqual([
      'Start batch-invoked-lambda',
      'Merge batch-invoked-lambda',
      'Merge batch-invoked-lambda Restructure',
    ]);
    expect(params(findState(doc, 'Init Pass'))).toEqual({
      'target.$': '$',
      default: {
        job_queue: 'dev-marmotdev-demand-queue',
        memory: '1024',
        vcpus: '1',
        gpu: '0',
        platform_capabilities: ['EC2'],
        bucket_name: 'my-scaffolding-bucket',
        job_role_arn: null,
        command: [],
        mount_points: [{ ReadOnly: false, ContainerPath: '/opt/efs', SourceVolume: 'efs-vol0' }],
        volumes: [
          {
            Name: 'efs-vol0',
            EfsVolumeConfiguration: {
              FileSystemId: 'fs-0123',
              TransitEncryption: 'ENABLED',
              AuthorizationConfig: { AccessPointId: 'fsap-root', Iam: 'DISABLED' },
            },
          },
        ],
      },
    });
  });

  test('x_keyprefix: the prefix is interpolated with no separator', () => {
    const doc = asl(batchInvoked['x-keyprefix']);
    expect(params(doc.States['K Put Request to S3 PutObject Prep'])['Key.$']).toBe(
      "States.Format('custom/prefix{}/{}/request.json', $$.Execution.Name, $.taskResult.prep.task_id)",
    );
    expect(params(findState(doc, 'K GetObject Prep'))['Key.$']).toBe(
      "States.Format('custom/prefix{}/{}/response.json', $$.Execution.Name, $.taskResult.prep.task_id)",
    );
  });

  test('the user environment comes first, the seven defaults win on collisions', () => {
    const doc = machine(
      stats({ environment: { AWS_REGION: 'elsewhere', ZED: 'z', gone: undefined } }),
    );
    const env = params(findState(doc, 'Stats Batch SubmitJob Prep'))['ContainerOverrides'] as {
      Environment: { Name: string }[];
    };
    expect(env.Environment.map((e) => e.Name)).toEqual([
      'AWS_ACCOUNT_ID',
      'AWS_LAMBDA_EVENT_PAYLOAD',
      'AWS_LAMBDA_EVENT_RESPONSE_LOCATION',
      'AWS_LAMBDA_FUNCTION_HANDLER',
      'AWS_LAMBDA_FUNCTION_NAME',
      'AWS_REGION',
      'ZED',
      'env_base',
    ]);
    expect(env.Environment[5]).toEqual({ Name: 'AWS_REGION', Value: 'us-west-2' });
  });

  test('mount point configs and mount points together are an error', () => {
    const e = dslError(() =>
      stats({
        mountPointConfigs: [{ mountPoint: '/m', fileSystemId: 'fs-1' }],
        mountPoints: [{ ContainerPath: '/x', ReadOnly: false, SourceVolume: 'x' }],
      }).toChain(),
    );
    expect(e.message).toContain('Cannot specify both mount_point_configs and mount_points');
    expect(
      dslError(() =>
        stats({
          mountPointConfigs: [{ mountPoint: '/m', fileSystemId: 'fs-1' }],
          volumes: '$.volumes',
        }).toChain(),
      ).code,
    ).toBe('ConflictingFields');
  });

  test('empty mount points or volumes do not conflict with configs (the reference tests truthiness)', () => {
    const doc = asl(
      stateMachine({
        definition: stats({
          mountPointConfigs: [{ mountPoint: '/m', fileSystemId: 'fs-1' }],
          mountPoints: [],
          volumes: [],
        }),
      }),
    );
    const register = params(findState(doc, 'Stats Batch RegisterJobDefinition Prep'));
    expect(register['ContainerProperties']).toMatchObject({
      MountPoints: [{ ReadOnly: false, ContainerPath: '/m', SourceVolume: 'efs-vol0' }],
      Volumes: [
        { Name: 'efs-vol0', EfsVolumeConfiguration: { FileSystemId: 'fs-1', RootDirectory: '/' } },
      ],
    });
  });

  test('stats: get_data_path_stats handler, job name, memory 1024, vcpus 1', () => {
    const doc = asl(efs.stats);
    expect(doc.StartAt).toBe('Get Stats Prep S3 Keys');
    expect(doc.States['Get Stats Get Response from S3']).toBeDefined();
    const submit = params(findState(doc, 'Get Stats Batch SubmitJob Prep'));
    expect(submit['JobName.$']).toBe("States.Format('get-data-path-stats-{}', States.UUID())");
    const overrides = submit['ContainerOverrides'] as {
      Environment: { Name: string; Value?: string }[];
      ResourceRequirements: unknown;
    };
    expect(overrides.Environment.find((e) => e.Name === 'AWS_LAMBDA_FUNCTION_HANDLER')?.Value).toBe(
      'aibs_informatics_aws_lambda.handlers.data_sync.get_data_path_stats_handler',
    );
    expect(overrides.ResourceRequirements).toEqual([
      { Type: 'MEMORY', Value: '1024' },
      { Type: 'VCPU', Value: '1' },
    ]);
  });
});

describe('§13 demand execution', () => {
  test('tag normalisation: $ values become references into the demand execution', () => {
    const doc = machine(demandExecutionNormalizeTagsChain({ team: 'x', type: '$.execution_type' }));
    expect(params(findState(doc, 'Target Not Present'))).toEqual({
      target: {},
      default: { team: 'x', 'type.$': '$.execution_type' },
    });
    expect(
      params(findState(machine(demandExecutionNormalizeTagsChain(undefined)), 'Target Present')),
    ).toEqual({
      'target.$': '$.execution_metadata.tags',
      default: {},
    });
  });

  test('tmp mount and context manager configuration', () => {
    const doc = machine(
      demandExecutionFragment({
        ...demandExecutionOptions,
        tmpMountPointConfig: { mountPoint: '/opt/tmp', fileSystemId: 'fs-0123' },
        contextManagerConfiguration: { isolate_inputs: true },
      }),
    );
    const request = params(doc.States['Start Demand Batch Task'])['request'] as Record<
      string,
      unknown
    >;
    expect(request['context_manager_configuration']).toEqual({ isolate_inputs: true });
    expect(request['file_system_configurations']).toMatchObject({
      tmp: { file_system: 'fs-0123', container_path: '/opt/tmp' },
    });
    const pass1 = params(findState(doc, 'Pass: Prepare Demand Scaffolding'));
    expect((pass1['volumes'] as { Name: string }[]).map((v) => v.Name)).toEqual([
      'shared',
      'scratch',
      'tmp',
    ]);
    const empty = machine(
      demandExecutionFragment({ ...demandExecutionOptions, contextManagerConfiguration: {} }),
    );
    const request2 = params(empty.States['Start Demand Batch Task'])['request'] as object;
    expect(Object.keys(request2)).toEqual(['demand_execution.$', 'file_system_configurations']);
  });
});

describe('§14.1 clean-file-system trigger', () => {
  test('inputs and rule description', () => {
    const rule = cleanFileSystemTriggerRule('dev-marmotdev-clean-fs', [
      { fileSystemId: 'fs-0123', path: '/scratch' },
      {
        fileSystemId: 'fs-0123',
        path: '/tmp',
        daysSinceLastAccessed: 1.5,
        maxDepth: 2,
        minDepth: 1,
      },
      { fileSystemId: 'fs-9', path: '/x', daysSinceLastAccessed: 3, minSizeBytesAllowed: 10 },
    ]);
    expect(rule).toEqual({
      Name: 'dev-marmotdev-clean-fs',
      Description:
        'Daily trigger for EFS file cleanup (older than [1.5, 3.0] days) for target subdirectories',
      ScheduleExpression: 'cron(0 9 * * ? *)',
      State: 'ENABLED',
      Inputs: [
        { path: 'fs-0123:/scratch', days_since_last_accessed: 3 },
        { path: 'fs-0123:/tmp', days_since_last_accessed: 1.5, max_depth: 2, min_depth: 1 },
        { path: 'fs-9:/x', days_since_last_accessed: 3, min_size_bytes_allowed: 10 },
      ],
    });
    expect(
      cleanFileSystemTriggerInput({ fileSystemId: 'f', path: '/p', minSizeBytesAllowed: 0 }),
    ).toEqual({
      path: 'f:/p',
      days_since_last_accessed: 3,
    });
  });
});
