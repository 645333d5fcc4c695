import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a container runtime could be listening, the way testcontainers looks for one:
 * `DOCKER_HOST`, a `~/.testcontainers.properties` file, or one of the usual Docker and Podman
 * sockets. `undefined` when there is none, so that the `sfn-local` engine can skip at once
 * instead of waiting for testcontainers to give up (seconds, on a machine without Docker).
 *
 * @example
 * ```ts
 * containerEndpoint(process.env, '/home/me'); // 'unix:///var/run/docker.sock', or undefined
 * ```
 */
export function containerEndpoint(
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string | undefined {
  if (env['DOCKER_HOST'] !== undefined && env['DOCKER_HOST'] !== '') return env['DOCKER_HOST'];
  if (existsSync(join(home, '.testcontainers.properties')))
    return 'from ~/.testcontainers.properties';
  const runtimeDir = env['XDG_RUNTIME_DIR'];
  const sockets = [
    '/var/run/docker.sock',
    '/run/docker.sock',
    join(home, '.docker', 'run', 'docker.sock'),
    join(home, '.docker', 'desktop', 'docker.sock'),
    join(home, '.colima', 'default', 'docker.sock'),
    join(home, '.rd', 'docker.sock'),
    ...(runtimeDir === undefined
      ? []
      : [join(runtimeDir, 'docker.sock'), join(runtimeDir, 'podman', 'podman.sock')]),
    '/run/podman/podman.sock',
  ];
  const socket = sockets.find((s) => existsSync(s));
  return socket === undefined ? undefined : `unix://${socket}`;
}
