import { scaffoldingError } from '../errors.ts';
import {
  isAbsolutePath,
  isRelativeTo,
  joinPath,
  purePath,
  relativePath,
  resolvePath,
} from './posix-path.ts';

/**
 * An EFS volume as mounted in a container (or on the host running the handler): which file
 * system and access point, the access point's root directory, and where it is mounted.
 */
export interface Mount {
  readonly fileSystemId: string;
  /** Absent for a mount of the file system root without an access point. */
  readonly accessPointId?: string;
  /** The access point's `RootDirectory.Path`, `/` when none (a pure POSIX path). */
  readonly accessPointRoot: string;
  /** Where it is mounted (a pure, absolute POSIX path). */
  readonly mountPath: string;
}

/** A location on an EFS file system: `<fileSystemId>:<absolute path>`. */
export interface EfsLocation {
  readonly fileSystemId: string;
  readonly path: string;
}

/**
 * The emitted form of an EFS location, `fs-…:/abs/path` (core's `EFSPath.build`).
 *
 * @example
 * ```ts
 * formatEfsPath({ fileSystemId: 'fs-12345678', path: '/scratch/x' }); // 'fs-12345678:/scratch/x'
 * ```
 */
export function formatEfsPath(location: EfsLocation): string {
  return `${location.fileSystemId}:${joinPath('/', location.path)}`;
}

/**
 * `MountPointConfiguration.as_relative_path`: a relative path is returned as is; an absolute
 * one is made relative to the mount path or to the access-point root, checking the longer of
 * the two first (scaffolding.md §2.5). Throws `ExecutionIdOutsideMount` when it is under
 * neither.
 *
 * @example
 * ```ts
 * const m = { fileSystemId: 'fs-1', accessPointRoot: '/scratch', mountPath: '/opt/efs/scratch' };
 * relativeToMount('/opt/efs/scratch/a', m); // 'a'
 * relativeToMount('/scratch/a', m); // 'a'
 * ```
 */
export function relativeToMount(path: string, mount: Mount): string {
  const p = purePath(path);
  if (!isAbsolutePath(p)) return p;
  const mountFirst = [...mount.mountPath].length > [...mount.accessPointRoot].length;
  if (mountFirst && isRelativeTo(p, mount.mountPath)) return relativePath(p, mount.mountPath);
  if (isRelativeTo(p, mount.accessPointRoot)) return relativePath(p, mount.accessPointRoot);
  if (isRelativeTo(p, mount.mountPath)) return relativePath(p, mount.mountPath);
  throw scaffoldingError(
    'ExecutionIdOutsideMount',
    `path ${p} is not relative to either the mount point ${mount.mountPath} or the access point ${mount.accessPointRoot}`,
  );
}

/**
 * `MountPointConfiguration.as_mounted_path`: the absolute path of `path` under the mount.
 *
 * @example
 * ```ts
 * const m = { fileSystemId: 'fs-1', accessPointRoot: '/scratch', mountPath: '/opt/efs/scratch' };
 * asMountedPath('exec-1', m); // '/opt/efs/scratch/exec-1'
 * ```
 */
export function asMountedPath(path: string, mount: Mount): string {
  return resolvePath(joinPath(mount.mountPath, relativeToMount(path, mount)));
}

/** `MountPointConfiguration.as_efs_path`: the absolute path on the file system. */
function asEfsPath(path: string, mount: Mount): string {
  return resolvePath(joinPath(mount.accessPointRoot, relativeToMount(path, mount)));
}

/**
 * Container → EFS (`get_efs_path`): the first mount whose mount path contains `path`
 * (component-wise, `..` not resolved first) translates it. Throws `PathOutsideMounts`.
 *
 * @example
 * ```ts
 * const m = { fileSystemId: 'fs-1', accessPointRoot: '/scratch', mountPath: '/opt/efs/scratch' };
 * toEfs('/opt/efs/scratch/x', [m]); // { fileSystemId: 'fs-1', path: '/scratch/x' }
 * ```
 */
export function toEfs(path: string, mounts: readonly Mount[]): EfsLocation {
  const p = purePath(path);
  for (const mount of mounts) {
    if (isRelativeTo(p, mount.mountPath)) {
      return { fileSystemId: mount.fileSystemId, path: asEfsPath(p, mount) };
    }
  }
  throw scaffoldingError(
    'PathOutsideMounts',
    `local path ${p} is not relative to any of the ${mounts.length} mount points (${mounts
      .map((m) => m.mountPath)
      .join(', ')})`,
    { hint: 'use a path under one of the volumes the job mounts' },
  );
}

/**
 * EFS → container (`get_local_path`): the first mount of the same file system whose
 * access-point root contains the path; `undefined` when none does.
 *
 * @example
 * ```ts
 * const m = { fileSystemId: 'fs-1', accessPointRoot: '/scratch', mountPath: '/opt/efs/scratch' };
 * toContainer({ fileSystemId: 'fs-1', path: '/scratch/x' }, [m]); // '/opt/efs/scratch/x'
 * ```
 */
export function toContainer(location: EfsLocation, mounts: readonly Mount[]): string | undefined {
  const path = joinPath('/', location.path);
  for (const mount of mounts) {
    if (mount.fileSystemId !== location.fileSystemId) continue;
    if (!isRelativeTo(path, mount.accessPointRoot)) continue;
    return asMountedPath(path, mount);
  }
  return undefined;
}

/** {@link toContainer} that throws `UnmountedEfsPath` when no mount maps the location. */
export function toContainerOrThrow(location: EfsLocation, mounts: readonly Mount[]): string {
  const path = toContainer(location, mounts);
  if (path === undefined) {
    throw scaffoldingError(
      'UnmountedEfsPath',
      `could not resolve a container path for EFS path ${formatEfsPath(location)} from ${mounts.length} mount points`,
    );
  }
  return path;
}
