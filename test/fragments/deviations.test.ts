// One test per entry of the DEVIATIONS section of src/fragments/README.md: what the reference
// does (per spec/fragments.md §16) and what aslc does instead, or that a cosmetic quirk is kept.
import { describe, expect, test } from 'vitest';
import { States, chain, pass, path, type Chainable } from '../../src/index.ts';
import {
  batchInvokedExecutorFragment,
  batchInvokedLambdaFunction,
  batchInvokedLambdaFunctionWithDefaults,
  demandExecutionFragment,
  fragmentPolicy,
  putObject,
  registerJobDefinition,
  submitJobFragment,
  submitJobFragmentFromDefaults,
  taskWithPrePostStatus,
} from '../../src/fragments/index.ts';
import batchInvoked from '../../fixtures/workflows/fragments/batch-invoked.ts';
import demand, {
  demandExecutionOptions,
} from '../../fixtures/workflows/fragments/demand-execution.ts';
import enc from '../../fixtures/workflows/fragments/enclose.ts';
import s3 from '../../fixtures/workflows/fragments/s3.ts';
import submitJob from '../../fixtures/workflows/fragments/submit-job.ts';
import prePost from '../../fixtures/workflows/fragments/task-with-pre-post-status.ts';
import batch from '../../fixtures/workflows/fragments/batch.ts';
import combinations from '../../fixtures/workflows/fragments/combinations.ts';
import dataSync from '../../fixtures/workflows/fragments/data-sync.ts';
import { AWS, BATCH_INVOKED, ENV_BASE } from '../../fixtures/workflows/fragments/_values.ts';
import { allStateNames, asl, findState, type AslGraph, type AslState } from './_support.ts';
import { dslError } from '../support/dsl-error.ts';
import { machine, params } from './_support.ts';

describe('D1 (§16 item 1, fixed): BatchInvokedExecutor compiles, its command is one reference', () => {
  const doc = asl(batchInvoked.executor);
  const command =
    "States.Array('run_cli_executor', '--executor', 'pkg.Executor', '--input', " +
    "States.Format('s3://{}/{}', $.taskResult.put.Bucket, $.taskResult.put.Key), " +
    "'--output-location', States.Format('s3://{}/{}', 'my-scaffolding-bucket', " +
    "States.Format('scratch/{}/{}/response.json', $$.Execution.Name, $.taskResult.prep.task_id)))";

  test('Command.$ in the job definition and in the submitted job, with $.taskResult.put.*', () => {
    const register = params(findState(doc, 'ExecBatch RegisterJobDefinition Prep'));
    expect((register['ContainerProperties'] as Record<string, unknown>)['Command.$']).toBe(command);
    const submit = params(findState(doc, 'ExecBatch SubmitJob Prep'));
    expect((submit['ContainerOverrides'] as Record<string, unknown>)['Command.$']).toBe(command);
  });

  test('references for the executor and the bucket are written raw', () => {
    const d = machine(
      batchInvokedExecutorFragment({
        ...BATCH_INVOKED,
        id: 'E',
        name: 'e',
        executor: '$.executor',
        bucketName: path('$.bucket'),
      }),
    );
    const c = (
      params(findState(d, 'EBatch SubmitJob Prep'))['ContainerOverrides'] as Record<string, string>
    )['Command.$'];
    expect(c).toContain("'--executor', $.executor, '--input'");
    expect(c).toContain("States.Format('s3://{}/{}', $.bucket, States.Format(");
  });

  test('no default environment, no GPU filter', () => {
    const submit = params(findState(doc, 'ExecBatch SubmitJob Prep'));
    expect((submit['ContainerOverrides'] as Record<string, unknown>)['Environment']).toEqual([]);
    expect(allStateNames(doc).some((n) => n.includes('Filter'))).toBe(false);
  });
});

describe('D2 (§16 item 1, cosmetic, kept): the executor’s SubmitJob id has no space', () => {
  test('ExecBatch …', () => {
    const names = allStateNames(asl(batchInvoked.executor));
    expect(names).toContain('ExecBatch Register Enclosure');
    expect(names).toContain('ExecBatch FAIL');
    expect(names.some((n) => n.startsWith('Exec Batch'))).toBe(false);
  });
});

