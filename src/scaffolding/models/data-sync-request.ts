/**
 * Data-sync and clean-up requests (scaffolding.md §1.6–1.7) in canonical JSON form, with
 * factories that apply the model defaults. Schemas: `schemas/scaffolding/{data-sync-request,
 * prepare-batch-data-sync-request, remove-data-paths-request}.schema.json`.
 */

/** Include/exclude regular expressions (full match, relative to the filter root). */
export interface DataSyncFilterConfig {
  include?: string | string[];
  exclude?: string | string[];
}

/** Options for remote → local syncs. */
export interface RemoteToLocalConfig {
  use_custom_tmp_dir: boolean;
  custom_tmp_dir?: string;
}

/** `DataSyncRequest` (task fields first, then config fields, as pydantic orders them). */
export interface DataSyncRequest {
  source_path: string;
  destination_path: string;
  source_path_prefix?: string;
  filter_config?: DataSyncFilterConfig;
  filter_root?: string;
  max_concurrency: number;
  retain_source_data: boolean;
  delete: boolean;
  require_lock: boolean;
  force: boolean;
  size_only: boolean;
  fail_if_missing: boolean;
  include_detailed_response: boolean;
  remote_to_local_config: RemoteToLocalConfig;
}

/** `PrepareBatchDataSyncRequest` = `DataSyncRequest` + batching fields. */
export interface PrepareBatchDataSyncRequest extends DataSyncRequest {
  batch_size_bytes_limit?: number;
  temporary_request_payload_path?: string;
}

/** `RemoveDataPathsRequest`. */
export interface RemoveDataPathsRequest {
  paths: string[];
}

/** The fields a caller sets; everything else takes the model default. */
export type PrepareBatchDataSyncRequestInit = Pick<
  PrepareBatchDataSyncRequest,
  'source_path' | 'destination_path'
> &
  Partial<PrepareBatchDataSyncRequest>;

/**
 * A `PrepareBatchDataSyncRequest` with the model defaults (`max_concurrency` 25,
 * `retain_source_data` true, `delete` true, `fail_if_missing` true, others false), keys in
 * canonical order and unset optional fields omitted.
 *
 * @example
 * ```ts
 * createPrepareBatchDataSyncRequest({ source_path: 's3://b/src', destination_path: 's3://b/dst' })
 *   .max_concurrency; // 25
 * ```
 */
export function createPrepareBatchDataSyncRequest(
  init: PrepareBatchDataSyncRequestInit,
): PrepareBatchDataSyncRequest {
  const out: PrepareBatchDataSyncRequest = {
    source_path: init.source_path,
    destination_path: init.destination_path,
    ...(init.source_path_prefix === undefined
      ? {}
      : { source_path_prefix: init.source_path_prefix }),
    ...(init.filter_config === undefined ? {} : { filter_config: init.filter_config }),
    ...(init.filter_root === undefined ? {} : { filter_root: init.filter_root }),
    max_concurrency: init.max_concurrency ?? 25,
    retain_source_data: init.retain_source_data ?? true,
    delete: init.delete ?? true,
    require_lock: init.require_lock ?? false,
    force: init.force ?? false,
    size_only: init.size_only ?? false,
    fail_if_missing: init.fail_if_missing ?? true,
    include_detailed_response: init.include_detailed_response ?? false,
    remote_to_local_config: init.remote_to_local_config ?? { use_custom_tmp_dir: false },
  };
  if (init.batch_size_bytes_limit !== undefined) {
    out.batch_size_bytes_limit = init.batch_size_bytes_limit;
  }
  if (init.temporary_request_payload_path !== undefined) {
    out.temporary_request_payload_path = init.temporary_request_payload_path;
  }
  return out;
}
