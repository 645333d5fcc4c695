import { scaffoldingError } from '../errors.ts';
import type {
  BatchResourceRequirement,
  CreateDefinitionAndPrepareArgsRequest,
} from '../models/batch-create-request.ts';
import type { EnvFileWriteMode } from '../models/configurations.ts';
import type { DemandExecution } from '../models/demand-execution.ts';
import { checkRegion } from '../naming/env-base.ts';
import { checkNameBudget, executionHash, getJobName } from '../naming/job-name.ts';
import { toEnvName } from '../params/env-name.ts';
import type { JobParam } from '../params/job-param.ts';
import { parametersPointer } from '../params/param-issue.ts';
import { formatEfsPath, toContainerOrThrow, toEfs, type EfsLocation } from '../paths/mounts.ts';
import { joinPath } from '../paths/posix-path.ts';
import {
  ENV_SIZE_THRESHOLD,
  ENVIRONMENT_FILE_VAR,
  environmentSize,
  renderEnvFile,
  splitEnvironment,
} from './env-file.ts';
import { toBatchMountPoint, toBatchVolume, type JobVolume } from './volumes.ts';

/** Where the env file goes: its EFS location and its path in the container. */
export interface EnvFileLocation {
  /** `fs-…:/…/.demand.env` */
  readonly efsPath: string;
  readonly fileSystemId: string;
  /** Absolute path on the file system. */
  readonly path: string;
  /** Where the job sees it (`_ENVIRONMENT_FILE`). */
  readonly containerPath: string;
}

/** An env file the caller must write (to EFS) before the job starts. */
export interface EnvFile extends EnvFileLocation {
  readonly content: string;
}

/** What the job builder needs besides the execution. */
export interface BatchJobInputs {
  readonly execution: DemandExecution;
  readonly jobParams: readonly JobParam[];
  /** The params as they serialize in the response (hashed into the job name). */
  readonly serializedParams: Readonly<Record<string, unknown>>;
  readonly volumes: readonly JobVolume[];
  readonly efsWorkingPath: EfsLocation;
  readonly efsTmpPath: EfsLocation;
  readonly envBase: string;
  readonly region: string;
  readonly envFileWriteMode: EnvFileWriteMode;
  readonly envFileWritable: boolean | ((location: EnvFileLocation) => boolean);
}

/**
 * aws-lambda `generate_batch_job_builder` (scaffolding.md §2.9): environment (fixed variables,
 * then params; H7), pre-commands, command (H8), env file (ALWAYS / IF_REQUIRED / NEVER; H9),
 * volumes, platform check (H10), job definition name, name budget (H11), job name, `ENV_BASE`
 * and `AWS_REGION` (H12), tags and resource requirements. Queue and retry strategy are added by
 * the caller.
 *
 * @example
 * ```ts
 * const { request, envFile } = buildBatchJob(inputs);
 * request.command[0]; // '/bin/bash'
 * ```
 */
export function buildBatchJob(inputs: BatchJobInputs): {
  request: Omit<CreateDefinitionAndPrepareArgsRequest, 'job_queue_name'>;
  envFile: EnvFile | undefined;
} {
  const { execution } = inputs;
  const mounts = inputs.volumes.map((v) => v.mount);
  const workingDir = toContainerOrThrow(inputs.efsWorkingPath, mounts);
  const tmpDir = toContainerOrThrow(inputs.efsTmpPath, mounts);

  let environment = new Map<string, string>([
    ['EXECUTION_ID', execution.execution_id],
    ['WORKING_DIR', workingDir],
    ['TMPDIR', tmpDir],
  ]);
  for (const p of inputs.jobParams) {
    const env = toEnvName(p.name);
    const existing = environment.get(env);
    if (existing !== undefined && existing !== p.value) {
      throw scaffoldingError(
        'EnvironmentConflict',
        `environment already contains ${env} with a different value`,
        {
          field: parametersPointer(['params', p.name]),
          hint: 'EXECUTION_ID, WORKING_DIR and TMPDIR are set by the scaffolding; rename the param',
        },
      );
    }
    environment.set(env, p.value);
  }

  // Quoted expansions: a path with spaces or glob characters stays one word (deviation 11).
  const preCommands = [
    ['mkdir', '-p', '"${WORKING_DIR}"'],
    ['mkdir', '-p', '"${TMPDIR}"'],
    ['cd', '"${WORKING_DIR}"'],
  ];
  const command = execution.execution_parameters.command;
  if (command.length === 0) {
    throw scaffoldingError('MissingCommand', 'must specify command for demand execution', {
      field: parametersPointer(['command']),
    });
  }

  let envFile: EnvFile | undefined;
  const containerPath = joinPath(workingDir, '.demand.env');
  const efs = toEfs(containerPath, mounts);
  const location: EnvFileLocation = {
    efsPath: formatEfsPath(efs),
    fileSystemId: efs.fileSystemId,
    path: efs.path,
    containerPath,
  };
  const writable =
    typeof inputs.envFileWritable === 'function'
      ? inputs.envFileWritable(location)
      : inputs.envFileWritable;
  if (writable && inputs.envFileWriteMode !== 'NEVER') {
    const confirm =
      inputs.envFileWriteMode === 'ALWAYS' || environmentSize(environment) > ENV_SIZE_THRESHOLD;
    if (confirm) {
      const { required, file } = splitEnvironment(environment, [...command, ...preCommands.flat()]);
      envFile = { ...location, content: renderEnvFile(file) };
      environment = required;
      environment.set(ENVIRONMENT_FILE_VAR, containerPath);
      preCommands.push(['.', `"\${${ENVIRONMENT_FILE_VAR}}"`]);
    }
  }
  const commandString = [...preCommands, command].map((c) => c.join(' ')).join(' && ');

  const batch = execution.execution_platform.aws_batch;
  if (batch === undefined) {
    throw scaffoldingError(
      'MissingBatchPlatform',
      'demand execution has no aws_batch execution platform configuration: aws_batch=None',
      {
        field: '/demand_execution/execution_platform/aws_batch',
        hint: 'set execution_platform.aws_batch.job_queue_name',
      },
    );
  }
  const jobDefinitionName = getJobName(
    inputs.envBase,
    execution.execution_type,
    executionHash(execution, false),
  );
  checkNameBudget(
    jobDefinitionName,
    inputs.volumes.map((v) => v.name),
  );
  const jobName = getJobName(
    inputs.envBase,
    execution.execution_type,
    executionHash(execution, true, inputs.serializedParams),
  );
  environment.set('ENV_BASE', inputs.envBase);
  environment.set('AWS_REGION', checkRegion(inputs.region));

  const rr = execution.resource_requirements;
  const resources: BatchResourceRequirement[] = [];
  if (rr.gpu !== undefined) resources.push({ type: 'GPU', value: String(rr.gpu) });
  if (rr.memory !== undefined) resources.push({ type: 'MEMORY', value: String(rr.memory) });
  if (rr.vcpus !== undefined) resources.push({ type: 'VCPU', value: String(rr.vcpus) });

  return {
    request: {
      image: execution.execution_image,
      job_definition_name: jobDefinitionName,
      ...(batch.job_role === undefined ? {} : { job_role_arn: batch.job_role }),
      job_name: jobName,
      command: ['/bin/bash', '-c', commandString],
      environment: Object.fromEntries(environment),
      job_definition_tags: { USER: execution.execution_metadata.user || 'unknown' },
      resource_requirements: resources,
      mount_points: inputs.volumes.map(toBatchMountPoint),
      volumes: inputs.volumes.map(toBatchVolume),
      privileged: true,
    },
    envFile,
  };
}