describe('D3 (§16 item 2, fixed): SubmitJobFragment.from_defaults has defaults valid at runtime', () => {
  test('command [], environment as a Name/Value list, mount_points / volumes present', () => {
    const start = asl(submitJob['submit-job-fragment-from-defaults']).States['Start'] as AslState;
    expect(params(start)['default']).toMatchObject({
      command: [],
      environment: [],
      mount_points: [],
      volumes: [],
      gpu: '0',
      job_role_arn: null,
    });
  });

  test('a default environment map becomes a sorted Name/Value list', () => {
    const doc = machine(
      submitJobFragmentFromDefaults({
        id: 'J',
        envBase: ENV_BASE,
        name: 'n',
        jobQueue: 'q',
        image: 'i',
        environment: { Z: '1', A: '2' },
        mountPointConfigs: [{ mountPoint: '/m', fileSystemId: 'fs-1' }],
      }),
    );
    const defaults = params(doc.States['Start'])['default'] as Record<string, unknown>;
    expect(defaults['environment']).toEqual([
      { Name: 'A', Value: '2' },
      { Name: 'Z', Value: '1' },
    ]);
    expect(defaults['volumes']).toEqual([
      { Name: 'efs-vol0', EfsVolumeConfiguration: { FileSystemId: 'fs-1', RootDirectory: '/' } },
    ]);
  });
});

describe('D4 (§16 item 3, fixed): with_defaults drops environment from the defaults, always has mounts', () => {
  test('no environment default; mount_points / volumes default to []; static env on the job', () => {
    const doc = machine(withDefaultsWithoutMounts());
    const defaults = params(findState(doc, 'Init Pass'))['default'] as Record<string, unknown>;
    expect(Object.keys(defaults)).not.toContain('environment');
    expect(defaults['mount_points']).toEqual([]);
    expect(defaults['volumes']).toEqual([]);
    const submit = params(findState(doc, 'b Batch SubmitJob Prep'));
    const env = (submit['ContainerOverrides'] as { Environment: { Name: string }[] }).Environment;
    expect(env.map((e) => e.Name)).toContain('EXTRA');
  });

  test('the static environment is used; job_role_arn null is kept and passed as JobRoleArn.$', () => {
    const doc = asl(batchInvoked['bil-with-defaults']);
    const register = params(
      findState(doc, 'batch-invoked-lambda Batch RegisterJobDefinition Prep'),
    );
    expect((register['ContainerProperties'] as Record<string, unknown>)['JobRoleArn.$']).toBe(
      '$.merged.job_role_arn',
    );
    expect(params(findState(doc, 'Init Pass'))['default']).toMatchObject({ job_role_arn: null });
  });
});

describe('D5 (§16 item 4, fixed): TaskWithPrePostStatus can be followed by .next()', () => {
  test('its end state is <name> End', () => {
    const fragment = taskWithPrePostStatus({
      id: 'MyTask',
      envBase: ENV_BASE,
      task: pass('Do Work'),
    });
    expect(fragment.endStates).toEqual(['MyTask End']);
    const doc = asl(prePost['task-pre-post-chain-after']);
    expect(doc.States['MyTask End']).toMatchObject({ Next: 'After' });
  });

  test('kept: Augment Input replaces the whole envelope (OutputPath $.input[0])', () => {
    expect(asl(prePost['task-pre-post-all']).States['MyTask Augment Input']).toMatchObject({
      ResultPath: '$.input',
      OutputPath: '$.input[0]',
    });
  });
});

describe('D6 (§16 item 5, fixed): no OutputPath $[0] on a result that is not the whole state', () => {
  test('x_prefix_custom: ResultPath $.out without OutputPath (reference: OutputPath $[0])', () => {
    const wrapper = asl(batchInvoked['x-prefix-custom']).States['Wrapper'] as AslState;
    expect(wrapper).toMatchObject({ InputPath: '$.in', ResultPath: '$.out' });
    expect(wrapper['OutputPath']).toBeUndefined();
  });

  test('x_enclose_fragment: the fragment’s Parallel without OutputPath, then the Post unwraps once', () => {
    const doc = asl(enc['x-enclose-fragment']);
    expect(Object.keys(doc.States)).toEqual(['Stats', 'X Enclosure Post']);
    expect(doc.States['Stats']).toMatchObject({ InputPath: '$.a', ResultPath: '$.b' });
    expect(doc.States['Stats']?.['OutputPath']).toBeUndefined();
    expect(doc.States['X Enclosure Post']).toMatchObject({
      InputPath: '$.b[0]',
      ResultPath: '$.b',
    });
  });

  test('enclosing a fragment with DISCARD: only the Parallel, ResultPath null', () => {
    const doc = machine(
      batchInvokedLambdaFunction({ ...BATCH_INVOKED, id: 'S', name: 's', handler: 'h' }).enclose({
        id: 'X',
        asSingleState: true,
        resultPath: null,
      }),
    );
    expect(Object.keys(doc.States)).toEqual(['S']);
    expect(doc.States['S']).toMatchObject({ ResultPath: null, End: true });
  });

  test('a JSONata single state gets no default OutputPath (the reference would emit one)', () => {
    const f = batchInvokedLambdaFunction({ ...BATCH_INVOKED, id: 'S', name: 's', handler: 'h' });
    expect(machine(f.toSingleState({ queryLanguage: 'JSONata' })).States['S']).not.toHaveProperty(
      'OutputPath',
    );
  });
});

