// Option handling beyond the spec's worked examples, checked against the reference source
// (aibs-informatics-cdk-lib f7831ee, rendered by CDK 2.244): every default, None/'' handling and
// parameter combination the fixtures of fixtures/workflows/fragments/combinations.ts do not show
// (the GPU filters of with_defaults / from_defaults / gpu cannot be golden files: asl-validator
// rejects their filter path, see test/golden/asl-validator-oracle.test.ts).
import { describe, expect, test } from 'vitest';
import { pass, path, stateMachine } from '../../src/index.ts';
import {
  batchInvokedLambdaFunctionWithDefaults,
  convertReferencePaths,
  dataSyncFragment,
  defineFragment,
  mergeDefaults,
  putObject,
  putPayload,
  registerJobDefinition,
  submitJob,
  submitJobFragmentFromDefaults,
  toBatchVolume,
  toFileSystemConfiguration,
} from '../../src/fragments/index.ts';
import combinations from '../../fixtures/workflows/fragments/combinations.ts';
import { AWS, BATCH_INVOKED, ENV_BASE } from '../../fixtures/workflows/fragments/_values.ts';
import { asl, findState, type AslGraph } from './_support.ts';
import { dslError } from '../support/dsl-error.ts';
import { machine, params } from './_support.ts';

describe('empty strings are unset where the reference tests truthiness', () => {
  test('merge_defaults: `result_path if result_path else input + target`', () => {
    const doc = machine(mergeDefaults('M', { a: 1 }, { inputPath: '$.in', resultPath: '' }));
    expect(doc.States['M']).toMatchObject({ InputPath: '$.in', ResultPath: '$.in' });
  });

  test('put_payload: `key or States.Format(…)`', () => {
    const doc = machine(putPayload('S', { payload: '$', bucketName: 'b', key: '' }));
    expect(params(doc.States['S PutObject Prep'])['Key.$']).toBe(
      "States.Format('{}/{}', $$.Execution.Name, States.UUID())",
    );
  });

  test('mounts: `if self.access_point` and `root_directory or "/"`', () => {
    expect(
      toBatchVolume(
        { mountPoint: '/m', fileSystemId: 'fs', accessPointId: '', rootDirectory: '' },
        'v',
      ),
    ).toEqual({ Name: 'v', EfsVolumeConfiguration: { FileSystemId: 'fs', RootDirectory: '/' } });
    expect(
      machine(
        pass('P', {
          parameters: toFileSystemConfiguration({
            mountPoint: '/m',
            fileSystemId: 'fs',
            accessPointId: '',
          }),
        }),
      ).States['P'],
    ).toMatchObject({ Parameters: { file_system: 'fs', container_path: '/m' } });
  });

  test('StateMachineFragment.enclose: `id = id or self.node.id`', () => {
    const f = defineFragment({ id: 'F', envBase: ENV_BASE, build: (s) => pass(s.name('P')) });
    expect(Object.keys(machine(f.enclose({ id: '' })).States)).toEqual([
      'F Enclosure',
      'F Enclosure Post',
    ]);
  });

  test('with_defaults: `image_path or "$.image"` and the other input paths', () => {
    const doc = machine(
      batchInvokedLambdaFunctionWithDefaults({
        ...AWS,
        id: 'b',
        envBase: ENV_BASE,
        name: 'b',
        jobQueue: 'q',
        bucketName: 'bucket',
        imagePath: '',
        handlerPath: '',
        payloadPath: '',
        overridesPath: '',
      }),
    );
    expect(params(doc.States['Start b'])).toEqual({
      'image.$': '$.image',
      'handler.$': '$.handler',
      'payload.$': '$.payload',
      'input.$': '$',
    });
  });

  test('with_defaults / from_defaults: `job_role_arn or JsonNull.INSTANCE`', () => {
    const defaults = (doc: AslGraph, state: string) =>
      (params(findState(doc, state))['default'] ?? {}) as Record<string, unknown>;
    const bil = machine(
      batchInvokedLambdaFunctionWithDefaults({
        ...AWS,
        id: 'b',
        envBase: ENV_BASE,
        name: 'b',
        jobQueue: 'q',
        bucketName: 'bucket',
        jobRoleArn: '',
      }),
    );
    expect(defaults(bil, 'Init Pass')['job_role_arn']).toBeNull();
    const job = machine(
      submitJobFragmentFromDefaults({
        id: 'J',
        envBase: ENV_BASE,
        name: 'j',
        jobQueue: 'q',
        image: 'i',
        jobRoleArn: '',
      }),
    );
    expect(defaults(job, 'Start')['job_role_arn']).toBeNull();
  });
});

