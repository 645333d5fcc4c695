import { scaffoldingError } from '../errors.ts';
import type { Mount } from '../paths/mounts.ts';
import { purePath } from '../paths/posix-path.ts';
import { pyStrRepr } from '../python/py-repr.ts';
import { accessPointIdOf, fileSystemIdOf } from './efs-ids.ts';
import type {
  AccessPointDescription,
  EfsDescriptionSource,
  EfsTag,
  FileSystemDescription,
  MountRequest,
} from './mount-resolver.ts';

type Tags = Readonly<Record<string, string>>;

/** Python's rendering of an optional filter value in the reference's messages. */
function show(value: string | undefined): string {
  return value === undefined ? 'None' : value;
}

function showTags(tags: Tags | undefined): string {
  if (tags === undefined) return 'None';
  const entries = Object.entries(tags).map(([k, v]) => `${pyStrRepr(k)}: ${pyStrRepr(v)}`);
  return `{${entries.join(', ')}}`;
}

function hasTags(itemTags: readonly EfsTag[] | undefined, wanted: Tags | undefined): boolean {
  if (wanted === undefined) return true;
  const have = new Map((itemTags ?? []).map((t) => [t.Key, t.Value]));
  return Object.entries(wanted).every(([k, v]) => have.get(k) === v);
}

/** `Name` of a description, falling back to its `Name` tag. */
function nameOf(item: { Name?: string; Tags?: readonly EfsTag[] }): string | undefined {
  return item.Name ?? item.Tags?.find((t) => t.Key === 'Name')?.Value;
}

/**
 * aws-utils `get_efs_file_system`: the one file system with this id (or name; an empty name
 * filters nothing) carrying the tags. Throws `FileSystemNotFound` / `AmbiguousFileSystem` (H2).
 *
 * @example
 * ```ts
 * await getFileSystem(source, { id: 'fs-0123456789abcdef0', tags: { env_base: 'dev-x' } });
 * ```
 */
async function getFileSystem(
  source: EfsDescriptionSource,
  filter: { id?: string; name?: string; tags?: Tags },
): Promise<FileSystemDescription> {
  const all = await source.listFileSystems(
    filter.id === undefined ? {} : { fileSystemId: filter.id },
  );
  const found = all.filter(
    (fs) =>
      (filter.id === undefined || fs.FileSystemId === filter.id) &&
      (filter.name === undefined || filter.name === '' || nameOf(fs) === filter.name) &&
      hasTags(fs.Tags, filter.tags),
  );
  const where = `id=${show(filter.id)}, name=${show(filter.name)}, tags=${showTags(filter.tags)}`;
  return exactlyOne(found, where, FILE_SYSTEMS);
}

/** What {@link exactlyOne} is choosing, for its errors. */
interface Choosing {
  readonly plural: string;
  readonly ambiguous: 'AmbiguousFileSystem' | 'AmbiguousAccessPoint';
  readonly missing: 'FileSystemNotFound' | 'AccessPointNotFound';
  readonly hint: string;
}

const FILE_SYSTEMS: Choosing = {
  plural: 'file systems',
  ambiguous: 'AmbiguousFileSystem',
  missing: 'FileSystemNotFound',
  hint: 'check the file system id or Name and its env_base tag',
};

const ACCESS_POINTS: Choosing = {
  plural: 'access points',
  ambiguous: 'AmbiguousAccessPoint',
  missing: 'AccessPointNotFound',
  hint: 'check the access point id or Name and its env_base tag',
};

/** The reference's exactly-one-match rule (spec §3): several or none is an error. */
function exactlyOne<T>(found: readonly T[], where: string, what: Choosing): T {
  if (found.length > 1) {
    throw scaffoldingError(
      what.ambiguous,
      `found more than one ${what.plural} (${found.length}) based on ${where}`,
    );
  }
  const [only] = found;
  if (only === undefined) {
    throw scaffoldingError(what.missing, `found no ${what.plural} based on ${where}`, {
      hint: what.hint,
    });
  }
  return only;
}

