import { importOptional } from '../../util/optional-dependency.ts';
import type { Mount } from '../paths/mounts.ts';
import { resolveMountFrom } from './efs-matching.ts';
import type {
  AccessPointDescription,
  EfsDescriptionSource,
  FileSystemDescription,
  MountRequest,
  MountResolver,
} from './mount-resolver.ts';

/** The part of an `EFSClient` the resolver uses (a stub in tests). */
export interface EfsClientLike {
  send(command: unknown): Promise<unknown>;
}

/** Builds the two EFS commands; by default the `@aws-sdk/client-efs` classes. */
export interface EfsCommandFactory {
  describeFileSystems(input: Record<string, string>): unknown;
  describeAccessPoints(input: Record<string, string>): unknown;
}

/** Options of {@link createAwsMountResolver}. */
export interface AwsMountResolverOptions {
  /** An EFS client; by default `new EFSClient({ region })`, created on first use. */
  readonly client?: EfsClientLike;
  /** Region for the default client. */
  readonly region?: string;
  /** Command constructors; by default those of `@aws-sdk/client-efs`, loaded on first use. */
  readonly commands?: EfsCommandFactory;
}

interface Sdk {
  readonly client: EfsClientLike;
  readonly commands: EfsCommandFactory;
}

/** True for the EFS "not found" errors, which mean "no match" to the resolver. */
function isNotFound(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name;
  return name === 'FileSystemNotFound' || name === 'AccessPointNotFound';
}

/**
 * Every item of a paginated EFS listing, fetching pages until the next marker is absent or
 * empty. A "not found" error means no match: the listing is empty.
 */
async function allPages<T>(
  fetchPage: (marker: string | undefined) => Promise<{ items?: T[]; next?: string }>,
): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    try {
      const page = await fetchPage(marker);
      items.push(...(page.items ?? []));
      marker = page.next;
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
  } while (marker !== undefined && marker !== '');
  return items;
}

/**
 * A mount resolver backed by the EFS API: `DescribeFileSystems` and `DescribeAccessPoints`,
 * every page followed (`NextMarker` / `NextToken`), then the same matching rules as the static
 * resolver. The SDK is imported lazily, so loading this module costs nothing until a look-up.
 *
 * @example
 * ```ts
 * const resolver = createAwsMountResolver({ region: 'us-west-2' });
 * const mount = await resolver.resolveMount({
 *   accessPoint: 'scratch',
 *   mountPath: '/opt/efs/scratch',
 *   tags: { env_base: 'dev-marmotdev' },
 * });
 * ```
 */
export function createAwsMountResolver(options: AwsMountResolverOptions = {}): MountResolver {
  let sdk: Promise<Sdk> | undefined;
  const load = (): Promise<Sdk> => {
    sdk ??= (async () => {
      if (options.client !== undefined && options.commands !== undefined) {
        return { client: options.client, commands: options.commands };
      }
      const efs = await importOptional(
        () => import('@aws-sdk/client-efs'),
        '@aws-sdk/client-efs',
        'the EFS resolver',
      );
      return {
        client:
          options.client ??
          new efs.EFSClient(options.region === undefined ? {} : { region: options.region }),
        commands: options.commands ?? {
          describeFileSystems: (input) => new efs.DescribeFileSystemsCommand(input),
          describeAccessPoints: (input) => new efs.DescribeAccessPointsCommand(input),
        },
      };
    })();
    return sdk;
  };

  const source: EfsDescriptionSource = {
    async listFileSystems(filter) {
      const { client, commands } = await load();
      return allPages(async (marker) => {
        const input: Record<string, string> = {};
        if (filter.fileSystemId !== undefined) input['FileSystemId'] = filter.fileSystemId;
        if (marker !== undefined) input['Marker'] = marker;
        const page = (await client.send(commands.describeFileSystems(input))) as {
          FileSystems?: FileSystemDescription[];
          NextMarker?: string;
        };
        return { items: page.FileSystems, next: page.NextMarker };
      });
    },
    async listAccessPoints(filter) {
      const { client, commands } = await load();
      return allPages(async (token) => {
        const input: Record<string, string> = {};
        if (filter.accessPointId !== undefined) input['AccessPointId'] = filter.accessPointId;
        else if (filter.fileSystemId !== undefined) input['FileSystemId'] = filter.fileSystemId;
        if (token !== undefined) input['NextToken'] = token;
        const page = (await client.send(commands.describeAccessPoints(input))) as {
          AccessPoints?: AccessPointDescription[];
          NextToken?: string;
        };
        return { items: page.AccessPoints, next: page.NextToken };
      });
    },
  };

  return {
    resolveMount: (request: MountRequest): Promise<Mount> => resolveMountFrom(source, request),
  };
}
