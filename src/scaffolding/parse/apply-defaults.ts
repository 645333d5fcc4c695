import { isJsonObject } from '../../util/json.ts';
import type { DemandExecution, DemandExecutionParameters } from '../models/demand-execution.ts';
import type {
  ContextManagerConfiguration,
  DataSyncConfiguration,
  DemandFileSystemConfigurations,
} from '../models/configurations.ts';
import type { PrepareDemandScaffoldingRequest } from '../models/scaffolding-messages.ts';

type Obj = Record<string, unknown>;

function obj(value: unknown): Obj {
  return isJsonObject(value) ? value : {};
}

function present<K extends string>(source: Obj, key: K): Partial<Record<K, unknown>> {
  return source[key] === undefined ? {} : ({ [key]: source[key] } as Partial<Record<K, unknown>>);
}

/** `DemandExecutionParameters` with defaults, keys in declaration order. */
function withParameterDefaults(value: unknown): DemandExecutionParameters {
  const v = obj(value);
  return {
    command: (v['command'] as string[] | undefined) ?? [],
    params: (v['params'] as Obj | undefined) ?? {},
    inputs: (v['inputs'] as string[] | undefined) ?? [],
    outputs: (v['outputs'] as string[] | undefined) ?? [],
    outputs_metadata:
      (v['outputs_metadata'] as DemandExecutionParameters['outputs_metadata'] | undefined) ?? {},
    ...(present(v, 'output_s3_prefix') as { output_s3_prefix?: string }),
    ...(present(v, 'param_pair_overrides') as Pick<
      DemandExecutionParameters,
      'param_pair_overrides'
    >),
    verbosity: (v['verbosity'] as boolean | undefined) ?? false,
  };
}

function withDemandExecutionDefaults(value: unknown): DemandExecution {
  const v = obj(value);
  return {
    execution_type: v['execution_type'] as string,
    execution_id: v['execution_id'] as string,
    execution_image: v['execution_image'] as string,
    execution_parameters: withParameterDefaults(v['execution_parameters']),
    execution_metadata: obj(v['execution_metadata']) as DemandExecution['execution_metadata'],
    execution_platform: obj(v['execution_platform']) as DemandExecution['execution_platform'],
    resource_requirements: obj(
      v['resource_requirements'],
    ) as DemandExecution['resource_requirements'],
  };
}

function withDataSyncDefaults(value: unknown): DataSyncConfiguration {
  const v = obj(value);
  return {
    ...(present(v, 'temporary_request_payload_path') as {
      temporary_request_payload_path?: string;
    }),
    force: (v['force'] as boolean | undefined) ?? false,
    size_only: (v['size_only'] as boolean | undefined) ?? true,
  };
}

function withContextDefaults(value: unknown): ContextManagerConfiguration {
  const v = obj(value);
  return {
    isolate_inputs: (v['isolate_inputs'] as boolean | undefined) ?? true,
    cleanup_inputs: (v['cleanup_inputs'] as boolean | undefined) ?? true,
    cleanup_working_dir: (v['cleanup_working_dir'] as boolean | undefined) ?? true,
    env_file_write_mode:
      (v['env_file_write_mode'] as
        ContextManagerConfiguration['env_file_write_mode'] | undefined) ?? 'ALWAYS',
    input_data_sync_configuration: withDataSyncDefaults(v['input_data_sync_configuration']),
    output_data_sync_configuration: withDataSyncDefaults(v['output_data_sync_configuration']),
  };
}

function withFileSystemDefaults(value: unknown): DemandFileSystemConfigurations {
  const v = obj(value);
  type Candidates = DemandFileSystemConfigurations['shared'];
  return {
    shared: (v['shared'] as Candidates | undefined) ?? [{}],
    scratch: (v['scratch'] as Candidates | undefined) ?? [{}],
    tmp: (v['tmp'] as Candidates | undefined) ?? [],
    selection_strategy: 'RANDOM',
  };
}

/**
 * Applies the model defaults to a normalised, schema-valid request.
 *
 * @example
 * ```ts
 * withRequestDefaults({ demand_execution: { execution_type: 't', execution_id: 'i', execution_image: 'x' } })
 *   .context_manager_configuration.isolate_inputs; // true
 * ```
 */
export function withRequestDefaults(value: unknown): PrepareDemandScaffoldingRequest {
  const v = obj(value);
  return {
    demand_execution: withDemandExecutionDefaults(v['demand_execution']),
    file_system_configurations: withFileSystemDefaults(v['file_system_configurations']),
    context_manager_configuration: withContextDefaults(v['context_manager_configuration']),
  };
}
