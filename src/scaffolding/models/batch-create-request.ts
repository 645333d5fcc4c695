/**
 * The Batch job request of the scaffolding response (scaffolding.md §1.8). AWS sub-shapes keep
 * AWS camelCase keys. Schema: `schemas/scaffolding/create-definition-and-prepare-args-request
 * .schema.json`.
 */

/** AWS Batch `MountPoint`. */
export interface BatchMountPoint {
  readOnly: boolean;
  containerPath: string;
  sourceVolume: string;
}

/** AWS Batch `EFSVolumeConfiguration` as the scaffolding emits it. */
export interface BatchEfsVolumeConfiguration {
  fileSystemId: string;
  rootDirectory: string;
  transitEncryption?: 'ENABLED';
  authorizationConfig?: { accessPointId: string; iam: 'DISABLED' };
}

/** AWS Batch `Volume`. */
export interface BatchVolume {
  name: string;
  efsVolumeConfiguration: BatchEfsVolumeConfiguration;
}

/** AWS Batch `ResourceRequirement`. */
export interface BatchResourceRequirement {
  type: 'GPU' | 'MEMORY' | 'VCPU';
  value: string;
}

/** AWS Batch `EvaluateOnExit`. */
export interface BatchEvaluateOnExit {
  action: 'RETRY' | 'EXIT';
  onStatusReason?: string;
  onReason?: string;
  onExitCode?: string;
}

/** AWS Batch `RetryStrategy`. */
export interface BatchRetryStrategy {
  attempts: number;
  evaluateOnExit: BatchEvaluateOnExit[];
}

/** `CreateDefinitionAndPrepareArgsRequest`. */
export interface CreateDefinitionAndPrepareArgsRequest {
  image: string;
  job_definition_name: string;
  job_queue_name: string;
  job_role_arn?: string;
  job_name?: string;
  command: string[];
  environment: Record<string, string>;
  job_definition_tags: Record<string, string>;
  resource_requirements: BatchResourceRequirement[];
  mount_points: BatchMountPoint[];
  volumes: BatchVolume[];
  retry_strategy?: BatchRetryStrategy;
  privileged: boolean;
}

/**
 * aws-utils `build_retry_strategy(num_retries)` with the default exit rules: retry container
 * start time-outs and host EC2 failures, exit on anything else.
 *
 * @example
 * ```ts
 * buildRetryStrategy(5).evaluateOnExit.length; // 3
 * ```
 */
export function buildRetryStrategy(attempts = 5): BatchRetryStrategy {
  return {
    attempts,
    evaluateOnExit: [
      { action: 'RETRY', onStatusReason: 'Task failed to start', onReason: 'DockerTimeoutError*' },
      { action: 'RETRY', onStatusReason: 'Host EC2*' },
      { action: 'EXIT', onStatusReason: '*' },
    ],
  };
}

/** The fields a caller sets; the rest take the model defaults. */
export type CreateDefinitionAndPrepareArgsRequestInit = Pick<
  CreateDefinitionAndPrepareArgsRequest,
  'image' | 'job_definition_name' | 'job_queue_name'
> &
  Partial<CreateDefinitionAndPrepareArgsRequest>;

/**
 * A `CreateDefinitionAndPrepareArgsRequest` with model defaults (empty lists and maps,
 * `privileged` false) and canonical key order.
 *
 * @example
 * ```ts
 * createDefinitionAndPrepareArgsRequest({ image: 'i', job_definition_name: 'd', job_queue_name: 'q' })
 *   .privileged; // false
 * ```
 */
export function createDefinitionAndPrepareArgsRequest(
  init: CreateDefinitionAndPrepareArgsRequestInit,
): CreateDefinitionAndPrepareArgsRequest {
  return {
    image: init.image,
    job_definition_name: init.job_definition_name,
    job_queue_name: init.job_queue_name,
    ...(init.job_role_arn === undefined ? {} : { job_role_arn: init.job_role_arn }),
    ...(init.job_name === undefined ? {} : { job_name: init.job_name }),
    command: init.command ?? [],
    environment: init.environment ?? {},
    job_definition_tags: init.job_definition_tags ?? {},
    resource_requirements: init.resource_requirements ?? [],
    mount_points: init.mount_points ?? [],
    volumes: init.volumes ?? [],
    ...(init.retry_strategy === undefined ? {} : { retry_strategy: init.retry_strategy }),
    privileged: init.privileged ?? false,
  };
}
