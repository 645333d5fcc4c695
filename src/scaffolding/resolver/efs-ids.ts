import { AWS_REGION_PATTERN } from '../naming/env-base.ts';

/**
 * EFS identifiers as core validates them: an optional ARN prefix, then `fs-…` / `fsap-…`.
 * ARNs and ids normalise to the bare id (scaffolding.md §1.9).
 */

const ACCOUNT = String.raw`\d{10,12}`;
const FILE_SYSTEM_ID = new RegExp(
  String.raw`^(?:arn:aws[-a-z]*:elasticfilesystem:${AWS_REGION_PATTERN}:${ACCOUNT}:file-system/)?(fs-[0-9a-f]{8,40})$`,
);
const ACCESS_POINT_ID = new RegExp(
  String.raw`^(?:arn:aws[-a-z]*:elasticfilesystem:${AWS_REGION_PATTERN}:${ACCOUNT}:access-point/)?(fsap-[0-9a-f]{8,40})$`,
);
const FILE_SYSTEM_ID_SUFFIX = /fs-[0-9a-f]{8,40}$/;
const ACCESS_POINT_ID_SUFFIX = /fsap-[0-9a-f]{8,40}$/;

/**
 * The normalised file-system id of an id or ARN, or `undefined` when `value` is neither (it is
 * then looked up by name).
 *
 * @example
 * ```ts
 * fileSystemIdOf('arn:aws:elasticfilesystem:us-west-2:123456789012:file-system/fs-0123456789abcdef0');
 * // 'fs-0123456789abcdef0'
 * ```
 */
export function fileSystemIdOf(value: string): string | undefined {
  return FILE_SYSTEM_ID.exec(value)?.[1];
}

/**
 * The normalised access-point id of an id or ARN, or `undefined` (look-up by name).
 *
 * @example
 * ```ts
 * accessPointIdOf('fsap-00000000000000003'); // 'fsap-00000000000000003'
 * accessPointIdOf('scratch'); // undefined
 * ```
 */
export function accessPointIdOf(value: string): string | undefined {
  return ACCESS_POINT_ID.exec(value)?.[1];
}

/**
 * The id at the end of a host-mount identifier (`EFS_MOUNT_POINT_ID_<x>`), as core's
 * `find_suffix`: an access point is recognised before a file system.
 *
 * @example
 * ```ts
 * mountIdSuffix('arn:aws:elasticfilesystem:us-west-2:1:access-point/fsap-0123456789abcdef0');
 * // { accessPointId: 'fsap-0123456789abcdef0' }
 * ```
 */
export function mountIdSuffix(
  value: string,
): { accessPointId: string } | { fileSystemId: string } | undefined {
  const ap = ACCESS_POINT_ID_SUFFIX.exec(value)?.[0];
  if (ap !== undefined) return { accessPointId: ap };
  const fs = FILE_SYSTEM_ID_SUFFIX.exec(value)?.[0];
  return fs === undefined ? undefined : { fileSystemId: fs };
}