describe('with_defaults and from_defaults option handling (GPU filters: unit-tested here)', () => {
  test('with_defaults: str() of numbers, given command and platform capabilities, key prefix', () => {
    const doc = machine(
      batchInvokedLambdaFunctionWithDefaults({
        ...AWS,
        id: 'b',
        envBase: ENV_BASE,
        name: 'b',
        jobQueue: 'q',
        bucketName: 'bucket',
        keyPrefix: 'k/',
        memory: 2048,
        vcpus: 4,
        gpu: 1,
        command: ['run'],
        platformCapabilities: ['FARGATE'],
        jobRoleArn: 'arn:aws:iam::123456789012:role/r',
        imagePath: '$.img',
        handlerPath: '$.h',
        payloadPath: '$.p',
        overridesPath: '$.o',
      }),
    );
    expect(params(doc.States['Start b'])).toEqual({
      'image.$': '$.img',
      'handler.$': '$.h',
      'payload.$': '$.p',
      'input.$': '$.o',
    });
    expect(params(findState(doc, 'Init Pass'))['default']).toEqual({
      job_queue: 'q',
      memory: '2048',
      vcpus: '4',
      gpu: '1',
      platform_capabilities: ['FARGATE'],
      bucket_name: 'bucket',
      job_role_arn: 'arn:aws:iam::123456789012:role/r',
      command: ['run'],
      mount_points: [],
      volumes: [],
    });
    // The inner fragment still reads $.image / $.handler / $.payload (the Start state's keys).
    expect(params(doc.States['b Put Request to S3 PutObject Prep'])).toMatchObject({
      'Key.$':
        "States.Format('k/{}/{}/request.json', $$.Execution.Name, $.taskResult.prep.task_id)",
      'Body.$': '$.payload',
    });
    expect(doc.States['b Batch Register Definition Filter Resource Requirements']).toBeUndefined();
    expect(
      findState(doc, 'b Batch Register Definition Filter Resource Requirements'),
    ).toMatchObject({
      InputPath: "$.ContainerProperties.ResourceRequirements[?(@.Value != 0 && @.Value != '0')]",
    });
  });

  test('from_defaults: given values are stringified, a command list is kept, the GPU is filtered', () => {
    const doc = machine(
      submitJobFragmentFromDefaults({
        id: 'J',
        envBase: ENV_BASE,
        name: 'j',
        jobQueue: 'q',
        image: 'i',
        command: ['a', 'b'],
        memory: '512',
        vcpus: 2,
        gpu: 1,
        environment: { B: 'b', A: 'a' },
      }),
    );
    expect(params(doc.States['Start'])['default']).toMatchObject({
      command: ['a', 'b'],
      memory: '512',
      vcpus: '2',
      gpu: '1',
      environment: [
        { Name: 'A', Value: 'a' },
        { Name: 'B', Value: 'b' },
      ],
    });
    expect(findState(doc, 'J SubmitJob Filter Resource Requirements')).toBeDefined();
    expect(findState(doc, 'J Register Definition Filter Resource Requirements')).toBeDefined();
  });

  test('data sync: the batch job role becomes the default job_role_arn', () => {
    const doc = machine(
      dataSyncFragment({
        ...BATCH_INVOKED,
        id: 'ds',
        batchJobRole: 'arn:aws:iam::123456789012:role/batch',
      }),
    );
    expect(
      (params(findState(doc, 'Data Sync: Init Pass'))['default'] as Record<string, unknown>)[
        'job_role_arn'
      ],
    ).toBe('arn:aws:iam::123456789012:role/batch');
  });
});

