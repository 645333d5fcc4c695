import { scaffoldingError } from '../errors.ts';
import type { DemandExecution } from '../models/demand-execution.ts';
import { sha256HexDigest } from '../python/hashing.ts';
import { pyStrRepr } from '../python/py-repr.ts';

/** `ECS_VOLUME_COMPONENT_BUDGET`: task family + revision + volume name. */
const ECS_VOLUME_COMPONENT_BUDGET = 139;
const REVISION_DIGITS = 3;

/**
 * core `DemandExecution.get_execution_hash`: SHA-256 of the Python-JSON text of
 * `[type, image, command]`, plus `[execution_id, serialized params, inputs, outputs]` when
 * strict. `serializedParams` are the params exactly as they serialize in the response.
 *
 * @example
 * ```ts
 * declare const execution: DemandExecution;
 * executionHash(execution, false); // shared by every execution of the same type/image/command
 * ```
 */
export function executionHash(
  execution: DemandExecution,
  strict: boolean,
  serializedParams?: Readonly<Record<string, unknown>>,
): string {
  const p = execution.execution_parameters;
  const components: unknown[] = [execution.execution_type, execution.execution_image, p.command];
  if (strict) {
    components.push(execution.execution_id, serializedParams ?? p.params, p.inputs, p.outputs);
  }
  return sha256HexDigest(components);
}

/**
 * core `EnvBase.get_job_name`: `<envBase>-<name>-<hash>`, without repeating the env base when
 * `name` already is it or starts with `<envBase>-`.
 *
 * @example
 * ```ts
 * getJobName('dev-marmotdev', 'custom', 'abc'); // 'dev-marmotdev-custom-abc'
 * getJobName('dev-marmotdev', 'dev-marmotdev-x', 'abc'); // 'dev-marmotdev-x-abc'
 * ```
 */
export function getJobName(envBase: string, name: string, hash: string): string {
  if (name === envBase || name.startsWith(envBase + '-')) return `${name}-${hash}`;
  return `${envBase}-${name}-${hash}`;
}

/**
 * aws-lambda `check_ecs_volume_component_budget`: the job definition name, 3 revision digits
 * and the longest volume name must fit in 139 characters, or the container fails to start with
 * "File name too long" from efs-utils. Throws `NameBudgetExceeded` (H11).
 *
 * @example
 * ```ts
 * checkNameBudget('dev-x-custom-' + 'f'.repeat(64), ['scratch-328e68a4']); // fits
 * ```
 */
export function checkNameBudget(jobDefinitionName: string, volumeNames: readonly string[]): void {
  if (volumeNames.length === 0) return;
  let longest = volumeNames[0] ?? '';
  for (const name of volumeNames) if ([...name].length > [...longest].length) longest = name;
  const nameLength = [...jobDefinitionName].length;
  const volumeLength = [...longest].length;
  const total = nameLength + REVISION_DIGITS + volumeLength;
  if (total > ECS_VOLUME_COMPONENT_BUDGET) {
    throw scaffoldingError(
      'NameBudgetExceeded',
      `job definition name and volume names exceed the ECS/EFS mount path budget: ` +
        `job_definition_name(${nameLength}) + revision(${REVISION_DIGITS}) + volume(${volumeLength}) = ${total} > ${ECS_VOLUME_COMPONENT_BUDGET}. ` +
        `Exceeding it fails at container start with a 'File name too long' error from efs-utils, not at registration. ` +
        `job_definition_name=${pyStrRepr(jobDefinitionName)}, longest volume=${pyStrRepr(longest)}`,
      {
        field: '/demand_execution/execution_type',
        hint: 'use a shorter execution_type (the job definition name carries it)',
      },
    );
  }
}
