import { describe, expect, it } from 'vitest';
import { prepareDemandScaffolding, type ScaffoldingContext } from '../../src/scaffolding/index.ts';
import { resolveHostMounts } from '../../src/scaffolding/paths/host-mounts.ts';
import { resolveMountFrom } from '../../src/scaffolding/resolver/efs-matching.ts';
import { createStaticMountResolver } from '../../src/scaffolding/resolver/static-resolver.ts';
import { selectFileSystem } from '../../src/scaffolding/scaffold/select-file-system.ts';
import { exampleContext, paramsOf, readFixture, requestWith } from './support.ts';
import { relativeToMount, toEfs } from '../../src/scaffolding/paths/mounts.ts';

async function expectError(
  request: unknown,
  code: string,
  message?: RegExp,
  context: ScaffoldingContext = exampleContext(),
): Promise<void> {
  const run = prepareDemandScaffolding(request, context);
  await expect(run).rejects.toMatchObject({ code });
  if (message !== undefined) await expect(run).rejects.toThrow(message);
}

describe('handling errors (spec §5.2, one test each)', () => {
  it('H1 env base missing or invalid', async () => {
    await expectError(
      requestWith(() => {}),
      'InvalidEnvBase',
      /could not resolve Env Base/,
      exampleContext({ envBase: '' }),
    );
    await expectError(
      requestWith(() => {}),
      'InvalidEnvBase',
      /does not match/,
      exampleContext({ envBase: 'staging' }),
    );
  });

  it('H2 file system not found or ambiguous', async () => {
    await expectError(
      requestWith(
        (_e, r) => (r['file_system_configurations'] = { scratch: { file_system: 'nope' } }),
      ),
      'FileSystemNotFound',
      /id=None, name=nope, tags=\{'env_base': 'dev-marmotdev'\}/,
    );
    await expectError(
      requestWith((_e, r) => (r['file_system_configurations'] = { scratch: { file_system: '' } })),
      'AmbiguousFileSystem',
    );
  });

  it('H3 access point not found (EX4 wording)', async () => {
    await expectError(
      requestWith(
        (_e, r) => (r['file_system_configurations'] = { scratch: { access_point: 'nope' } }),
      ),
      'AccessPointNotFound',
      /found no access points based on access point filters \(id=None, name=nope, tags=\{'env_base': 'dev-marmotdev'\}\) and on file system filters \(id=None, name=None, tags=None\)/,
    );
  });

  it('H4 absolute execution id outside the scratch mount', () => {
    // A request can no longer reach H4: an execution id must be one path segment (deviation
    // 10, UnsafeExecutionId, in deviations.test.ts). The mount arithmetic still raises it.
    const mount = {
      fileSystemId: 'fs-1',
      accessPointRoot: '/scratch',
      mountPath: '/opt/efs/scratch',
    };
    expect(() => relativeToMount('/elsewhere/x', mount)).toThrow(
      /path \/elsewhere\/x is not relative to either the mount point \/opt\/efs\/scratch or the access point \/scratch/,
    );
  });

  it('H5 a local path or working directory outside every mount', async () => {
    // A request can no longer reach H5: a local path outside the working folder is refused
    // first (deviation 10, PathOutsideWorkingDir, in deviations.test.ts). The mount arithmetic
    // still raises it.
    await expectError(
      requestWith((e) =>
        Object.assign(paramsOf(e), { params: { A: 's3://bucket/k @ /data/x' }, inputs: ['A'] }),
      ),
      'PathOutsideWorkingDir',
      /the local path of input 'A' leads to \/data\/x, outside the execution's working folder/,
    );
    const mounts = [
      { fileSystemId: 'fs-1', accessPointRoot: '/scratch', mountPath: '/opt/efs/scratch' },
      { fileSystemId: 'fs-2', accessPointRoot: '/shared', mountPath: '/opt/efs/shared' },
    ];
    expect(() => toEfs('/data/x', mounts)).toThrow(
      /local path \/data\/x is not relative to any of the 2 mount points/,
    );
  });

  it('H6 a rewritten input that cannot be written back as a string', async () => {
    await expectError(
      // whitespace in the working path, from a scratch volume mounted at a path with a space
      requestWith((e, r) => {
        Object.assign(paramsOf(e), { params: { A: 's3://bucket/k' }, inputs: ['A'] });
        r['file_system_configurations'] = { scratch: { container_path: '/opt/efs/my scratch' } };
      }),
      'UnserializableResolvable',
      /param 'A'/,
    );
  });

  it('H7 a param that would overwrite WORKING_DIR', async () => {
    await expectError(
      requestWith((e) => (paramsOf(e)['params'] = { working_dir: 'x' })),
      'EnvironmentConflict',
      /environment already contains WORKING_DIR with a different value/,
    );
  });

  it('H7 does not fire for the same value', async () => {
    const request = requestWith(
      (e) => (paramsOf(e)['params'] = { execution_id: e['execution_id'] }),
    );
    await expect(prepareDemandScaffolding(request, exampleContext())).resolves.toBeDefined();
  });

  it('H8 empty command', async () => {
    await expectError(
      requestWith((e) => (paramsOf(e)['command'] = [])),
      'MissingCommand',
      /must specify command/,
    );
  });

  it('H9 env-file variables referencing each other', async () => {
    await expectError(
      requestWith((e) =>
        Object.assign(paramsOf(e), { params: { X: '$Y', Y: '$X' }, command: ['echo'] }),
      ),
      'CircularEnvDependency',
    );
  });

  it('H10 no aws_batch platform', async () => {
    await expectError(
      requestWith((e) => (e['execution_platform'] = {})),
      'MissingBatchPlatform',
      /aws_batch=None/,
    );
  });

  it('H11 name budget (EX4 numbers)', async () => {
    await expectError(
      requestWith((e) => (e['execution_type'] = 'x'.repeat(60))),
      'NameBudgetExceeded',
      /job_definition_name\(139\) \+ revision\(3\) \+ volume\(16\) = 158 > 139.*longest volume='scratch-328e68a4'/,
    );
  });

  it('H12 invalid region', async () => {
    await expectError(
      requestWith(() => {}),
      'InvalidRegion',
      /not a valid AWS region/,
      exampleContext({ region: 'me-south-1' }),
    );
    await expectError(
      requestWith(() => {}),
      'InvalidRegion',
      /could not determine region/,
      exampleContext({ region: '' }),
    );
  });

  it('H13 input remote that is not an S3 URI (EX4)', async () => {
    await expectError(
      readFixture('ex4-input-not-s3', 'request.json'),
      'InvalidInputRemote',
      /\/local\/file is not a valid S3 URI/,
    );
  });

  it('H14 output remote that is not an S3 URI', async () => {
    await expectError(
      requestWith((e) =>
        Object.assign(paramsOf(e), { params: { C: 'c @ gs://bucket/c' }, outputs: ['C'] }),
      ),
      'InvalidOutputRemote',
      /gs:\/\/bucket\/c is not a valid S3 URI/,
    );
  });

  it('H15 internal guards: no candidates, no target', async () => {
    expect(() => selectFileSystem([], 'RANDOM', 'x')).toThrow(
      /no file system configurations provided/,
    );
    const source = createStaticMountResolver({ fileSystems: [], accessPoints: [] });
    await expect(source.resolveMount({ mountPath: '/x' })).rejects.toMatchObject({
      code: 'MissingMountTarget',
    });
    await expect(
      resolveMountFrom(
        { listFileSystems: async () => [], listAccessPoints: async () => [] },
        { mountPath: '/x' },
      ),
    ).rejects.toThrow(/either access point or file system must be provided/);
  });

  it('H16 conflicting host mounts at one path', async () => {
    const env = readFixture('ex1-always-env-file', 'environment.json') as {
      file_systems: never[];
      access_points: never[];
    };
    const resolver = createStaticMountResolver({
      fileSystems: env.file_systems,
      accessPoints: env.access_points,
    });
    const specs = [
      { name: '_A', path: '/mnt/efs', id: 'fsap-00000000000000001' },
      { name: '_B', path: '/mnt/efs', id: 'fsap-00000000000000003' },
    ];
    await expect(resolveHostMounts(specs, resolver, () => true)).rejects.toMatchObject({
      code: 'ConflictingHostMounts',
      message: 'found conflicting mount points for /mnt/efs: /scratch and /',
    });
  });
});

describe('evaluation order (spec §2.14)', () => {
  it('reports the command before the platform, and the platform before the name budget', async () => {
    await expectError(readFixture('ex0-envelope', 'request.json'), 'MissingCommand');
    await expectError(
      requestWith((e) => {
        e['execution_platform'] = {};
        e['execution_type'] = 'x'.repeat(60);
      }),
      'MissingBatchPlatform',
    );
  });

  it('reports the name budget before the region, and volumes before anything of the job', async () => {
    await expectError(
      requestWith((e) => (e['execution_type'] = 'x'.repeat(60))),
      'NameBudgetExceeded',
      undefined,
      exampleContext({ region: 'nowhere' }),
    );
    await expectError(
      requestWith((e, r) => {
        paramsOf(e)['command'] = [];
        r['file_system_configurations'] = { shared: { access_point: 'nope' } };
      }),
      'AccessPointNotFound',
    );
  });

  it('checks an output path before its remote', async () => {
    await expectError(
      requestWith((e) =>
        Object.assign(paramsOf(e), { params: { C: '/data/c @ gs://b/c' }, outputs: ['C'] }),
      ),
      'PathOutsideWorkingDir',
    );
  });
});
