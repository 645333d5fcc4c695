import { scaffoldingError } from '../errors.ts';

const ENV_BASE = /^(dev|test|prod)(?:-([\p{L}\p{N}_]+))?$/u;
/** Core's `AWSRegion` pattern (unanchored regular-expression source), shared with EFS ARNs. */
export const AWS_REGION_PATTERN = String.raw`(?:us(?:-gov)?|ap|ca|cn|eu|sa)-(?:central|(?:north|south)?(?:east|west)?)-\d`;
const REGION = new RegExp(`^${AWS_REGION_PATTERN}$`);

/**
 * Validates an env base, `(dev|test|prod)[-<label>]` (the label is one `\w+` word). Throws
 * `InvalidEnvBase` (H1).
 *
 * @example
 * ```ts
 * checkEnvBase('dev-marmotdev'); // 'dev-marmotdev'
 * ```
 */
export function checkEnvBase(envBase: string | undefined): string {
  if (envBase === undefined || envBase === '') {
    throw scaffoldingError('InvalidEnvBase', 'could not resolve Env Base or Env Type from env', {
      hint: 'set env_base (or env_type and env_label)',
    });
  }
  if (!ENV_BASE.test(envBase)) {
    throw scaffoldingError(
      'InvalidEnvBase',
      `env base ${JSON.stringify(envBase)} does not match (dev|test|prod)[-<label>]`,
    );
  }
  return envBase;
}

/**
 * Validates an AWS region against core's `AWSRegion` pattern (note: `me-*`, `af-*`, `il-*` and
 * `mx-*` regions do not validate in the reference). Throws `InvalidRegion` (H12).
 *
 * @example
 * ```ts
 * checkRegion('us-west-2'); // 'us-west-2'
 * ```
 */
export function checkRegion(region: string | undefined): string {
  if (region === undefined || region === '') {
    throw scaffoldingError(
      'InvalidRegion',
      'could not determine region from default session or environment',
      {
        hint: 'set AWS_DEFAULT_REGION, AWS_REGION or REGION',
      },
    );
  }
  if (!REGION.test(region)) {
    throw scaffoldingError(
      'InvalidRegion',
      `region ${JSON.stringify(region)} is not a valid AWS region`,
    );
  }
  return region;
}

/**
 * The env base as the reference reads it from the environment: `env_base`/`ENV_BASE`, else
 * `env_type`/`ENV_TYPE` with an optional `env_label`/`ENV_LABEL`/`label`/`LABEL`.
 *
 * @example
 * ```ts
 * envBaseFromEnv({ ENV_TYPE: 'dev', LABEL: 'x' }); // 'dev-x'
 * ```
 */
export function envBaseFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const first = (...keys: string[]) =>
    keys.map((k) => env[k]).find((v) => v !== undefined && v !== '');
  const base = first('env_base', 'ENV_BASE');
  if (base !== undefined) return base;
  const type = first('env_type', 'ENV_TYPE');
  if (type === undefined || !['dev', 'test', 'prod'].includes(type)) return undefined;
  const label = first('env_label', 'ENV_LABEL', 'label', 'LABEL');
  return label === undefined ? type : `${type}-${label}`;
}

/**
 * The region as the reference reads it: the SDK's default (`AWS_DEFAULT_REGION`), else
 * `AWS_REGION`, else `REGION`.
 *
 * @example
 * ```ts
 * regionFromEnv({ AWS_REGION: 'us-west-2' }); // 'us-west-2'
 * ```
 */
export function regionFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  return ['AWS_DEFAULT_REGION', 'AWS_REGION', 'REGION']
    .map((k) => env[k])
    .find((v) => v !== undefined && v !== '');
}
