/**
 * `aslc/scaffolding`: the demand-execution scaffolding module (scaffolding.md) — a pure
 * TypeScript port of the "prepare demand scaffolding" handler, its models and JSON Schemas, and
 * the EFS mount resolvers. The Lambda handler is `aslc/scaffolding/handler`.
 *
 * @example
 * ```ts
 * import { prepareDemandScaffolding, createStaticMountResolver } from 'aslc/scaffolding';
 * const { response, envFile } = await prepareDemandScaffolding(request, {
 *   envBase: 'dev-marmotdev',
 *   region: 'us-west-2',
 *   resolver: createStaticMountResolver({ fileSystems, accessPoints }),
 *   envFileWritable: true,
 * });
 * ```
 */

// ---- The algorithm
export {
  prepareDemandScaffolding,
  type ScaffoldingContext,
  type ScaffoldingResult,
} from './scaffold/prepare-demand-scaffolding.ts';
export type { EnvFile, EnvFileLocation } from './scaffold/batch-job-builder.ts';

// ---- Parsing and validation
export { parsePrepareDemandScaffoldingRequest } from './parse/parse-request.ts';
export { validateAgainstSchema, type ScaffoldingSchemaName } from './parse/schema-validator.ts';
export { parseJsonLossless } from './python/lossless-json.ts';
export {
  formatIssue,
  ScaffoldingRequestError,
  type RequestIssue,
  type ScaffoldingErrorCode,
} from './errors.ts';

// ---- Models
export type {
  AwsBatchExecutionPlatform,
  DemandExecution,
  DemandExecutionMetadata,
  DemandExecutionParameters,
  DemandExecutionStatus,
  DemandResourceRequirements,
  ExecutionPlatform,
  ParamPair,
  ParamSetPair,
  ParamValue,
} from './models/demand-execution.ts';
export {
  defaultContextManagerConfiguration,
  defaultDataSyncConfiguration,
  defaultFileSystemConfigurations,
  type ContextManagerConfiguration,
  type DataSyncConfiguration,
  type DemandFileSystemConfigurations,
  type EnvFileWriteMode,
  type FileSystemConfiguration,
  type FileSystemSelectionStrategy,
} from './models/configurations.ts';
export {
  createPrepareBatchDataSyncRequest,
  type DataSyncFilterConfig,
  type DataSyncRequest,
  type PrepareBatchDataSyncRequest,
  type PrepareBatchDataSyncRequestInit,
  type RemoteToLocalConfig,
  type RemoveDataPathsRequest,
} from './models/data-sync-request.ts';
export {
  buildRetryStrategy,
  createDefinitionAndPrepareArgsRequest,
  type BatchEfsVolumeConfiguration,
  type BatchEvaluateOnExit,
  type BatchMountPoint,
  type BatchResourceRequirement,
  type BatchRetryStrategy,
  type BatchVolume,
  type CreateDefinitionAndPrepareArgsRequest,
  type CreateDefinitionAndPrepareArgsRequestInit,
} from './models/batch-create-request.ts';
export type {
  DemandExecutionCleanupConfigs,
  DemandExecutionSetupConfigs,
  PrepareDemandScaffoldingRequest,
  PrepareDemandScaffoldingResponse,
} from './models/scaffolding-messages.ts';

// ---- Mount resolvers
export type {
  AccessPointDescription,
  EfsTag,
  FileSystemDescription,
  MountRequest,
  MountResolver,
} from './resolver/mount-resolver.ts';
export type { EfsLocation, Mount } from './paths/mounts.ts';
export { createStaticMountResolver, type StaticEfsTables } from './resolver/static-resolver.ts';
export {
  createAwsMountResolver,
  type AwsMountResolverOptions,
  type EfsClientLike,
  type EfsCommandFactory,
} from './resolver/aws-resolver.ts';

// ---- Environment (CLI) and ambient inputs
export {
  parseScaffoldEnvironment,
  scaffoldingContextOf,
  type ScaffoldEnvironment,
} from './environment/scaffold-environment.ts';
export { envBaseFromEnv, regionFromEnv } from './naming/env-base.ts';

// ---- Names and hashes
export { buildEfsVolumeName, condenseStr } from './naming/volume-name.ts';
export { executionHash, getJobName } from './naming/job-name.ts';
