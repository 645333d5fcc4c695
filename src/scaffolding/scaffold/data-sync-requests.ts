import { scaffoldingError } from '../errors.ts';
import type { DataSyncConfiguration } from '../models/configurations.ts';
import {
  createPrepareBatchDataSyncRequest,
  type DataSyncFilterConfig,
  type PrepareBatchDataSyncRequest,
  type RemoveDataPathsRequest,
} from '../models/data-sync-request.ts';
import type { JobParam } from '../params/job-param.ts';
import { parametersPointer } from '../params/param-issue.ts';
import { isNonEmptyFilter, presentFilters } from '../params/resolvable.ts';
import { formatEfsPath, toEfs, type EfsLocation, type Mount } from '../paths/mounts.ts';
import { isValidS3Path, joinS3Path, sanitizeS3Path } from '../paths/s3-path.ts';

/** 75 GiB: the batch size limit of every scaffolding sync request. */
const BATCH_SIZE_BYTES_LIMIT = 75 * 2 ** 30;

/** `S3Path(remote)`: sanitized and validated, or H13/H14. */
function s3PathOf(param: JobParam, code: 'InvalidInputRemote' | 'InvalidOutputRemote'): string {
  const path = sanitizeS3Path(param.remoteValue ?? '');
  if (!isValidS3Path(path)) {
    throw scaffoldingError(code, `${path} is not a valid S3 URI (s3://<bucket>[/<key>])`, {
      field: parametersPointer(['params', param.name]),
    });
  }
  return path;
}

/**
 * Core's `ResolvableJobParam.filter_config`: undefined when neither filter is non-empty,
 * otherwise `DataSyncFilterConfig(include=…, exclude=…)` with both fields as given — an empty
 * list or string next to a non-empty filter is kept (only absent ones are omitted).
 */
function filterConfigOf(param: JobParam): DataSyncFilterConfig | undefined {
  if (!isNonEmptyFilter(param.include) && !isNonEmptyFilter(param.exclude)) return undefined;
  return presentFilters(param);
}

function common(param: JobParam, config: DataSyncConfiguration, payloadDir: string) {
  const filter = filterConfigOf(param);
  const root = config.temporary_request_payload_path;
  return {
    ...(filter === undefined ? {} : { filter_config: filter }),
    force: config.force,
    size_only: config.size_only,
    batch_size_bytes_limit: BATCH_SIZE_BYTES_LIMIT,
    ...(root === undefined ? {} : { temporary_request_payload_path: joinS3Path(root, payloadDir) }),
  };
}

/**
 * Pre-execution syncs (scaffolding.md §2.10): S3 → EFS per input, in `inputs` order, with a
 * lock, never deleting at the destination (it may be a shared cache).
 *
 * @example
 * ```ts
 * preExecutionSyncRequests(inputs, mounts, config)[0]?.delete; // false
 * ```
 */
export function preExecutionSyncRequests(
  inputs: readonly JobParam[],
  mounts: readonly Mount[],
  config: DataSyncConfiguration,
): PrepareBatchDataSyncRequest[] {
  return inputs.map((param, i) => {
    const source = s3PathOf(param, 'InvalidInputRemote');
    return createPrepareBatchDataSyncRequest({
      source_path: source,
      destination_path: formatEfsPath(toEfs(param.value, mounts)),
      retain_source_data: true,
      delete: false,
      require_lock: true,
      ...common(param, config, `input_${i}/`),
    });
  });
}

/**
 * Post-execution syncs (scaffolding.md §2.11): EFS → S3 per output, in `outputs` order; the
 * source is removed afterwards and the destination mirrored.
 *
 * @example
 * ```ts
 * postExecutionSyncRequests(outputs, mounts, config)[0]?.retain_source_data; // false
 * ```
 */
export function postExecutionSyncRequests(
  outputs: readonly JobParam[],
  mounts: readonly Mount[],
  config: DataSyncConfiguration,
): PrepareBatchDataSyncRequest[] {
  return outputs.map((param, i) => {
    const source = formatEfsPath(toEfs(param.value, mounts));
    return createPrepareBatchDataSyncRequest({
      source_path: source,
      destination_path: s3PathOf(param, 'InvalidOutputRemote'),
      retain_source_data: false,
      require_lock: false,
      ...common(param, config, `output_${i}/`),
    });
  });
}

/**
 * Clean-up removals (scaffolding.md §2.12): the inputs' EFS paths when `cleanup_inputs` (even
 * with no inputs), then the working directory when `cleanup_working_dir`.
 *
 * @example
 * ```ts
 * removeDataPathsRequests([], mounts, working, { cleanupInputs: true, cleanupWorkingDir: false });
 * // [{ paths: [] }]
 * ```
 */
export function removeDataPathsRequests(
  inputs: readonly JobParam[],
  mounts: readonly Mount[],
  workingPath: EfsLocation,
  options: { cleanupInputs: boolean; cleanupWorkingDir: boolean },
): RemoveDataPathsRequest[] {
  const requests: RemoveDataPathsRequest[] = [];
  if (options.cleanupInputs) {
    requests.push({ paths: inputs.map((p) => formatEfsPath(toEfs(p.value, mounts))) });
  }
  if (options.cleanupWorkingDir) requests.push({ paths: [formatEfsPath(workingPath)] });
  return requests;
}