/**
 * aws-utils `get_efs_access_point`: the one access point with this id (or name), on the given
 * file system when there is one, carrying the tags. Throws `AccessPointNotFound` /
 * `AmbiguousAccessPoint` (H3).
 *
 * @example
 * ```ts
 * await getAccessPoint(source, { name: 'scratch', tags: { env_base: 'dev-x' } });
 * ```
 */
async function getAccessPoint(
  source: EfsDescriptionSource,
  filter: { id?: string; name?: string; tags?: Tags; fileSystemId?: string },
): Promise<AccessPointDescription> {
  const all = await source.listAccessPoints({
    ...(filter.id === undefined ? {} : { accessPointId: filter.id }),
    ...(filter.fileSystemId === undefined ? {} : { fileSystemId: filter.fileSystemId }),
  });
  const found = all.filter(
    (ap) =>
      (filter.id === undefined || ap.AccessPointId === filter.id) &&
      (filter.fileSystemId === undefined || ap.FileSystemId === filter.fileSystemId) &&
      (filter.name === undefined || filter.name === '' || nameOf(ap) === filter.name) &&
      hasTags(ap.Tags, filter.tags),
  );
  const where =
    `access point filters (id=${show(filter.id)}, name=${show(filter.name)}, ` +
    `tags=${showTags(filter.tags)}) and on file system filters ` +
    `(id=${show(filter.fileSystemId)}, name=None, tags=None)`;
  return exactlyOne(found, where, ACCESS_POINTS);
}

/**
 * aws-utils `MountPointConfiguration.build`: resolves the file system (by id or name, with the
 * tags) when one is configured, then the access point (by id or name, on that file system,
 * with the tags), then — without a configured file system — the access point's file system
 * (by id, no tags). Shared by the static and the AWS resolver.
 *
 * @example
 * ```ts
 * const mount = await resolveMountFrom(source, {
 *   accessPoint: 'scratch',
 *   mountPath: '/opt/efs/scratch',
 *   tags: { env_base: 'dev-marmotdev' },
 * });
 * ```
 */
export async function resolveMountFrom(
  source: EfsDescriptionSource,
  request: MountRequest,
): Promise<Mount> {
  if (request.accessPoint === undefined && request.fileSystem === undefined) {
    throw scaffoldingError(
      'MissingMountTarget',
      'either access point or file system must be provided',
    );
  }
  let fileSystem: FileSystemDescription | undefined;
  if (request.fileSystem !== undefined) {
    const id = fileSystemIdOf(request.fileSystem);
    fileSystem = await getFileSystem(source, {
      ...(id === undefined ? { name: request.fileSystem } : { id }),
      ...(request.tags === undefined ? {} : { tags: request.tags }),
    });
  }
  let accessPoint: AccessPointDescription | undefined;
  if (request.accessPoint !== undefined) {
    const id = accessPointIdOf(request.accessPoint);
    accessPoint = await getAccessPoint(source, {
      ...(id === undefined ? { name: request.accessPoint } : { id }),
      ...(request.tags === undefined ? {} : { tags: request.tags }),
      ...(fileSystem === undefined ? {} : { fileSystemId: fileSystem.FileSystemId }),
    });
  }
  if (fileSystem === undefined && accessPoint !== undefined) {
    fileSystem = await getFileSystem(source, { id: accessPoint.FileSystemId });
  }
  if (fileSystem === undefined) {
    throw scaffoldingError(
      'MissingMountTarget',
      'either access point or file system must be provided',
    );
  }
  return {
    fileSystemId: fileSystem.FileSystemId,
    ...(accessPoint === undefined ? {} : { accessPointId: accessPoint.AccessPointId }),
    accessPointRoot: purePath(accessPoint?.RootDirectory?.Path ?? '/'),
    mountPath: purePath(request.mountPath),
  };
}
