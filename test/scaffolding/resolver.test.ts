import { describe, expect, it } from 'vitest';
import {
  createAwsMountResolver,
  createStaticMountResolver,
  type AccessPointDescription,
  type EfsCommandFactory,
  type FileSystemDescription,
  type MountRequest,
} from '../../src/scaffolding/index.ts';
import { readFixture } from './support.ts';

const env = readFixture('ex1-always-env-file', 'environment.json') as {
  file_systems: FileSystemDescription[];
  access_points: AccessPointDescription[];
};
const tables = { fileSystems: env.file_systems, accessPoints: env.access_points };
const tags = { env_base: 'dev-marmotdev' };
const A = 'fs-0123456789abcdef0';
const B = 'fs-0fedcba9876543210';

describe('static mount resolver (spec §3.1)', () => {
  const resolver = createStaticMountResolver(tables);
  const resolve = (r: Omit<MountRequest, 'mountPath'>) =>
    resolver.resolveMount({ mountPath: '/opt/x', ...r });

  it('finds an access point by name, then its file system by id', async () => {
    expect(await resolve({ accessPoint: 'scratch', tags })).toEqual({
      fileSystemId: A,
      accessPointId: 'fsap-00000000000000003',
      accessPointRoot: '/scratch',
      mountPath: '/opt/x',
    });
  });

  it('looks up ids and ARNs by id, restricted to the configured file system', async () => {
    const arn = `arn:aws:elasticfilesystem:us-west-2:123456789012:access-point/fsap-00000000000000013`;
    expect((await resolve({ fileSystem: B, accessPoint: arn, tags })).accessPointRoot).toBe(
      '/scratch',
    );
    await expect(
      resolve({ fileSystem: A, accessPoint: 'fsap-00000000000000013', tags }),
    ).rejects.toMatchObject({
      code: 'AccessPointNotFound',
    });
  });

  it('looks up a file system by Name and restricts the access point to it', async () => {
    const m = await resolve({ fileSystem: 'dev-marmotdev-fs-b', accessPoint: 'scratch-b', tags });
    expect(m.fileSystemId).toBe(B);
    await expect(
      resolve({ fileSystem: 'dev-marmotdev-fs-b', accessPoint: 'scratch', tags }),
    ).rejects.toMatchObject({
      code: 'AccessPointNotFound',
    });
  });

  it('requires the env_base tag, also for id look-ups (H2/H3)', async () => {
    const other = { env_base: 'prod' };
    await expect(
      resolve({ accessPoint: 'fsap-00000000000000003', tags: other }),
    ).rejects.toMatchObject({
      code: 'AccessPointNotFound',
    });
    await expect(
      resolve({ fileSystem: A, accessPoint: 'scratch', tags: other }),
    ).rejects.toMatchObject({
      code: 'FileSystemNotFound',
      message:
        "found no file systems based on id=fs-0123456789abcdef0, name=None, tags={'env_base': 'prod'}",
    });
  });

  it('requires exactly one match: an empty file-system name matches every tagged file system', async () => {
    await expect(resolve({ fileSystem: '', accessPoint: 'scratch', tags })).rejects.toMatchObject({
      code: 'AmbiguousFileSystem',
      message: expect.stringContaining('(2)'),
    });
    const twice = createStaticMountResolver({
      ...tables,
      accessPoints: [
        ...env.access_points,
        { ...env.access_points[2]!, AccessPointId: 'fsap-99999999999999999' },
      ],
    });
    await expect(
      twice.resolveMount({ accessPoint: 'scratch', mountPath: '/x', tags }),
    ).rejects.toMatchObject({
      code: 'AmbiguousAccessPoint',
    });
  });

  it('fails when the access point file system is not known (no tags on that look-up)', async () => {
    const orphan = createStaticMountResolver({ fileSystems: [], accessPoints: env.access_points });
    await expect(
      orphan.resolveMount({ accessPoint: 'scratch', mountPath: '/x', tags }),
    ).rejects.toMatchObject({
      code: 'FileSystemNotFound',
      message: `found no file systems based on id=${A}, name=None, tags=None`,
    });
  });
});

/** A stub EFS client: pages of the tables, recording the commands it receives. */
function stubClient(pageSize: number) {
  const sent: { name: string; input: Record<string, string> }[] = [];
  const commands: EfsCommandFactory = {
    describeFileSystems: (input) => ({ name: 'DescribeFileSystems', input }),
    describeAccessPoints: (input) => ({ name: 'DescribeAccessPoints', input }),
  };
  const page = <T>(items: T[], token: string | undefined) => {
    const start = token === undefined ? 0 : Number(token);
    const next = start + pageSize < items.length ? String(start + pageSize) : undefined;
    return { items: items.slice(start, start + pageSize), next };
  };
  const client = {
    async send(command: unknown) {
      const c = command as { name: string; input: Record<string, string> };
      sent.push(c);
      if (c.name === 'DescribeFileSystems') {
        const id = c.input['FileSystemId'];
        if (id !== undefined && !env.file_systems.some((f) => f.FileSystemId === id)) {
          throw Object.assign(new Error('not found'), { name: 'FileSystemNotFound' });
        }
        const all = env.file_systems.filter((f) => id === undefined || f.FileSystemId === id);
        const { items, next } = page(all, c.input['Marker']);
        return { FileSystems: items, ...(next === undefined ? {} : { NextMarker: next }) };
      }
      const all = env.access_points.filter(
        (a) =>
          (c.input['AccessPointId'] === undefined ||
            a.AccessPointId === c.input['AccessPointId']) &&
          (c.input['FileSystemId'] === undefined || a.FileSystemId === c.input['FileSystemId']),
      );
      const { items, next } = page(all, c.input['NextToken']);
      return { AccessPoints: items, ...(next === undefined ? {} : { NextToken: next }) };
    },
  };
  return { client, commands, sent };
}

describe('AWS mount resolver (stubbed EFS client)', () => {
  it('follows every page and applies the same rules as the static resolver', async () => {
    const { client, commands, sent } = stubClient(2);
    const aws = createAwsMountResolver({ client, commands });
    const request = { accessPoint: 'tmp', mountPath: '/opt/efs/tmp', tags };
    expect(await aws.resolveMount(request)).toEqual(
      await createStaticMountResolver(tables).resolveMount(request),
    );
    expect(sent.map((s) => [s.name, s.input])).toEqual([
      ['DescribeAccessPoints', {}],
      ['DescribeAccessPoints', { NextToken: '2' }],
      ['DescribeAccessPoints', { NextToken: '4' }],
      ['DescribeFileSystems', { FileSystemId: A }],
    ]);
  });

  it('narrows by file system and by id', async () => {
    const { client, commands, sent } = stubClient(10);
    const aws = createAwsMountResolver({ client, commands });
    await aws.resolveMount({
      fileSystem: B,
      accessPoint: 'fsap-00000000000000013',
      mountPath: '/s',
      tags,
    });
    expect(sent.map((s) => s.input)).toEqual([
      { FileSystemId: B },
      { AccessPointId: 'fsap-00000000000000013' },
    ]);
  });

  it('turns FileSystemNotFound into the resolver error (H2)', async () => {
    const { client, commands } = stubClient(10);
    const aws = createAwsMountResolver({ client, commands });
    await expect(
      aws.resolveMount({
        fileSystem: 'fs-0000000000000000a',
        accessPoint: 'scratch',
        mountPath: '/s',
        tags,
      }),
    ).rejects.toMatchObject({ code: 'FileSystemNotFound' });
  });
});
