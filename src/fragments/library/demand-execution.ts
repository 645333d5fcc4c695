import {
  Condition,
  DslError,
  chain,
  choice,
  fail,
  integration,
  map,
  parallel,
  pass,
  path,
  task,
  type Chain,
  type Template,
} from '../../dsl/index.ts';
import { encloseInScope } from '../enclosure.ts';
import { defineFragment, type Fragment } from '../fragment.ts';
import { namingOf, type FragmentScope, type NamingOptions } from '../naming-scope.ts';
import { BATCH_RETRY } from '../operations/batch.ts';
import { mergeDefaults } from '../operations/merge-defaults.ts';
import {
  toBatchMountPoint,
  toBatchVolume,
  toFileSystemConfiguration,
  type MountPointConfiguration,
  type StringValue,
} from '../util/batch-builders.ts';
import { asReference } from '../util/reference-path.ts';

const HANDLERS = 'aibs_informatics_aws_lambda.handlers';
const BATCH_ARGS = '$.config.scaffolding.setup_results.batch_args';
const REMOVE_REQUESTS = '$.config.scaffolding.cleanup_configs.remove_data_paths_requests';
const REMOVE_RESULTS = '$.tasks.cleanup.cleanup_results.remove_data_paths_results';

/** Options of {@link demandExecutionFragment}. */
export interface DemandExecutionOptions extends NamingOptions {
  readonly id: string;
  readonly envBase: string;
  /** The `aibs-informatics-aws-lambda` image URI. */
  readonly image: StringValue;
  /** The scaffolding bucket name. */
  readonly bucketName: StringValue;
  /** The scaffolding job queue (name or ARN). */
  readonly jobQueue: StringValue;
  /** ARN of a machine built from `batchInvokedLambdaFunctionWithDefaults`. */
  readonly batchInvokedLambdaStateMachineArn: string;
  /** ARN of a machine built from `dataSyncFragment`. */
  readonly dataSyncStateMachineArn: string;
  /** Read-only shared volume (required). */
  readonly sharedMountPointConfig: MountPointConfiguration;
  /** Scratch volume with the working directories (required). */
  readonly scratchMountPointConfig: MountPointConfiguration;
  readonly tmpMountPointConfig?: MountPointConfiguration;
  /** Added to the scaffolding request when not empty. */
  readonly contextManagerConfiguration?: Readonly<Record<string, Template>>;
  /** Build-time tags; a value starting with `$` is a reference into the demand execution. */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * When the Batch job fails, remove the execution's data paths before failing (default `true`;
   * §16 item 8). With `false` the execution fails right away and nothing is cleaned up.
   */
  readonly cleanupAfterFailedJob?: boolean;
}

/**
 * The tag-normalisation chain of the demand execution (the reference's
 * `demand_execution_normalize_tags_chain`): build-time tags (a value starting with `$` becomes a
 * reference: its key gets `.$`) merged under the runtime tags at `$.execution_metadata.tags`
 * (`Merge Tags`, checking whether they are present).
 *
 * @example
 * ```ts
 * demandExecutionNormalizeTagsChain({ team: 'informatics', type: '$.execution_type' });
 * ```
 */
export function demandExecutionNormalizeTagsChain(
  tags: Readonly<Record<string, string>> | undefined,
  naming: NamingOptions = {},
): Chain {
  const defaults: Record<string, Template> = {};
  for (const [key, value] of Object.entries(tags ?? {})) {
    defaults[typeof value === 'string' && value.startsWith('$') ? `${key}.$` : key] = value;
  }
  return mergeDefaults('Merge Tags', defaults, {
    ...naming,
    inputPath: '$',
    targetPath: asReference('execution_metadata.tags'),
    checkIfTargetPresent: true,
  });
}

function startExecution(name: string, stateMachineArn: string, extra: Record<string, unknown>) {
  return task(name, {
    resource: integration('states', 'startExecution', { sync: 2 }),
    parameters: { Input: path('$'), StateMachineArn: stateMachineArn },
    ...extra,
  });
}

