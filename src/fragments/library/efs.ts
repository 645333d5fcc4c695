import { chain, pass } from '../../dsl/index.ts';
import { defineFragment, type Fragment } from '../fragment.ts';
import { namingOf, type NamingOptions } from '../naming-scope.ts';
import type { MountPointConfiguration, StringValue } from '../util/batch-builders.ts';
import { BATCH_INVOKED_PERMISSIONS, type AwsEnvironmentOptions } from './batch-invoked-base.ts';
import { batchInvokedLambdaFunction } from './batch-invoked-lambda.ts';

const HANDLERS = 'aibs_informatics_aws_lambda.handlers.data_sync';

/** Options of the EFS helper fragments. */
export interface EfsFragmentOptions extends NamingOptions, AwsEnvironmentOptions {
  readonly id: string;
  readonly envBase: string;
  /** The `aibs-informatics-aws-lambda` image URI. */
  readonly image: StringValue;
  readonly jobQueue: StringValue;
  readonly bucketName: StringValue;
  readonly mountPointConfigs?: readonly MountPointConfiguration[];
  /** Memory in MiB (default `1024`). */
  readonly memory?: number;
  /** vCPUs (default `1`). */
  readonly vcpus?: number;
}

function efsFragment(options: EfsFragmentOptions, name: string, handler: string): Fragment {
  const { memory, vcpus, mountPointConfigs, ...rest } = options;
  return batchInvokedLambdaFunction({
    ...rest,
    name,
    handler: `${HANDLERS}.${handler}`,
    memory: memory ?? 1024,
    vcpus: vcpus ?? 1,
    ...(mountPointConfigs === undefined ? {} : { mountPointConfigs }),
  });
}

/**
 * A batch-invoked Lambda running `get_data_path_stats_handler` (job name `get-data-path-stats`).
 *
 * @example
 * ```ts
 * declare const image: string, jobQueue: string, bucketName: string, region: string, account: string;
 * getDataPathStatsFragment({ id: 'Get Stats', envBase: 'dev-marmotdev', image, jobQueue, bucketName, region, account });
 * ```
 */
export function getDataPathStatsFragment(options: EfsFragmentOptions): Fragment {
  return efsFragment(options, 'get-data-path-stats', 'get_data_path_stats_handler');
}

/**
 * A batch-invoked Lambda running `outdated_data_path_scanner_handler` (job name
 * `outdated-data-path-scanner`).
 *
 * @example
 * ```ts
 * declare const image: string, jobQueue: string, bucketName: string, region: string, account: string;
 * outdatedDataPathScannerFragment({ id: 'Scan', envBase: 'dev-marmotdev', image, jobQueue, bucketName, region, account });
 * ```
 */
export function outdatedDataPathScannerFragment(options: EfsFragmentOptions): Fragment {
  return efsFragment(options, 'outdated-data-path-scanner', 'outdated_data_path_scanner_handler');
}

/**
 * A batch-invoked Lambda running `remove_data_paths_handler` (job name `remove-data-paths`).
 *
 * @example
 * ```ts
 * declare const image: string, jobQueue: string, bucketName: string, region: string, account: string;
 * removeDataPathsFragment({ id: 'Remove', envBase: 'dev-marmotdev', image, jobQueue, bucketName, region, account });
 * ```
 */
export function removeDataPathsFragment(options: EfsFragmentOptions): Fragment {
  return efsFragment(options, 'remove-data-paths', 'remove_data_paths_handler');
}

/**
 * Removes outdated data from an EFS file system (the reference's `CleanFileSystemFragment`):
 * `Data Cleanup: Start`, then the outdated-path scanner enclosed (`Scan for Outdated Data Paths
 * Enclosure`, its response replaces the state) and the remover enclosed (`Remove Data Paths
 * Enclosure`, fed with the scanner's response). Input: `{path: "<fs id>:<path>",
 * days_since_last_accessed, …}`; output: the remover's response.
 *
 * @example
 * ```ts
 * declare const image: string, jobQueue: string, bucketName: string, region: string, account: string;
 * cleanFileSystemFragment({ id: 'clean-file-system', envBase: 'dev-marmotdev', image, jobQueue, bucketName, region, account });
 * ```
 */
export function cleanFileSystemFragment(options: EfsFragmentOptions): Fragment {
  return defineFragment({
    id: options.id,
    envBase: options.envBase,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.shortenNames === undefined ? {} : { shortenNames: options.shortenNames }),
    permissions: BATCH_INVOKED_PERMISSIONS,
    build: (scope) => {
      const inner = { ...options, ...namingOf(scope) };
      return chain(
        pass(scope.name('Data Cleanup: Start')),
        outdatedDataPathScannerFragment({ ...inner, id: 'Scan for Outdated Data Paths' }).enclose(),
        removeDataPathsFragment({ ...inner, id: 'Remove Data Paths' }).enclose(),
      );
    },
  });
}
