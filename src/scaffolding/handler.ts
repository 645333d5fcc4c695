import { statSync } from 'node:fs';
import { writeFileAtomic } from '../util/file-set.ts';
import { isAslcError } from '../util/errors.ts';
import { hostMountSpecsFromEnv, resolveHostMounts } from './paths/host-mounts.ts';
import type { PrepareDemandScaffoldingResponse } from './models/scaffolding-messages.ts';
import { envBaseFromEnv, regionFromEnv } from './naming/env-base.ts';
import { toContainer } from './paths/mounts.ts';
import { createAwsMountResolver } from './resolver/aws-resolver.ts';
import type { MountResolver } from './resolver/mount-resolver.ts';
import { parseJsonLossless } from './python/lossless-json.ts';
import { prepareDemandScaffolding } from './scaffold/prepare-demand-scaffolding.ts';

/** What the handler reads and writes; the defaults are the real process, EFS and disk. */
export interface ScaffoldingHandlerDependencies {
  /** Environment variables (default `process.env`, read at each invocation). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Mount resolver (default: the EFS API in the resolved region). */
  readonly resolver?: MountResolver;
  /** Writes the env file, creating parent folders (default: an atomic write). */
  readonly writeFile?: (path: string, content: string) => void;
  /** Whether a host mount path is a directory (default: `statSync`). */
  readonly isDirectory?: (path: string) => boolean;
}

function isDirectoryOnDisk(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Builds the Lambda handler of the demand-execution workflow's scaffolding step. Per
 * invocation it reads the env base (`env_base`/`ENV_BASE`, or `env_type` + `env_label`) and the
 * region (`AWS_DEFAULT_REGION`, `AWS_REGION`, `REGION`), resolves volumes through EFS, finds the
 * host's EFS mounts (`EFS_MOUNT_POINT_PATH_<x>` / `EFS_MOUNT_POINT_ID_<x>`), runs
 * {@link prepareDemandScaffolding}, writes the env file to the mounted EFS path when one is
 * required, and returns the response. The event is the request object or its JSON text.
 * Errors are re-thrown with `name` set to their aslc code (the Lambda `errorType`).
 *
 * @example
 * ```ts
 * declare const request: { demand_execution: unknown }; // see spec/scaffolding.md
 * const handle = createScaffoldingHandler({ env: { ENV_BASE: 'dev-x', AWS_REGION: 'us-west-2' } });
 * const response = await handle(JSON.stringify(request)); // the request object, or its JSON text
 * ```
 */
export function createScaffoldingHandler(
  deps: ScaffoldingHandlerDependencies = {},
): (event: unknown) => Promise<PrepareDemandScaffoldingResponse> {
  const awsResolvers = new Map<string, MountResolver>();
  const awsResolver = (region: string | undefined): MountResolver => {
    let resolver = awsResolvers.get(region ?? '');
    if (resolver === undefined) {
      resolver = createAwsMountResolver(region === undefined ? {} : { region });
      awsResolvers.set(region ?? '', resolver);
    }
    return resolver;
  };
  return async (event) => {
    try {
      const env = deps.env ?? process.env;
      const region = regionFromEnv(env);
      const resolver = deps.resolver ?? awsResolver(region);
      const hostMounts = await resolveHostMounts(
        hostMountSpecsFromEnv(env),
        resolver,
        deps.isDirectory ?? isDirectoryOnDisk,
      );
      const request = typeof event === 'string' ? parseJsonLossless(event) : event;
      const { response, envFile } = await prepareDemandScaffolding(request, {
        envBase: envBaseFromEnv(env) ?? '',
        region: region ?? '',
        resolver,
        // The env file is writable where a host mount covers its EFS location (`get_local_path`).
        envFileWritable: (location) => toContainer(location, hostMounts) !== undefined,
      });
      if (envFile !== undefined) {
        const local = toContainer(envFile, hostMounts);
        if (local !== undefined) (deps.writeFile ?? writeFileAtomic)(local, envFile.content);
      }
      return response;
    } catch (e) {
      if (isAslcError(e)) {
        const error = new Error(e.format());
        error.name = e.code;
        throw error;
      }
      throw e;
    }
  };
}

/**
 * The Lambda entry point (`aslc/scaffolding/handler`): `handler(event)` with the real
 * environment, the EFS API and the mounted file system.
 *
 * @example
 * ```ts
 * // Lambda configuration: handler = "node_modules/aslc/dist/scaffolding/handler.handler"
 * export { handler } from 'aslc/scaffolding/handler';
 * ```
 */
export const handler: (event: unknown) => Promise<PrepareDemandScaffoldingResponse> =
  createScaffoldingHandler();
