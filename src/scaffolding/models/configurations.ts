/**
 * The request-side configurations (scaffolding.md §1.3–1.4) in canonical JSON form.
 * Schemas: `schemas/scaffolding/{file-system-configuration, demand-file-system-configurations,
 * env-file-write-mode, data-sync-configuration, context-manager-configuration}.schema.json`.
 */

/** One candidate volume: file system and access point (id, ARN or name), container path. */
export interface FileSystemConfiguration {
  file_system?: string;
  access_point?: string;
  container_path?: string;
}

/** How one candidate is picked when a role has several. */
export type FileSystemSelectionStrategy = 'RANDOM';

/** Candidates per volume role. */
export interface DemandFileSystemConfigurations {
  shared: FileSystemConfiguration[];
  scratch: FileSystemConfiguration[];
  tmp: FileSystemConfiguration[];
  selection_strategy: FileSystemSelectionStrategy;
}

/** Whether the environment goes to an env file on EFS. */
export type EnvFileWriteMode = 'NEVER' | 'ALWAYS' | 'IF_REQUIRED';

/** Options of the input or output data syncs. */
export interface DataSyncConfiguration {
  temporary_request_payload_path?: string;
  force: boolean;
  size_only: boolean;
}

/** `ContextManagerConfiguration`. */
export interface ContextManagerConfiguration {
  isolate_inputs: boolean;
  cleanup_inputs: boolean;
  cleanup_working_dir: boolean;
  env_file_write_mode: EnvFileWriteMode;
  input_data_sync_configuration: DataSyncConfiguration;
  output_data_sync_configuration: DataSyncConfiguration;
}

/**
 * The defaults of a `DemandFileSystemConfigurations`: one default candidate for shared and
 * scratch, no tmp volume.
 *
 * @example
 * ```ts
 * defaultFileSystemConfigurations().scratch; // [{}]
 * ```
 */
export function defaultFileSystemConfigurations(): DemandFileSystemConfigurations {
  return { shared: [{}], scratch: [{}], tmp: [], selection_strategy: 'RANDOM' };
}

/**
 * The defaults of a `DataSyncConfiguration`.
 *
 * @example
 * ```ts
 * defaultDataSyncConfiguration(); // { force: false, size_only: true }
 * ```
 */
export function defaultDataSyncConfiguration(): DataSyncConfiguration {
  return { force: false, size_only: true };
}

/**
 * The defaults of a `ContextManagerConfiguration`.
 *
 * @example
 * ```ts
 * defaultContextManagerConfiguration().env_file_write_mode; // 'ALWAYS'
 * ```
 */
export function defaultContextManagerConfiguration(): ContextManagerConfiguration {
  return {
    isolate_inputs: true,
    cleanup_inputs: true,
    cleanup_working_dir: true,
    env_file_write_mode: 'ALWAYS',
    input_data_sync_configuration: defaultDataSyncConfiguration(),
    output_data_sync_configuration: defaultDataSyncConfiguration(),
  };
}
