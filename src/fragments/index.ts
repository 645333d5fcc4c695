/**
 * `aslc/fragments`: a faithful TypeScript port of the Step Functions fragments of the Allen
 * Institute's `aibs-informatics-cdk-lib` (spec fragments.md), built only on the public DSL.
 * Deviations from the reference are listed in src/fragments/README.md.
 */

// Fragments: the building block and its composition.
export {
  Fragment,
  defineFragment,
  isFragment,
  type FragmentDefinition,
  type FragmentEncloseOptions,
  type FragmentSingleStateOptions,
} from './fragment.ts';
export {
  createScope,
  namingOf,
  scopeOf,
  type FragmentScope,
  type NamingOptions,
} from './naming-scope.ts';
export {
  NO_PERMISSIONS,
  mergePermissions,
  type FragmentPermissions,
  type ServiceAccess,
  type StartedStateMachine,
} from './permissions.ts';

// Utilities.
export {
  asKey,
  asReference,
  isReferencePath,
  joinReferencePaths,
  normalizeReferencePath,
  referenceTo,
} from './util/reference-path.ts';
export { pascalCase, toPascalCaseKeys } from './util/pascal-case.ts';
export {
  convertReferencePaths,
  convertReferencePathsInMapping,
  isAutoRefString,
} from './util/auto-ref.ts';
export {
  compareCodePoints,
  jobDefinitionRetryStrategy,
  toBatchMountPoint,
  toBatchVolume,
  toEnvironmentList,
  toFileSystemConfiguration,
  toMountPointsAndVolumes,
  toResourceRequirements,
  type BatchNumber,
  type MountPointConfiguration,
  type StringValue,
} from './util/batch-builders.ts';
export { checkEnvBase } from './util/env-base.ts';

// Operations.
export { mergeDefaults, type MergeDefaultsOptions } from './operations/merge-defaults.ts';
export {
  S3_RETRY,
  getObject,
  getPayload,
  putObject,
  putPayload,
  type GetObjectOptions,
  type GetPayloadOptions,
  type PutObjectOptions,
  type PutPayloadOptions,
  type S3PathOptions,
} from './operations/s3.ts';
export {
  BATCH_RETRY,
  deregisterJobDefinition,
  registerJobDefinition,
  submitJob,
  type BatchEnvironment,
  type BatchPathOptions,
  type DeregisterJobDefinitionOptions,
  type RegisterJobDefinitionOptions,
  type SubmitJobOptions,
} from './operations/batch.ts';

// Fragments of the reference library.
export {
  submitJobFragment,
  submitJobFragmentFromDefaults,
  type SubmitJobFragmentOptions,
  type SubmitJobFromDefaultsOptions,
} from './library/submit-job.ts';
export {
  taskWithPrePostStatus,
  type FragmentHook,
  type TaskWithPrePostStatusOptions,
} from './library/task-with-pre-post-status.ts';
export {
  LAMBDA_RETRY,
  lambdaFunctionFragment,
  type LambdaFunctionFragmentOptions,
} from './library/lambda-function.ts';
export {
  BATCH_INVOKED_PERMISSIONS,
  type AwsEnvironmentOptions,
  type BatchInvokedLambdaOptions,
} from './library/batch-invoked-base.ts';
export { batchInvokedLambdaFunction } from './library/batch-invoked-lambda.ts';
export {
  batchInvokedLambdaFunctionWithDefaults,
  type BatchInvokedLambdaWithDefaultsOptions,
} from './library/batch-invoked-lambda-with-defaults.ts';
export {
  batchInvokedExecutorFragment,
  type BatchInvokedExecutorOptions,
} from './library/batch-invoked-executor.ts';
export {
  dataSyncFragment,
  distributedDataSyncFragment,
  type DataSyncOptions,
} from './library/data-sync.ts';
export {
  demandExecutionFragment,
  demandExecutionNormalizeTagsChain,
  type DemandExecutionOptions,
} from './library/demand-execution.ts';
export {
  cleanFileSystemFragment,
  getDataPathStatsFragment,
  outdatedDataPathScannerFragment,
  removeDataPathsFragment,
  type EfsFragmentOptions,
} from './library/efs.ts';

export {
  CLEAN_FILE_SYSTEM_SCHEDULE,
  cleanFileSystemTriggerInput,
  cleanFileSystemTriggerRule,
  type CleanFileSystemTriggerConfig,
  type CleanFileSystemTriggerRule,
} from './library/clean-file-system-trigger.ts';

// State-machine assembly: naming, logging, IAM.
export {
  envBasePrefixed,
  lambdaFunctionArn,
  lambdaFunctionName,
  logGroupArn,
  loggingConfiguration,
  stateMachineArn,
  stateMachineLogGroupName,
  stateMachineName,
  toStateMachine,
  type AwsLocation,
  type FragmentStateMachine,
  type LoggingConfiguration,
  type ToStateMachineOptions,
} from './state-machine.ts';
export {
  BATCH_FULL_ACCESS_ACTIONS,
  DEFAULT_MANAGED_POLICIES,
  SFN_EXECUTION_AND_READ_ACTIONS,
  STATES_ASSUME_ROLE_POLICY,
  fragmentPolicy,
  managedPolicyArns,
  type PolicyDocument,
  type PolicyOptions,
  type PolicyStatement,
} from './iam-policy.ts';
