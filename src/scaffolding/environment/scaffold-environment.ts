import { ScaffoldingRequestError } from '../errors.ts';
import { validateAgainstSchema } from '../parse/schema-validator.ts';
import type { AccessPointDescription, FileSystemDescription } from '../resolver/mount-resolver.ts';
import { createStaticMountResolver } from '../resolver/static-resolver.ts';
import type { ScaffoldingContext } from '../scaffold/prepare-demand-scaffolding.ts';

/**
 * The environment `aslc scaffold` runs the handler in (schema
 * `schemas/scaffolding/scaffold-environment.schema.json`): what the Lambda would read from its
 * environment variables and from EFS.
 */
export interface ScaffoldEnvironment {
  readonly env_base: string;
  readonly region: string;
  /** Items of `DescribeFileSystems`. */
  readonly file_systems: readonly FileSystemDescription[];
  /** Items of `DescribeAccessPoints`. */
  readonly access_points: readonly AccessPointDescription[];
  /** Whether the handler could write the env file (default true). */
  readonly env_file_writable: boolean;
}

/**
 * Validates a parsed environment file and applies its defaults. Throws
 * {@link ScaffoldingRequestError} (code `InvalidScaffoldingEnvironment`) with field paths.
 *
 * @example
 * ```ts
 * parseScaffoldEnvironment({ env_base: 'dev-x', region: 'us-west-2' }).env_file_writable; // true
 * ```
 */
export function parseScaffoldEnvironment(value: unknown): ScaffoldEnvironment {
  const issues = validateAgainstSchema('scaffold-environment.schema.json', value);
  if (issues.length > 0) throw new ScaffoldingRequestError(issues, 'environment');
  const v = value as Partial<ScaffoldEnvironment> &
    Pick<ScaffoldEnvironment, 'env_base' | 'region'>;
  return {
    env_base: v.env_base,
    region: v.region,
    file_systems: v.file_systems ?? [],
    access_points: v.access_points ?? [],
    env_file_writable: v.env_file_writable ?? true,
  };
}

/**
 * The scaffolding context of an environment: its env base and region, a static mount resolver
 * over its EFS tables, and its env-file writability.
 *
 * @example
 * ```ts
 * declare const json: string, request: PrepareDemandScaffoldingRequest;
 * const context = scaffoldingContextOf(parseScaffoldEnvironment(json));
 * await prepareDemandScaffolding(request, context);
 * ```
 */
export function scaffoldingContextOf(environment: ScaffoldEnvironment): ScaffoldingContext {
  return {
    envBase: environment.env_base,
    region: environment.region,
    resolver: createStaticMountResolver({
      fileSystems: environment.file_systems,
      accessPoints: environment.access_points,
    }),
    envFileWritable: environment.env_file_writable,
  };
}
