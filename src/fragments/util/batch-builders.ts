import {
  isExpression,
  type Intrinsic,
  type JsonPath,
  type Placeholder,
  type Template,
} from '../../dsl/index.ts';

/** A literal or a reference: a string (a `$…` string is a reference where the reference library auto-refs), `path()`, an intrinsic or a `placeholder()`. */
export type StringValue = string | JsonPath | Intrinsic | Placeholder;

/** A number for AWS Batch: a number, a string (`"1024"` or a `$…` reference) or `path()`. */
export type BatchNumber = number | StringValue;

/**
 * An EFS mount for a Batch container (the reference's `MountPointConfiguration`): where it is
 * mounted, and either an access point or a file system (with an optional root directory).
 */
export interface MountPointConfiguration {
  /** Path inside the container, e.g. `/opt/efs`. */
  readonly mountPoint: string;
  /** EFS file system id, e.g. `fs-0123`. */
  readonly fileSystemId: string | Placeholder;
  /** EFS access point id; when set, transit encryption is enabled and IAM is disabled. */
  readonly accessPointId?: string | Placeholder;
  /** Root directory of the file system when no access point is used (default `/`). */
  readonly rootDirectory?: string;
  /** Mount read-only (default `false`). */
  readonly readOnly?: boolean;
}

/** Python truthiness of an optional list or value (`[]` and `''` are false). @internal */
export function truthy(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
}

