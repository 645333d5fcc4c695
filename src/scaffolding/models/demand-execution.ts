/**
 * The demand execution and everything nested in it (scaffolding.md §1.2), in their canonical
 * JSON form: snake_case keys in declaration order, optional fields absent rather than `null`.
 * Schema: `schemas/scaffolding/demand-execution.schema.json`.
 */

/**
 * A value of `execution_parameters.params`: any JSON value. Numbers that Python renders
 * differently from JavaScript (`1.0`) may be raw-JSON numbers (see {@link parseJsonLossless}).
 */
export type ParamValue = unknown;

/** An input/output pair of parameter names (`param_pair_overrides` item). */
export interface ParamPair {
  input?: string;
  output?: string;
}

/** A set of inputs and outputs that belong together (`param_pair_overrides` item). */
export interface ParamSetPair {
  inputs: string[];
  outputs: string[];
}

/** `DemandExecutionParameters`. */
export interface DemandExecutionParameters {
  command: string[];
  params: Record<string, ParamValue>;
  inputs: string[];
  outputs: string[];
  outputs_metadata: Record<string, Record<string, unknown>>;
  output_s3_prefix?: string;
  param_pair_overrides?: (ParamPair | ParamSetPair)[];
  verbosity: boolean;
}

/** Execution status names accepted as `notify_on` keys. */
export type DemandExecutionStatus =
  'AWAITING_TRIGGER' | 'SUBMITTED' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED' | 'ABORTED';

/** `DemandExecutionMetadata`. */
export interface DemandExecutionMetadata {
  user?: string;
  arn?: string;
  tags?: Record<string, string>;
  notify_on?: Partial<Record<DemandExecutionStatus, boolean>>;
  notify_list?: string[];
}

/** `AWSBatchExecutionPlatform`. */
export interface AwsBatchExecutionPlatform {
  job_queue_name: string;
  job_role?: string;
}

/** `ExecutionPlatform`. */
export interface ExecutionPlatform {
  aws_batch?: AwsBatchExecutionPlatform;
}

/** `DemandResourceRequirements` (memory in MiB). */
export interface DemandResourceRequirements {
  gpu?: number;
  memory?: number;
  vcpus?: number;
}

/** `DemandExecution`. */
export interface DemandExecution {
  execution_type: string;
  execution_id: string;
  execution_image: string;
  execution_parameters: DemandExecutionParameters;
  execution_metadata: DemandExecutionMetadata;
  execution_platform: ExecutionPlatform;
  resource_requirements: DemandResourceRequirements;
}
