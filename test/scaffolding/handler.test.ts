import { mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScaffoldingHandler, handler } from '../../src/scaffolding/handler.ts';
import { hostMountSpecsFromEnv } from '../../src/scaffolding/paths/host-mounts.ts';
import { createAwsMountResolver, createStaticMountResolver } from '../../src/scaffolding/index.ts';
import { readFixture } from './support.ts';

const env = readFixture('ex1-always-env-file', 'environment.json') as {
  file_systems: never[];
  access_points: never[];
};
const resolver = createStaticMountResolver({
  fileSystems: env.file_systems,
  accessPoints: env.access_points,
});
const request = readFixture('ex2-inputs-outputs', 'request.json');

function hostWithRootMount(): { dir: string; vars: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'aslc-handler-'));
  return {
    dir,
    vars: {
      ENV_BASE: 'dev-marmotdev',
      AWS_REGION: 'us-west-2',
      EFS_MOUNT_POINT_PATH_ROOT: dir,
      EFS_MOUNT_POINT_ID_ROOT:
        'arn:aws:elasticfilesystem:us-west-2:123456789012:access-point/fsap-00000000000000001',
    },
  };
}

describe('Lambda handler (aslc/scaffolding/handler)', () => {
  it('reads env base and region from the environment and writes the env file on the mounted EFS', async () => {
    const { dir, vars } = hostWithRootMount();
    const handle = createScaffoldingHandler({ env: vars, resolver });
    const response = await handle(request);
    expect(response.setup_configs.batch_create_request.environment).toMatchObject({
      _ENVIRONMENT_FILE: '/opt/efs/scratch/exec-0001/.demand.env',
      ENV_BASE: 'dev-marmotdev',
      AWS_REGION: 'us-west-2',
    });
    expect(readFileSync(join(dir, 'scratch/exec-0001/.demand.env'), 'utf8')).toBe(
      readFileSync(
        new URL('../../golden/scaffolding/ex2-inputs-outputs.env', import.meta.url),
        'utf8',
      ),
    );
  });

  it('keeps the environment inline when no host mount covers the env file', async () => {
    const { vars } = hostWithRootMount();
    const written: string[] = [];
    const handle = createScaffoldingHandler({
      env: { ...vars, EFS_MOUNT_POINT_ID_ROOT: 'fsap-00000000000000002' }, // the shared access point only
      resolver,
      writeFile: (path) => written.push(path),
    });
    const response = await handle(request);
    expect(response.setup_configs.batch_create_request.environment).not.toHaveProperty(
      '_ENVIRONMENT_FILE',
    );
    expect(written).toEqual([]);
  });

  it('drops declared mounts that are not directories', async () => {
    const { vars } = hostWithRootMount();
    const handle = createScaffoldingHandler({ env: vars, resolver, isDirectory: () => false });
    const response = await handle(request);
    expect(response.setup_configs.batch_create_request.environment).not.toHaveProperty(
      '_ENVIRONMENT_FILE',
    );
  });

  it('accepts the event as JSON text, keeping Python floats', async () => {
    const { vars } = hostWithRootMount();
    const handle = createScaffoldingHandler({ env: vars, resolver });
    const text = JSON.stringify(request).replace('"params":{', '"params":{"R":1.0,');
    const response = await handle(text);
    expect(JSON.stringify(response.demand_execution.execution_parameters.params)).toContain(
      '"R":1.0',
    );
  });

  it('reports errors with the aslc code as the error name (the Lambda errorType)', async () => {
    const handle = createScaffoldingHandler({ env: { AWS_REGION: 'us-west-2' }, resolver });
    await expect(handle(request)).rejects.toMatchObject({ name: 'InvalidEnvBase' });
    const bad = createScaffoldingHandler({
      env: { ENV_BASE: 'dev-marmotdev', AWS_REGION: 'us-west-2' },
      resolver,
    });
    await expect(bad({})).rejects.toMatchObject({ name: 'InvalidScaffoldingRequest' });
  });

  it('resolves through the EFS API by default (stubbed client)', async () => {
    const { dir, vars } = hostWithRootMount();
    mkdirSync(join(dir, 'scratch'), { recursive: true });
    const sent: string[] = [];
    const aws = createAwsMountResolver({
      client: {
        async send(command) {
          const c = command as { name: string; input: Record<string, string> };
          sent.push(c.name);
          return c.name === 'DescribeFileSystems'
            ? {
                FileSystems: env.file_systems.filter(
                  (f: { FileSystemId: string }) =>
                    c.input['FileSystemId'] === undefined ||
                    f.FileSystemId === c.input['FileSystemId'],
                ),
              }
            : { AccessPoints: env.access_points };
        },
      },
      commands: {
        describeFileSystems: (input) => ({ name: 'DescribeFileSystems', input }),
        describeAccessPoints: (input) => ({ name: 'DescribeAccessPoints', input }),
      },
    });
    const response = await createScaffoldingHandler({ env: vars, resolver: aws })(request);
    expect(response.setup_configs.batch_create_request.volumes.map((v) => v.name)).toEqual([
      'scratch-328e68a4',
      'shared-557410e1',
    ]);
    expect(sent).toContain('DescribeAccessPoints');
  });

  it('exports a ready handler and reads host mounts from EFS_MOUNT_POINT_* variables', () => {
    expect(typeof handler).toBe('function');
    expect(
      hostMountSpecsFromEnv({
        EFS_MOUNT_POINT_PATH_A: '/mnt/a',
        EFS_MOUNT_POINT_ID_A: 'fs-0123456789abcdef0',
        EFS_MOUNT_POINT_PATH_B: '/mnt/b',
      }),
    ).toEqual([{ name: '_A', path: '/mnt/a', id: 'fs-0123456789abcdef0' }]);
  });
});