/** `Pass: <label>` + `SM: <label>` (start the batch-invoked Lambda machine), enclosed. */
function handlerCall(
  scope: FragmentScope,
  label: string,
  handler: string,
  common: Record<string, Template>,
  arn: string,
  paths: { inputPath: string; resultPath: string },
): Chain {
  return encloseInScope(
    scope,
    label,
    chain(
      pass(scope.name(`Pass: ${label}`), {
        parameters: { handler, payload: path('$'), ...common },
      }),
      startExecution(scope.name(`SM: ${label}`), arn, { inputPath: '$', outputPath: '$.Output' }),
    ),
    paths,
  );
}

function cleanupDataPaths(
  scope: FragmentScope,
  label: string,
  common: Record<string, Template>,
  arn: string,
) {
  return map(scope.name(`Map: ${label}s`), {
    inputPath: REMOVE_REQUESTS,
    resultPath: REMOVE_RESULTS,
    iterator: true,
    processor: handlerCall(
      scope,
      label,
      `${HANDLERS}.data_sync.remove_data_paths_handler`,
      common,
      arn,
      { inputPath: '$', resultPath: '$' },
    ),
  });
}

/**
 * Runs a demand execution end to end (the reference's `DemandExecutionFragment`): `Start Demand
 * Batch Task` builds `{request}`, `Normalize Demand Execution` merges the tags, `Prepare Demand
 * Scaffolding` runs the scaffolding handler (batch-invoked Lambda machine) into
 * `$.config.scaffolding`, `Execution Setup Steps` creates the job definition and transfers the
 * inputs (data-sync machine), `Submit Batch Job` runs the job (`$.tasks.batch_submit_task`),
 * `Transfer Results FROM Batch Job` uploads the outputs and `Cleanup Choice` removes the data
 * paths. The submit retries Batch API errors and, when the job fails, removes the data paths
 * and fails with the job's error (§16 item 8).
 *
 * @example
 * ```ts
 * demandExecutionFragment({
 *   id: 'demand-execution', envBase: 'dev-marmotdev', image, bucketName: 'my-scaffolding-bucket',
 *   jobQueue: 'dev-marmotdev-demand-queue',
 *   batchInvokedLambdaStateMachineArn, dataSyncStateMachineArn,
 *   sharedMountPointConfig: { mountPoint: '/opt/shared', fileSystemId: 'fs-0123', accessPointId: 'fsap-shared', readOnly: true },
 *   scratchMountPointConfig: { mountPoint: '/opt/scratch', fileSystemId: 'fs-0123', accessPointId: 'fsap-scratch' },
 * });
 * ```
 */
