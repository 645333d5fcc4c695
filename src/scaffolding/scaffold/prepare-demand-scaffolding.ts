import { scaffoldingError } from '../errors.ts';
import {
  buildRetryStrategy,
  createDefinitionAndPrepareArgsRequest,
} from '../models/batch-create-request.ts';
import type { PrepareDemandScaffoldingResponse } from '../models/scaffolding-messages.ts';
import { checkEnvBase } from '../naming/env-base.ts';
import { parsePrepareDemandScaffoldingRequest } from '../parse/parse-request.ts';
import { asMountedPath, toEfs } from '../paths/mounts.ts';
import type { MountResolver } from '../resolver/mount-resolver.ts';
import { buildBatchJob, type EnvFile, type EnvFileLocation } from './batch-job-builder.ts';
import {
  postExecutionSyncRequests,
  preExecutionSyncRequests,
  removeDataPathsRequests,
} from './data-sync-requests.ts';
import { ParamState } from './param-state.ts';
import { resolveVolumes } from './volumes.ts';

/** What the scaffolding needs from its surroundings (the Lambda's environment, or a file). */
export interface ScaffoldingContext {
  /** `(dev|test|prod)[-<label>]`; EFS resources must carry the tag `env_base=<envBase>`. */
  readonly envBase: string;
  /** AWS region (validated like core's `AWSRegion`). */
  readonly region: string;
  /** Resolves the selected volume candidates (static tables or the EFS API). */
  readonly resolver: MountResolver;
  /**
   * Whether the env file can be written where it will live (the reference checks that the
   * handler's host mounts its EFS location). `false` keeps every variable inline.
   */
  readonly envFileWritable: boolean | ((location: EnvFileLocation) => boolean);
}

/** The scaffolding's output: the response, and the env file to write when there is one. */
export interface ScaffoldingResult {
  /** The response in canonical JSON form (serialize with `toCanonicalJson`). */
  readonly response: PrepareDemandScaffoldingResponse;
  /** Write `content` at `efsPath` (container path `containerPath`) before the job starts. */
  readonly envFile: EnvFile | undefined;
}

/**
 * The "prepare demand scaffolding" handler as a pure function (scaffolding.md §2): parses the
 * request (P1–P20), selects and resolves the scratch, shared and tmp volumes, lays out the
 * working and tmp directories, rewrites inputs and outputs, builds the Batch job (environment,
 * env file, command, volumes, names), and the pre-/post-execution sync and remove-path requests,
 * raising the §5 errors in the reference's order. It performs no I/O besides the resolver's
 * look-ups; the env file is returned for the caller to write.
 *
 * @example
 * ```ts
 * declare const request: PrepareDemandScaffoldingRequest, fileSystems: FileSystemDescription[], accessPoints: AccessPointDescription[];
 * const { response, envFile } = await prepareDemandScaffolding(request, {
 *   envBase: 'dev-marmotdev',
 *   region: 'us-west-2',
 *   resolver: createStaticMountResolver({ fileSystems, accessPoints }),
 *   envFileWritable: true,
 * });
 * ```
 */
export async function prepareDemandScaffolding(
  request: unknown,
  context: ScaffoldingContext,
): Promise<ScaffoldingResult> {
  const parsed = parsePrepareDemandScaffoldingRequest(request);
  const execution = parsed.demand_execution;
  const config = parsed.context_manager_configuration;
  const envBase = checkEnvBase(context.envBase);

  const volumes = await resolveVolumes(
    parsed.file_system_configurations,
    execution.execution_id,
    envBase,
    context.resolver,
  );
  const mounts = volumes.map((v) => v.mount);
  const [scratch, shared, tmp] = volumes;
  if (scratch === undefined || shared === undefined) {
    throw scaffoldingError('NoFileSystemCandidates', 'no file system configurations provided');
  }
  const containerWorkingPath = asMountedPath(execution.execution_id, scratch.mount);
  const containerTmpPath =
    tmp === undefined ? asMountedPath('tmp', scratch.mount) : tmp.mount.mountPath;

  const params = new ParamState(execution.execution_parameters);
  params.rewriteInputs(config.isolate_inputs, containerWorkingPath, shared.mount.mountPath);
  params.rewriteOutputs(containerWorkingPath);
  const serializedParams = params.serialized();

  const efsWorkingPath = toEfs(containerWorkingPath, mounts);
  const efsTmpPath = toEfs(containerTmpPath, mounts);
  const { request: job, envFile } = buildBatchJob({
    execution,
    jobParams: params.jobParams,
    serializedParams,
    volumes,
    efsWorkingPath,
    efsTmpPath,
    envBase,
    region: context.region,
    envFileWriteMode: config.env_file_write_mode,
    envFileWritable: context.envFileWritable,
  });

  const setupSyncs = preExecutionSyncRequests(
    params.inputParams,
    mounts,
    config.input_data_sync_configuration,
  );
  const queue = execution.execution_platform.aws_batch?.job_queue_name;
  if (queue === undefined) {
    throw scaffoldingError(
      'MissingBatchPlatform',
      'demand execution does not have an AWS Batch execution platform',
    );
  }
  const batchCreateRequest = createDefinitionAndPrepareArgsRequest({
    ...job,
    job_queue_name: queue,
    retry_strategy: buildRetryStrategy(5),
  });
  const cleanupSyncs = postExecutionSyncRequests(
    params.outputParams,
    mounts,
    config.output_data_sync_configuration,
  );
  const removals = removeDataPathsRequests(params.inputParams, mounts, efsWorkingPath, {
    cleanupInputs: config.cleanup_inputs,
    cleanupWorkingDir: config.cleanup_working_dir,
  });

  const response: PrepareDemandScaffoldingResponse = {
    demand_execution: {
      ...execution,
      execution_parameters: { ...execution.execution_parameters, params: serializedParams },
    },
    setup_configs: { data_sync_requests: setupSyncs, batch_create_request: batchCreateRequest },
    cleanup_configs: { data_sync_requests: cleanupSyncs, remove_data_paths_requests: removals },
  };
  return { response, envFile };
}
