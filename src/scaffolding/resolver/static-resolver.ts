import type { Mount } from '../paths/mounts.ts';
import { resolveMountFrom } from './efs-matching.ts';
import type {
  AccessPointDescription,
  EfsDescriptionSource,
  FileSystemDescription,
  MountRequest,
  MountResolver,
} from './mount-resolver.ts';

/** The EFS account a static resolver answers from. */
export interface StaticEfsTables {
  /** Items in the shape of `DescribeFileSystems` → `FileSystems`. */
  readonly fileSystems: readonly FileSystemDescription[];
  /** Items in the shape of `DescribeAccessPoints` → `AccessPoints`. */
  readonly accessPoints: readonly AccessPointDescription[];
}

/**
 * A mount resolver driven by configuration: look-ups by id, ARN or name against the given
 * tables, with the same env-base tag filter and "exactly one match" rules (and errors) as the
 * AWS resolver (scaffolding.md §3.1, decision (d)).
 *
 * @example
 * ```ts
 * const resolver = createStaticMountResolver({
 *   fileSystems: [{ FileSystemId: 'fs-0123456789abcdef0', Tags: [{ Key: 'env_base', Value: 'dev-x' }] }],
 *   accessPoints: [
 *     {
 *       AccessPointId: 'fsap-00000000000000003',
 *       FileSystemId: 'fs-0123456789abcdef0',
 *       Name: 'scratch',
 *       RootDirectory: { Path: '/scratch' },
 *       Tags: [{ Key: 'env_base', Value: 'dev-x' }],
 *     },
 *   ],
 * });
 * await resolver.resolveMount({ accessPoint: 'scratch', mountPath: '/opt/efs/scratch' });
 * ```
 */
export function createStaticMountResolver(tables: StaticEfsTables): MountResolver {
  const source: EfsDescriptionSource = {
    listFileSystems: async () => tables.fileSystems,
    listAccessPoints: async () => tables.accessPoints,
  };
  return {
    resolveMount: (request: MountRequest): Promise<Mount> => resolveMountFrom(source, request),
  };
}