/**
 * Compares two strings by Unicode code points (Python's `sorted` order).
 *
 * @example
 * ```ts
 * ['b', '_a', 'A'].sort(compareCodePoints); // ['A', '_a', 'b']
 * ```
 */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0) ?? 0);
  const y = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * The Batch environment list of a map: `{ name, value }` entries sorted by name (code-point
 * order: upper-case before `_` before lower-case), entries whose value is `undefined` (Python
 * `None`) dropped; `null` (the reference's `JsonNull`) is kept, as `to_key_value_pairs` keeps it.
 * A reference (a `$…` string or `path()`) is returned as is: it must point at a Name/Value list at
 * runtime. Keys are camelCase (PascalCased with the whole request).
 *
 * @example
 * ```ts
 * toEnvironmentList({ FOO: 'bar', ABC: 'xyz', GONE: undefined });
 * // [{ name: 'ABC', value: 'xyz' }, { name: 'FOO', value: 'bar' }]
 * ```
 */
export function toEnvironmentList(
  environment: Readonly<Record<string, Template>> | StringValue | undefined,
): Template {
  if (environment === undefined) return [];
  if (typeof environment === 'string' || isExpression(environment)) return environment;
  const entries = Object.entries(environment as Record<string, Template>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => compareCodePoints(a, b));
  return entries.map(([name, value]) => ({ name, value }));
}

/**
 * The Batch resource requirements, in the fixed order GPU, MEMORY, VCPU, for the given values
 * only; numbers become strings (`2048` → `"2048"`), references stay references.
 *
 * @example
 * ```ts
 * toResourceRequirements({ memory: 2048, vcpus: 2 });
 * // [{ type: 'MEMORY', value: '2048' }, { type: 'VCPU', value: '2' }]
 * ```
 */
export function toResourceRequirements(values: {
  readonly gpu?: BatchNumber | undefined;
  readonly memory?: BatchNumber | undefined;
  readonly vcpus?: BatchNumber | undefined;
}): Template[] {
  const out: Template[] = [];
  const add = (type: string, v: BatchNumber | undefined) => {
    if (v === undefined || v === null) return;
    out.push({ type, value: typeof v === 'number' ? String(v) : v });
  };
  add('GPU', values.gpu);
  add('MEMORY', values.memory);
  add('VCPU', values.vcpus);
  return out;
}

/**
 * The fixed job-definition retry strategy of the reference (camelCase keys, PascalCased with the
 * request): 5 attempts, retry on Docker timeouts and EC2 host problems, exit otherwise.
 *
 * @example
 * ```ts
 * jobDefinitionRetryStrategy().attempts; // 5
 * ```
 */
export function jobDefinitionRetryStrategy(): {
  attempts: number;
  evaluateOnExit: Record<string, string>[];
} {
  return {
    attempts: 5,
    evaluateOnExit: [
      { action: 'RETRY', onStatusReason: 'Task failed to start', onReason: 'DockerTimeoutError*' },
      { action: 'RETRY', onStatusReason: 'Host EC2*' },
      { action: 'EXIT', onStatusReason: '*' },
    ],
  };
}

/**
 * The Batch mount point of an EFS mount configuration (PascalCase, as Step Functions' Batch
 * integration expects).
 *
 * @example
 * ```ts
 * toBatchMountPoint({ mountPoint: '/opt/efs', fileSystemId: 'fs-1', accessPointId: 'fsap-1' }, 'efs-vol0');
 * // { ReadOnly: false, ContainerPath: '/opt/efs', SourceVolume: 'efs-vol0' }
 * ```
 */
export function toBatchMountPoint(
  config: MountPointConfiguration,
  volumeName: string,
): Record<string, Template> {
  return {
    ReadOnly: config.readOnly ?? false,
    ContainerPath: config.mountPoint,
    SourceVolume: volumeName,
  };
}

/**
 * The Batch volume of an EFS mount configuration: with an access point, transit encryption on
 * and IAM authorisation off; otherwise the file system's root directory (default `/`).
 *
 * @example
 * ```ts
 * toBatchVolume({ mountPoint: '/opt/efs', fileSystemId: 'fs-1' }, 'efs-vol0');
 * // { Name: 'efs-vol0', EfsVolumeConfiguration: { FileSystemId: 'fs-1', RootDirectory: '/' } }
 * ```
 */
export function toBatchVolume(
  config: MountPointConfiguration,
  volumeName: string,
): Record<string, Template> {
  // The reference tests truthiness (`if self.access_point`, `root_directory or "/"`).
  const efs: Record<string, Template> =
    config.accessPointId !== undefined && config.accessPointId !== ''
      ? {
          FileSystemId: config.fileSystemId,
          TransitEncryption: 'ENABLED',
          AuthorizationConfig: { AccessPointId: config.accessPointId, Iam: 'DISABLED' },
        }
      : { FileSystemId: config.fileSystemId, RootDirectory: config.rootDirectory || '/' };
  return { Name: volumeName, EfsVolumeConfiguration: efs };
}

/**
 * Mount points and volumes for a list of EFS mount configurations, with volume names
 * `efs-vol0`, `efs-vol1`, … (or the given names).
 *
 * @example
 * ```ts
 * const { mountPoints, volumes } = toMountPointsAndVolumes([{ mountPoint: '/opt/efs', fileSystemId: 'fs-1' }]);
 * ```
 */
export function toMountPointsAndVolumes(
  configs: readonly MountPointConfiguration[],
  volumeName: (index: number) => string = (i) => `efs-vol${i}`,
): { mountPoints: Template[]; volumes: Template[] } {
  return {
    mountPoints: configs.map((c, i) => toBatchMountPoint(c, volumeName(i))),
    volumes: configs.map((c, i) => toBatchVolume(c, volumeName(i))),
  };
}

/**
 * The file-system entry of the demand-execution scaffolding request:
 * `{ file_system, access_point (if any), container_path }`.
 *
 * @example
 * ```ts
 * toFileSystemConfiguration({ mountPoint: '/opt/shared', fileSystemId: 'fs-0123', accessPointId: 'fsap-shared' });
 * // { file_system: 'fs-0123', access_point: 'fsap-shared', container_path: '/opt/shared' }
 * ```
 */
export function toFileSystemConfiguration(
  config: MountPointConfiguration,
): Record<string, Template> {
  return {
    file_system: config.fileSystemId,
    access_point: config.accessPointId === '' ? undefined : config.accessPointId,
    container_path: config.mountPoint,
  };
}
