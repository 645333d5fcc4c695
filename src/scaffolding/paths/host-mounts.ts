import { scaffoldingError } from '../errors.ts';
import type { Mount } from './mounts.ts';
import { isAbsolutePath, purePath } from './posix-path.ts';
import { mountIdSuffix } from '../resolver/efs-ids.ts';
import type { MountResolver } from '../resolver/mount-resolver.ts';

const PATH_VAR = 'EFS_MOUNT_POINT_PATH';
const ID_VAR = 'EFS_MOUNT_POINT_ID';

/** A host mount declared in the environment: `EFS_MOUNT_POINT_PATH_<x>` + `EFS_MOUNT_POINT_ID_<x>`. */
export interface HostMountSpec {
  readonly name: string;
  readonly path: string;
  /** An access point or file system id or ARN. */
  readonly id: string;
}

/**
 * The host mounts declared in an environment (aws-utils `_detect_mount_points_from_env`):
 * every `EFS_MOUNT_POINT_PATH<suffix>` with a matching `EFS_MOUNT_POINT_ID<suffix>`.
 *
 * @example
 * ```ts
 * hostMountSpecsFromEnv({ EFS_MOUNT_POINT_PATH_ROOT: '/mnt/efs', EFS_MOUNT_POINT_ID_ROOT: 'fsap-0123456789abcdef0' });
 * // [{ name: '_ROOT', path: '/mnt/efs', id: 'fsap-0123456789abcdef0' }]
 * ```
 */
export function hostMountSpecsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): HostMountSpec[] {
  const specs: HostMountSpec[] = [];
  for (const [key, path] of Object.entries(env)) {
    if (!key.startsWith(PATH_VAR) || path === undefined) continue;
    const name = key.slice(PATH_VAR.length);
    const id = env[ID_VAR + name];
    if (id === undefined || id === '') continue;
    specs.push({ name, path, id });
  }
  return specs;
}

/**
 * Resolves declared host mounts (no tag filter), drops those that cannot be resolved, are not
 * absolute or are not directories (as the reference does, with a warning there), and
 * de-duplicates by mount path; two different mounts at one path are an error
 * (`ConflictingHostMounts`, H16).
 *
 * @example
 * ```ts
 * const mounts = await resolveHostMounts(specs, resolver, (p) => statSync(p).isDirectory());
 * ```
 */
export async function resolveHostMounts(
  specs: readonly HostMountSpec[],
  resolver: MountResolver,
  isDirectory: (path: string) => boolean,
): Promise<Mount[]> {
  const unique = new Map<string, Mount>();
  for (const spec of specs) {
    const ids = mountIdSuffix(spec.id);
    if (ids === undefined || !isAbsolutePath(spec.path)) continue;
    let mount: Mount;
    try {
      mount = await resolver.resolveMount({
        ...('accessPointId' in ids
          ? { accessPoint: ids.accessPointId }
          : { fileSystem: ids.fileSystemId }),
        mountPath: purePath(spec.path),
      });
    } catch {
      continue;
    }
    if (!isDirectory(mount.mountPath)) continue;
    const other = unique.get(mount.mountPath);
    if (other === undefined) {
      unique.set(mount.mountPath, mount);
      continue;
    }
    const what =
      other.accessPointRoot !== mount.accessPointRoot
        ? `mount points for ${mount.mountPath}: ${mount.accessPointRoot} and ${other.accessPointRoot}`
        : other.fileSystemId !== mount.fileSystemId
          ? `file systems for ${mount.mountPath}: ${mount.fileSystemId} and ${other.fileSystemId}`
          : other.accessPointId !== mount.accessPointId
            ? `access points for ${mount.mountPath}: ${String(mount.accessPointId)} and ${String(other.accessPointId)}`
            : undefined;
    if (what !== undefined)
      throw scaffoldingError('ConflictingHostMounts', `found conflicting ${what}`);
  }
  return [...unique.values()];
}
