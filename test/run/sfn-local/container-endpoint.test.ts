import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { containerEndpoint } from '../../../src/run/sfn-local/container-endpoint.ts';
import { testcontainersRuntime } from '../../../src/run/sfn-local/sfn-local-container.ts';

describe('looking for a container runtime', () => {
  test('DOCKER_HOST, a testcontainers settings file or a socket', () => {
    const home = mkdtempSync(join(tmpdir(), 'aslc-home-'));
    expect(containerEndpoint({ DOCKER_HOST: 'tcp://10.0.0.1:2375' }, home)).toBe(
      'tcp://10.0.0.1:2375',
    );
    const runtimeDir = join(home, 'run');
    mkdirSync(join(runtimeDir, 'podman'), { recursive: true });
    writeFileSync(join(runtimeDir, 'podman', 'podman.sock'), '');
    expect(containerEndpoint({ XDG_RUNTIME_DIR: runtimeDir }, home)).toBe(
      `unix://${join(runtimeDir, 'podman', 'podman.sock')}`,
    );
    writeFileSync(join(home, '.testcontainers.properties'), 'docker.host=tcp://x:1\n');
    expect(containerEndpoint({}, home)).toBe('from ~/.testcontainers.properties');
  });

  test('without one, the sfn-local engine is skipped at once with the reason', async () => {
    const home = mkdtempSync(join(tmpdir(), 'aslc-home-'));
    const none = containerEndpoint({}, home);
    const probe = await testcontainersRuntime({ HOME: home }).available();
    if (none === undefined) {
      expect(probe).toBe(
        'no container runtime: no Docker or Podman socket found and DOCKER_HOST is not set',
      );
    } else {
      expect(typeof probe === 'string' || probe === true).toBe(true);
    }
  });
});
