import type { Mount } from '../paths/mounts.ts';

/** A tag as EFS returns it. */
export interface EfsTag {
  readonly Key: string;
  readonly Value: string;
}

/**
 * An item of an EFS `DescribeFileSystems` response (only the fields the resolver reads are
 * typed; others are allowed and ignored).
 */
export interface FileSystemDescription {
  readonly FileSystemId: string;
  readonly FileSystemArn?: string;
  readonly Name?: string;
  readonly Tags?: readonly EfsTag[];
  readonly [key: string]: unknown;
}

/** An item of an EFS `DescribeAccessPoints` response. */
export interface AccessPointDescription {
  readonly AccessPointId: string;
  readonly AccessPointArn?: string;
  readonly FileSystemId: string;
  readonly Name?: string;
  readonly Tags?: readonly EfsTag[];
  readonly RootDirectory?: { readonly Path?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/**
 * What to mount (after role defaults were applied, scaffolding.md §2.4): a file system and/or
 * an access point, each an id, an ARN or a name, and the container path.
 */
export interface MountRequest {
  /** File system id, ARN or name; `undefined` when not configured (`''` is a name look-up). */
  readonly fileSystem?: string;
  /** Access point id, ARN or name. */
  readonly accessPoint?: string;
  /** Where the volume is mounted (a pure, absolute POSIX path). */
  readonly mountPath: string;
  /** Tags both must carry; the scaffolding always asks for `{ env_base: <env base> }`. */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * Resolves a {@link MountRequest} into a concrete {@link Mount}, applying the "exactly one
 * match" rules of scaffolding.md §3.1. Implementations: {@link createStaticMountResolver}
 * (tables of EFS descriptions) and {@link createAwsMountResolver} (the EFS API).
 */
export interface MountResolver {
  resolveMount(request: MountRequest): Promise<Mount>;
}

/**
 * Where the shared matching logic gets EFS descriptions from. A source may narrow by the given
 * filters (the AWS API does) or return everything (a static table); the matching logic applies
 * every filter again either way.
 */
export interface EfsDescriptionSource {
  listFileSystems(filter: {
    readonly fileSystemId?: string;
  }): Promise<readonly FileSystemDescription[]>;
  listAccessPoints(filter: {
    readonly accessPointId?: string;
    readonly fileSystemId?: string;
  }): Promise<readonly AccessPointDescription[]>;
}