describe('gpu: a filter state whenever gpu is not None', () => {
  test('gpu 0 (a literal) and gpu as a reference both add the filter; the value stays as given', () => {
    for (const gpu of [0, '$.gpu', path('$.gpu')]) {
      const reg = machine(registerJobDefinition('R', { image: 'i', jobDefinitionName: 'd', gpu }));
      expect(Object.keys(reg.States)).toEqual([
        'R RegisterJobDefinition Prep',
        'R Register Definition Filter Resource Requirements',
        'R RegisterJobDefinition API Call',
      ]);
      const sub = machine(
        submitJob('S', { jobName: 'j', jobDefinition: 'd', jobQueue: 'q', gpu, resultPath: '$.s' }),
      );
      expect(sub.States['S SubmitJob Filter Resource Requirements']).toEqual({
        Type: 'Pass',
        InputPath: "$.s.ContainerOverrides.ResourceRequirements[?(@.Value != 0 && @.Value != '0')]",
        ResultPath: '$.s.ContainerOverrides.ResourceRequirements',
        Next: 'S SubmitJob API Call',
      });
    }
  });

  test('result path None: the filter and the API call read $ (result_path or "$")', () => {
    const doc = machine(
      registerJobDefinition('R', { image: 'i', jobDefinitionName: 'd', gpu: 1, resultPath: null }),
    );
    expect(doc.States['R Register Definition Filter Resource Requirements']).toMatchObject({
      ResultPath: '$.ContainerProperties.ResourceRequirements',
    });
    expect(doc.States['R RegisterJobDefinition API Call']).toMatchObject({
      ResultPath: null,
      OutputPath: '$',
    });
  });
});

describe("auto-ref goes through CDK's JsonPath.stringAt check", () => {
  test('paths must start with $, $$, $., $$., $[ or an intrinsic name', () => {
    for (const ok of ['$', '$$', '$.a', '$$.Execution.Name', '$[0]', "States.Format('x')"]) {
      expect(() => convertReferencePaths({ v: ok }), ok).not.toThrow();
    }
    for (const bad of ['$foo', '$ 1', 'States.Bogus(1)', 'States.uuid()']) {
      expect(dslError(() => convertReferencePaths({ v: bad })).code, bad).toBe('InvalidJsonPath');
    }
    expect(dslError(() => convertReferencePaths('$foo')).code).toBe('InvalidJsonPath');
    expect(
      dslError(() => putObject('P', { bucketName: '$bucket', key: 'k', body: 'x' })).message,
    ).toContain("JSONPath must start with '$'");
  });

  test('not in merge defaults, deregister or the fragments’ own Pass states (no auto-ref there)', () => {
    expect(() => mergeDefaults('M', { a: '$foo' })).not.toThrow();
  });
});

describe('toSingleState under JSONata', () => {
  test('no default OutputPath (a JSONata Parallel has none)', () => {
    const f = defineFragment({ id: 'F', envBase: ENV_BASE, build: (s) => pass(s.name('P')) });
    const doc = JSON.parse(
      JSON.stringify(
        asl(stateMachine({ definition: f.toSingleState({ queryLanguage: 'JSONata' }) })),
      ),
    ) as AslGraph;
    expect(doc.States['F']).not.toHaveProperty('OutputPath');
    expect(doc.States['F']).toMatchObject({ QueryLanguage: 'JSONata' });
  });
});

describe('the combination fixtures (golden files under golden/workflows/fragments/)', () => {
  test('put_object with result and output path None: Prep at $, Post without either', () => {
    const doc = asl(combinations['put-object-none']);
    expect(doc.States['Save PutObject Prep']).toMatchObject({ ResultPath: '$' });
    expect(doc.States['Save PutObject Post']).not.toHaveProperty('ResultPath');
    expect(doc.States['Save PutObject Post']).not.toHaveProperty('OutputPath');
  });

  test('deregister with result path None renders ResultPath null on the API call', () => {
    const doc = asl(combinations['deregister-none']);
    expect(doc.States['Dereg DeregisterJobDefinition API Call']).toMatchObject({
      Parameters: { 'JobDefinition.$': '$.JobDefinition' },
      ResultPath: null,
      OutputPath: '$',
    });
  });

  test('a minimal SubmitJob fragment: no Command, empty Environment and ResourceRequirements', () => {
    const doc = asl(combinations['submit-job-fragment-min']);
    const reg = params(findState(doc, 'Job RegisterJobDefinition Prep'));
    expect(reg['ContainerProperties']).toEqual({
      Image: 'img',
      Environment: [],
      ResourceRequirements: [],
    });
    const sub = params(findState(doc, 'Job SubmitJob Prep'));
    expect(sub['ContainerOverrides']).toEqual({ Environment: [], ResourceRequirements: [] });
  });

  test('the demand execution omits access_point for file-system mounts and adds the context', () => {
    const doc = asl(combinations['demand-execution-tmp-context']);
    const request = params(doc.States['Start Demand Batch Task'])['request'] as Record<
      string,
      Record<string, unknown>
    >;
    expect(request['file_system_configurations']?.['shared']).toEqual({
      file_system: 'fs-0123',
      container_path: '/opt/shared',
    });
    expect(request['context_manager_configuration']).toEqual({
      isolate_inputs: true,
      cleanup_inputs: false,
    });
  });
});