describe('D7 (§16 item 6, kept): fixed inner names; a second use needs a prefix', () => {
  test('from_defaults Start/Merge twice: duplicate; with prefixes: fine', () => {
    const make = (id: string, prefix?: string) =>
      submitJobFragmentFromDefaults({
        id,
        envBase: ENV_BASE,
        name: id,
        jobQueue: 'q',
        image: 'i',
        ...(prefix === undefined ? {} : { prefix }),
      });
    expect(dslError(() => machine(chain(make('A'), make('B')))).code).toBe('DuplicateStateName');
    expect(allStateNames(machine(chain(make('A', 'a/'), make('B', 'b/'))))).toContain('b/Start');
  });
});

describe('D8 (§16 item 7, decided): get_object with result path None renders ResultPath null', () => {
  test('ex_get_object_none', () => {
    expect(asl(s3['ex-get-object-none']).States['Load GetObject API Call']).toMatchObject({
      ResultPath: null,
    });
  });
});

describe('D9 (§16 item 8, fixed): shared and scratch are required, and the message says so', () => {
  test('missing scratch config', () => {
    const e = dslError(() =>
      demandExecutionFragment({
        ...demandExecutionOptions,
        scratchMountPointConfig: undefined as never,
      }),
    );
    expect(e.code).toBe('MissingField');
    expect(e.message).toBe('Both shared and scratch mount point configurations must be provided.');
  });
});

describe('D10 (§16 item 8, fixed): the demand execution’s submit retries and cleans up after a failed job', () => {
  const doc = asl(demand['demand-execution']);
  test('Retry on Batch.BatchException, Catch States.ALL into $.tasks.batch_submit_task', () => {
    expect(doc.States['Submit Batch Job']).toMatchObject({
      Retry: [{ ErrorEquals: ['Batch.BatchException'], MaxAttempts: 7, JitterStrategy: 'FULL' }],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.tasks.batch_submit_task' }],
    });
  });

  test('after a failed job: data paths removed (if any), no result transfer, then Fail with the job’s error', () => {
    const names = allStateNames(doc);
    expect(names).toContain('Map: Failed Job Cleanup Data Paths');
    expect(doc.States['Batch Job Failed']).toEqual({
      Type: 'Fail',
      ErrorPath: '$.tasks.batch_submit_task.Error',
      CausePath: '$.tasks.batch_submit_task.Cause',
    });
    const map = doc.States['Map: Failed Job Cleanup Data Paths'] as AslState;
    const sm = findState(
      { StartAt: '', States: { m: map } } as AslGraph,
      'SM: Failed Job Cleanup Data Path',
    );
    expect(params(sm)['StateMachineArn']).toBe(
      'arn:aws:states:us-west-2:123456789012:stateMachine:dev-marmotdev-batch-invoked-lambda-state-machine',
    );
  });
});

describe('D11 (§16 item 11, fixed): literal strings in intrinsics escape all four reserved characters', () => {
  test("x_quote: 'it\\'s \\{x\\}'", () => {
    expect(
      params(asl(batch['x-quote']).States['Quote RegisterJobDefinition Prep'])[
        'JobDefinitionName.$'
      ],
    ).toBe("States.Format('{}-{}', 'it\\'s \\{x\\}', States.UUID())");
  });

  test('a key prefix with a brace is escaped inside the template (not a placeholder)', () => {
    const doc = machine(
      batchInvokedLambdaFunction({
        ...BATCH_INVOKED,
        id: 'K',
        name: 'k',
        handler: 'h',
        keyPrefix: "a{b}'",
      }),
    );
    expect(params(doc.States['K Put Request to S3 PutObject Prep'])['Key.$']).toBe(
      "States.Format('a\\{b\\}\\'{}/{}/request.json', $$.Execution.Name, $.taskResult.prep.task_id)",
    );
  });
});

