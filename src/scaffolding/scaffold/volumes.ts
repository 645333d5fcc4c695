import type { BatchMountPoint, BatchVolume } from '../models/batch-create-request.ts';
import type { DemandFileSystemConfigurations } from '../models/configurations.ts';
import { buildEfsVolumeName } from '../naming/volume-name.ts';
import type { Mount } from '../paths/mounts.ts';
import { purePath } from '../paths/posix-path.ts';
import type { MountResolver } from '../resolver/mount-resolver.ts';
import { selectFileSystem } from './select-file-system.ts';

/** The three volume roles, in the order they are processed and mounted. */
export type VolumeRole = 'scratch' | 'shared' | 'tmp';

/** A resolved volume of the job. */
export interface JobVolume {
  readonly role: VolumeRole;
  readonly mount: Mount;
  readonly readOnly: boolean;
  readonly name: string;
}

/** Role defaults (aws-utils `constants/efs.py`): access point name, container path, read-only. */
const ROLE_DEFAULTS: Readonly<
  Record<VolumeRole, { accessPoint: string; containerPath: string; readOnly: boolean }>
> = {
  scratch: { accessPoint: 'scratch', containerPath: '/opt/efs/scratch', readOnly: false },
  shared: { accessPoint: 'shared', containerPath: '/opt/efs/shared', readOnly: true },
  tmp: { accessPoint: 'tmp', containerPath: '/opt/efs/tmp', readOnly: false },
};

/**
 * Selects and resolves the volumes, role by role — scratch, shared, then tmp (only when it has
 * candidates) — applying the role defaults to empty fields and asking the resolver for a mount
 * tagged `env_base=<env base>` (scaffolding.md §2.3–2.4).
 *
 * @example
 * ```ts
 * const volumes = await resolveVolumes(configs, 'exec-1', 'dev-marmotdev', resolver);
 * volumes.map((v) => v.name); // ['scratch-328e68a4', 'shared-557410e1']
 * ```
 */
export async function resolveVolumes(
  configs: DemandFileSystemConfigurations,
  executionId: string,
  envBase: string,
  resolver: MountResolver,
): Promise<JobVolume[]> {
  const volumes: JobVolume[] = [];
  for (const role of ['scratch', 'shared', 'tmp'] as const) {
    const candidates = configs[role];
    if (role === 'tmp' && candidates.length === 0) continue;
    const chosen = selectFileSystem(
      candidates,
      configs.selection_strategy,
      `${executionId}#${role}`,
    );
    const defaults = ROLE_DEFAULTS[role];
    const mount = await resolver.resolveMount({
      ...(chosen.file_system === undefined ? {} : { fileSystem: chosen.file_system }),
      accessPoint: chosen.access_point || defaults.accessPoint,
      mountPath: purePath(chosen.container_path || defaults.containerPath),
      tags: { env_base: envBase },
    });
    volumes.push({ role, mount, readOnly: defaults.readOnly, name: buildEfsVolumeName(mount) });
  }
  return volumes;
}

/**
 * The Batch mount point of a volume.
 *
 * @example
 * ```ts
 * toBatchMountPoint(volume); // { readOnly: false, containerPath: '/opt/efs/scratch', sourceVolume: 'scratch-…' }
 * ```
 */
export function toBatchMountPoint(volume: JobVolume): BatchMountPoint {
  return {
    readOnly: volume.readOnly,
    containerPath: volume.mount.mountPath,
    sourceVolume: volume.name,
  };
}

/**
 * The Batch volume of a volume: EFS at `/`, with transit encryption and the access point when
 * there is one.
 *
 * @example
 * ```ts
 * toBatchVolume(volume).efsVolumeConfiguration.rootDirectory; // '/'
 * ```
 */
export function toBatchVolume(volume: JobVolume): BatchVolume {
  const ap = volume.mount.accessPointId;
  return {
    name: volume.name,
    efsVolumeConfiguration: {
      fileSystemId: volume.mount.fileSystemId,
      rootDirectory: '/',
      ...(ap === undefined
        ? {}
        : {
            transitEncryption: 'ENABLED' as const,
            authorizationConfig: { accessPointId: ap, iam: 'DISABLED' as const },
          }),
    },
  };
}
