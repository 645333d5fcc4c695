import type { Mount } from '../paths/mounts.ts';
import { pathName } from '../paths/posix-path.ts';
import { sha256Hex } from '../python/hashing.ts';

/** `EFS_VOLUME_NAME_MAX_LENGTH`: the longest volume name the scaffolding emits. */
const EFS_VOLUME_NAME_MAX_LENGTH = 24;
/** Hex characters of hash appended to names. */
const DEFAULT_HASH_LENGTH = 8;

/**
 * aws-lambda `condense_str`: a value that fits is returned unchanged; a longer one keeps its
 * first `maxLength - len(delimiter) - hashLength` characters, then the delimiter and the first
 * `hashLength` hex characters of the SHA-256 of the **whole** value.
 *
 * @example
 * ```ts
 * condenseStr('a'.repeat(40), 24); // 'aaaaaaaaaaaaaaa-e33cdf9c'
 * ```
 */
export function condenseStr(
  value: string,
  maxLength: number,
  delimiter = '-',
  hashLength = DEFAULT_HASH_LENGTH,
): string {
  const chars = [...value];
  if (chars.length <= maxLength) return value;
  const keep = maxLength - [...delimiter].length - hashLength;
  return chars.slice(0, keep).join('') + delimiter + sha256Hex(value).slice(0, hashLength);
}

/**
 * aws-lambda `build_efs_volume_name` (1.1.0): the last segment of the mount path (the file
 * system id for `/`), every character other than ASCII letters, digits, `_` and `-` replaced by
 * `-`, outer `-` stripped (`vol` if nothing is left), then `-` and 8 hex of the SHA-256 of
 * `fileSystemId|accessPointId|mountPath`, condensed to 24 characters.
 *
 * @example
 * ```ts
 * buildEfsVolumeName({
 *   fileSystemId: 'fs-0123456789abcdef0',
 *   accessPointId: 'fsap-00000000000000003',
 *   accessPointRoot: '/scratch',
 *   mountPath: '/opt/efs/scratch',
 * }); // 'scratch-328e68a4'
 * ```
 */
export function buildEfsVolumeName(mount: Mount): string {
  const identity = [mount.fileSystemId, mount.accessPointId ?? '', mount.mountPath].join('|');
  let label = [...(pathName(mount.mountPath) || mount.fileSystemId)]
    .map((c) => (/^[A-Za-z0-9_-]$/.test(c) ? c : '-'))
    .join('')
    .replace(/^-+|-+$/g, '');
  if (label === '') label = 'vol';
  return condenseStr(
    `${label}-${sha256Hex(identity).slice(0, DEFAULT_HASH_LENGTH)}`,
    EFS_VOLUME_NAME_MAX_LENGTH,
  );
}