describe('D12 (§16 item 12, fixed): a plain "$…" bucket is a reference in both places', () => {
  test('S3 Prep and the response location agree', () => {
    const doc = machine(
      batchInvokedLambdaFunction({
        ...BATCH_INVOKED,
        id: 'B',
        name: 'b',
        handler: 'h',
        bucketName: '$.bucket',
      }),
    );
    expect(params(doc.States['B Put Request to S3 PutObject Prep'])['Bucket.$']).toBe('$.bucket');
    const env = (
      params(findState(doc, 'B Batch SubmitJob Prep'))['ContainerOverrides'] as {
        Environment: Record<string, string>[];
      }
    ).Environment.find((e) => e['Name'] === 'AWS_LAMBDA_EVENT_RESPONSE_LOCATION');
    expect(env?.['Value.$']).toMatch(/^States\.Format\('s3:\/\/\{\}\/\{\}', \$\.bucket, /);
  });
});

describe('D13 (aslc): state names over 80 characters are refused, or shortened on request', () => {
  test('x_nested_prefix compiles with shortenNames; names are at most 80 characters', () => {
    const names = allStateNames(asl(dataSync['x-nested-prefix']));
    const shortened = names.filter((n) => n.includes('~'));
    expect(shortened.length).toBeGreaterThan(0);
    expect(names.every((n) => [...n].length <= 80)).toBe(true);
  });
});

describe('D14 (aslc): SubmitJobFragment declares the Batch access it needs', () => {
  test('BatchReadWrite in its policy (reference: none)', () => {
    const doc = fragmentPolicy(
      submitJobFragment({ id: 'J', envBase: ENV_BASE, name: 'n', jobQueue: 'q', image: 'i' }),
      AWS,
    );
    expect(doc.Statement.map((s) => s.Sid)).toEqual(['BatchReadWrite']);
  });
});

describe('D15 (aslc): intrinsic text cannot be a States.Format argument', () => {
  test('bucket "States.…" in the response location is a coded error', () => {
    const e = dslError(() =>
      batchInvokedLambdaFunction({
        ...BATCH_INVOKED,
        id: 'B',
        name: 'b',
        handler: 'h',
        bucketName: "States.Format('{}', $.b)",
      }).toChain(),
    );
    expect(e.code).toBe('InvalidTemplateValue');
  });

  test('an intrinsic object works', () => {
    const doc = machine(
      batchInvokedLambdaFunction({
        ...BATCH_INVOKED,
        id: 'B',
        name: 'b',
        handler: 'h',
        bucketName: States.Format('{}-bucket', path('$.env')),
      }),
    );
    expect(params(doc.States['B Put Request to S3 PutObject Prep'])['Bucket.$']).toBe(
      "States.Format('{}-bucket', $.env)",
    );
  });
});

describe('D16 (aslc): references in arrays are refused when the operation is called', () => {
  test('register with a list command containing "$…" (CDK: at synthesis)', () => {
    expect(
      dslError(() =>
        registerJobDefinition('R', {
          image: 'i',
          jobDefinitionName: 'd',
          command: ['echo', '$.x'],
        }),
      ).code,
    ).toBe('ReferenceInArray');
  });
});

describe('D17 (aslc): auto-ref keeps a key already spelled with .$ once', () => {
  test('put_object body {"a.$": "$.x"}: reference "a.$.$" (CDK appends .$ to a token key), aslc "a.$"', () => {
    const doc = machine(putObject('P', { bucketName: 'b', key: 'k', body: { 'a.$': '$.x' } }));
    expect(params(doc.States['P PutObject Prep'])['Body']).toEqual({ 'a.$': '$.x' });
  });
});

describe('D18 (aslc): the declared IAM statements use the given partition', () => {
  test('reference build_arn hard-codes arn:aws:…; aslc writes the partition of the options', () => {
    const doc = fragmentPolicy(
      batchInvokedLambdaFunction({ ...BATCH_INVOKED, id: 'S', name: 's', handler: 'h' }),
      { ...AWS, partition: 'aws-cn' },
    );
    expect(doc.Statement.flatMap((s) => s.Resource).filter((r) => r !== '*')).toEqual([
      'arn:aws-cn:batch:us-west-2:123456789012:compute-environment/dev-marmotdev*',
      'arn:aws-cn:batch:us-west-2:123456789012:job/dev-marmotdev*',
      'arn:aws-cn:batch:us-west-2:123456789012:job-definition/dev-marmotdev*',
      'arn:aws-cn:batch:us-west-2:123456789012:job-queue/dev-marmotdev*',
      'arn:aws-cn:s3:::dev-marmotdev*',
    ]);
  });
});

describe('D19 (aslc): a TaskWithPrePostStatus as a single state is prefixed like any fragment', () => {
  test('task-pre-post-single-state: "MyTask: MyTask Start" (reference: unprefixed, its lazy definition escapes prefixing)', () => {
    const doc = asl(combinations['task-pre-post-single-state']);
    expect(allStateNames(doc)).toEqual([
      'MyTask',
      'MyTask: MyTask Start',
      'MyTask: MyTask Status Started',
      'MyTask: Started',
      'MyTask: MyTask Run',
      'MyTask: Do Work',
      'MyTask: MyTask Run (Restructure)',
      'MyTask: MyTask Post Run',
      'MyTask: Post',
      'MyTask: MyTask End',
    ]);
  });
});

function withDefaultsWithoutMounts(): Chainable {
  return batchInvokedLambdaFunctionWithDefaults({
    id: 'b',
    envBase: ENV_BASE,
    ...AWS,
    name: 'b',
    jobQueue: 'q',
    bucketName: 'bucket',
    environment: { EXTRA: 'x' },
  });
}
