import type { CreateDefinitionAndPrepareArgsRequest } from './batch-create-request.ts';
import type {
  ContextManagerConfiguration,
  DemandFileSystemConfigurations,
} from './configurations.ts';
import type {
  DataSyncRequest,
  PrepareBatchDataSyncRequest,
  RemoveDataPathsRequest,
} from './data-sync-request.ts';
import type { DemandExecution } from './demand-execution.ts';

/**
 * The handler's request and response (scaffolding.md §1.1, §1.5). Schemas:
 * `schemas/scaffolding/{prepare-demand-scaffolding-request, prepare-demand-scaffolding-response,
 * demand-execution-setup-configs, demand-execution-cleanup-configs}.schema.json`.
 */

/** `PrepareDemandScaffoldingRequest`, parsed and with defaults applied. */
export interface PrepareDemandScaffoldingRequest {
  demand_execution: DemandExecution;
  file_system_configurations: DemandFileSystemConfigurations;
  context_manager_configuration: ContextManagerConfiguration;
}

/** What runs before the job: input syncs and the Batch job request. */
export interface DemandExecutionSetupConfigs {
  data_sync_requests: (PrepareBatchDataSyncRequest | DataSyncRequest)[];
  batch_create_request: CreateDefinitionAndPrepareArgsRequest;
}

/** What runs after the job: output syncs and removals. */
export interface DemandExecutionCleanupConfigs {
  data_sync_requests: (PrepareBatchDataSyncRequest | DataSyncRequest)[];
  remove_data_paths_requests: RemoveDataPathsRequest[];
}

/** `PrepareDemandScaffoldingResponse`: the rewritten demand execution and the configs. */
export interface PrepareDemandScaffoldingResponse {
  demand_execution: DemandExecution;
  setup_configs: DemandExecutionSetupConfigs;
  cleanup_configs: DemandExecutionCleanupConfigs;
}