export function demandExecutionFragment(options: DemandExecutionOptions): Fragment {
  if (
    options.sharedMountPointConfig === undefined ||
    options.sharedMountPointConfig === null ||
    options.scratchMountPointConfig === undefined ||
    options.scratchMountPointConfig === null
  ) {
    throw new DslError(
      'MissingField',
      'Both shared and scratch mount point configurations must be provided.',
      {
        field: 'sharedMountPointConfig',
        hint: 'give sharedMountPointConfig and scratchMountPointConfig',
      },
    );
  }
  const roles: [string, MountPointConfiguration][] = [
    ['shared', options.sharedMountPointConfig],
    ['scratch', options.scratchMountPointConfig],
  ];
  const tmp = options.tmpMountPointConfig;
  if (tmp !== undefined && tmp !== null) roles.push(['tmp', tmp]);
  const fileSystems: Record<string, Template> = {};
  for (const [role, config] of roles) fileSystems[role] = toFileSystemConfiguration(config);
  const common: Record<string, Template> = {
    bucket_name: options.bucketName,
    image: options.image,
    job_queue: options.jobQueue,
    mount_points: roles.map(([role, config]) => toBatchMountPoint(config, role)),
    volumes: roles.map(([role, config]) => toBatchVolume(config, role)),
  };
  const request: Record<string, Template> = {
    demand_execution: path('$'),
    file_system_configurations: fileSystems,
  };
  const context = options.contextManagerConfiguration;
  if (context !== undefined && context !== null && Object.keys(context).length > 0) {
    request['context_manager_configuration'] = context;
  }
  const bil = options.batchInvokedLambdaStateMachineArn;
  const dataSync = options.dataSyncStateMachineArn;
  return defineFragment({
    id: options.id,
    envBase: options.envBase,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.shortenNames === undefined ? {} : { shortenNames: options.shortenNames }),
    permissions: {
      access: ['batch', 's3', 'states', 'passRole'],
      startsExecutions: [
        { stateMachineArn: bil, sync: true },
        { stateMachineArn: dataSync, sync: true },
      ],
    },
    build: (scope) => {
      const setup = parallel(scope.name('Execution Setup Steps'), {
        inputPath: '$.config.scaffolding.setup_configs',
        resultPath: '$.config.scaffolding.setup_results',
        resultSelector: { batch_args: path('$[0]') },
        branches: [
          handlerCall(
            scope,
            'Create Definition and Prep Job Args',
            `${HANDLERS}.batch.create.handler`,
            common,
            bil,
            { inputPath: '$.batch_create_request', resultPath: '$' },
          ),
          map(scope.name('Transfer Inputs TO Batch Job'), {
            itemsPath: '$.data_sync_requests',
            iterator: true,
            processor: startExecution(scope.name('Transfer Input'), dataSync, { resultPath: null }),
          }),
        ],
      });
      const failed = fail(scope.name('Batch Job Failed'), {
        error: path('$.tasks.batch_submit_task.Error'),
        cause: path('$.tasks.batch_submit_task.Cause'),
      });
      const onFailure =
        options.cleanupAfterFailedJob === false
          ? failed
          : choice(scope.name('Failed Job Cleanup Choice'))
              .when(
                Condition.isPresent(REMOVE_REQUESTS),
                cleanupDataPaths(scope, 'Failed Job Cleanup Data Path', common, bil).next(failed),
              )
              .otherwise(failed);
      const submit = task(scope.name('Submit Batch Job'), {
        resource: integration('batch', 'submitJob', { sync: true }),
        parameters: {
          JobName: path(`${BATCH_ARGS}.job_name`),
          JobDefinition: path(`${BATCH_ARGS}.job_definition_arn`),
          JobQueue: path(`${BATCH_ARGS}.job_queue_arn`),
          Parameters: path(`${BATCH_ARGS}.parameters`),
          ContainerOverrides: path(`${BATCH_ARGS}.container_overrides`),
          Tags: path('$.request.demand_execution.execution_metadata.tags'),
          PropagateTags: true,
        },
        resultPath: '$.tasks.batch_submit_task',
        retry: BATCH_RETRY,
      }).catch(onFailure, { errors: ['States.ALL'], resultPath: '$.tasks.batch_submit_task' });
      return chain(
        pass(scope.name('Start Demand Batch Task'), { parameters: { request } }),
        encloseInScope(
          scope,
          'Normalize Demand Execution',
          demandExecutionNormalizeTagsChain(options.tags, namingOf(scope)),
          { inputPath: '$.request.demand_execution', resultPath: '$.request.demand_execution' },
        ),
        handlerCall(
          scope,
          'Prepare Demand Scaffolding',
          `${HANDLERS}.demand.scaffolding.handler`,
          common,
          bil,
          { inputPath: '$.request', resultPath: '$.config.scaffolding' },
        ),
        setup,
        submit,
        map(scope.name('Transfer Results FROM Batch Job'), {
          inputPath: '$.config.scaffolding.cleanup_configs.data_sync_requests',
          resultPath: '$.tasks.cleanup.cleanup_results.transfer_results',
          iterator: true,
          processor: startExecution(scope.name('Transfer Result'), dataSync, { resultPath: null }),
        }),
        choice(scope.name('Cleanup Choice'))
          .when(
            Condition.isPresent(REMOVE_REQUESTS),
            cleanupDataPaths(scope, 'Cleanup Data Path', common, bil),
          )
          .otherwise(pass(scope.name('No Data Paths to Cleanup'))),
      );
    },
  });
}
