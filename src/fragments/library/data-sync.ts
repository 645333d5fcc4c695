import { chain, map, pass, path } from '../../dsl/index.ts';
import { defineFragment, type Fragment } from '../fragment.ts';
import { namingOf, type NamingOptions } from '../naming-scope.ts';
import type { MountPointConfiguration, StringValue } from '../util/batch-builders.ts';
import { BATCH_INVOKED_PERMISSIONS, type AwsEnvironmentOptions } from './batch-invoked-base.ts';
import { batchInvokedLambdaFunction } from './batch-invoked-lambda.ts';
import { batchInvokedLambdaFunctionWithDefaults } from './batch-invoked-lambda-with-defaults.ts';

const HANDLERS = 'aibs_informatics_aws_lambda.handlers.data_sync';

/** Options of {@link dataSyncFragment} and {@link distributedDataSyncFragment}. */
export interface DataSyncOptions extends NamingOptions, AwsEnvironmentOptions {
  readonly id: string;
  readonly envBase: string;
  /** The `aibs-informatics-aws-lambda` image URI. */
  readonly image: StringValue;
  /** Default job queue (overridable by the payload). */
  readonly jobQueue: StringValue;
  /** The scaffolding bucket (request/response documents). */
  readonly bucketName: StringValue;
  /** Job role of the Batch jobs. */
  readonly batchJobRole?: StringValue;
  readonly mountPointConfigs?: readonly MountPointConfiguration[];
}

/**
 * Syncs data between S3 and EFS with a batch job (the reference's `DataSyncFragment`): `Input
 * Restructure` builds `{handler, image, payload}` from the data-sync request, then the
 * batch-invoked Lambda `Data Sync` (with defaults, as one Parallel whose states are prefixed
 * `Data Sync: `). Output: the handler's response.
 *
 * @example
 * ```ts
 * declare const image: string, jobQueue: string, bucketName: string, region: string, account: string;
 * dataSyncFragment({ id: 'data-sync', envBase: 'dev-marmotdev', image, jobQueue, bucketName, region, account });
 * ```
 */
export function dataSyncFragment(options: DataSyncOptions): Fragment {
  return defineFragment({
    id: options.id,
    envBase: options.envBase,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.shortenNames === undefined ? {} : { shortenNames: options.shortenNames }),
    permissions: { access: [...BATCH_INVOKED_PERMISSIONS.access, 'states'] },
    build: (scope) =>
      chain(
        pass(scope.name('Input Restructure'), {
          parameters: {
            handler: `${HANDLERS}.data_sync_handler`,
            image: options.image,
            payload: path('$'),
          },
        }),
        batchInvokedLambdaFunctionWithDefaults({
          ...namingOf(scope),
          id: 'Data Sync',
          envBase: options.envBase,
          region: options.region,
          account: options.account,
          name: 'data-sync',
          jobQueue: options.jobQueue,
          bucketName: options.bucketName,
          handlerPath: '$.handler',
          imagePath: '$.image',
          payloadPath: '$.payload',
          memory: '1024',
          vcpus: '1',
          ...(options.mountPointConfigs === undefined
            ? {}
            : { mountPointConfigs: options.mountPointConfigs }),
          ...(options.batchJobRole === undefined ? {} : { jobRoleArn: options.batchJobRole }),
          environment: {
            env_base: options.envBase,
            AWS_REGION: options.region,
            AWS_ACCOUNT_ID: options.account,
          },
        }).toSingleState(),
      ),
  });
}

/**
 * Syncs data in parallel batches (the reference's `DistributedDataSyncFragment`): `<id>: Start`
 * keeps the request at `$.request`; the batch-invoked Lambda `<id>: Prep Batch Data Sync`
 * (enclosed, response at `$.tasks.prep-batch-data-sync-requests.response`) splits it; the Map
 * `<id>: Batch Data Sync: Map Start` runs the batch-invoked Lambda `<id>: Batch Data Sync` for
 * each request (result discarded). The two inner fragments belong to the scope the fragment is
 * created in, so `toSingleState` does not prefix them (as in the reference).
 *
 * @example
 * ```ts
 * declare const image: string, jobQueue: string, bucketName: string, region: string, account: string;
 * distributedDataSyncFragment({ id: 'dds', envBase: 'dev-marmotdev', image, jobQueue, bucketName, region, account });
 * ```
 */
export function distributedDataSyncFragment(options: DataSyncOptions): Fragment {
  const id = options.id;
  const common = {
    envBase: options.envBase,
    region: options.region,
    account: options.account,
    image: options.image,
    jobQueue: options.jobQueue,
    bucketName: options.bucketName,
    ...(options.mountPointConfigs === undefined
      ? {}
      : { mountPointConfigs: options.mountPointConfigs }),
    ...(options.batchJobRole === undefined ? {} : { jobRoleArn: options.batchJobRole }),
  };
  return defineFragment({
    id,
    envBase: options.envBase,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.shortenNames === undefined ? {} : { shortenNames: options.shortenNames }),
    permissions: BATCH_INVOKED_PERMISSIONS,
    build: (scope) => {
      // Created in the owner's scope, as the reference does: not prefixed by this fragment.
      const outer = { prefix: scope.ownerPrefix, shortenNames: scope.shortenNames };
      const prep = batchInvokedLambdaFunction({
        ...common,
        ...outer,
        id: `${id}: Prep Batch Data Sync`,
        name: 'prep-batch-data-sync-requests',
        payloadPath: '$.request',
        handler: `${HANDLERS}.prepare_batch_data_sync_handler`,
        memory: 1024,
        vcpus: 1,
      });
      const each = batchInvokedLambdaFunction({
        ...common,
        ...outer,
        id: `${id}: Batch Data Sync`,
        name: 'batch-data-sync',
        payloadPath: '$',
        handler: `${HANDLERS}.batch_data_sync_handler`,
        memory: 4096,
        vcpus: 2,
      });
      return chain(
        pass(scope.name(`${id}: Start`), { parameters: { request: path('$') } }),
        prep.enclose({ resultPath: '$.tasks.prep-batch-data-sync-requests.response' }),
        map(scope.name(`${id}: Batch Data Sync: Map Start`), {
          comment: 'Runs requests for batch sync in parallel',
          itemsPath: '$.tasks.prep-batch-data-sync-requests.response.requests',
          resultPath: null,
          iterator: true,
          processor: each,
        }),
      );
    },
  });
}
