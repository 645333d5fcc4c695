import { DslError } from '../../dsl/index.ts';

/**
 * The reference's `EnvBase` pattern, `(dev|test|prod)(?:-(\w+)|)`, matched in full. Python's `\w`
 * on a `str` is Unicode-aware: letters, digits (all numeric characters) and `_`.
 */
const ENV_BASE = /^(dev|test|prod)(-[\p{L}\p{N}_]+)?$/u;

/**
 * Checks an env base (`dev`, `dev-marmotdev`, `prod-blue`, …) as the reference's `EnvBase`
 * does, and returns it. Throws `InvalidFieldValue` otherwise.
 *
 * @example
 * ```ts
 * checkEnvBase('dev-marmotdev'); // 'dev-marmotdev'
 * checkEnvBase('staging'); // throws
 * ```
 */
export function checkEnvBase(envBase: string): string {
  if (typeof envBase !== 'string' || !ENV_BASE.test(envBase)) {
    throw new DslError(
      'InvalidFieldValue',
      `env base '${String(envBase)}' must be dev, test or prod, optionally followed by -<label>`,
      { field: 'envBase', hint: "use e.g. 'dev-marmotdev' or 'prod'" },
    );
  }
  return envBase;
}

/**
 * `EnvBase.prefixed`: `<envBase>-<name1>-<name2>…`, unless the first name already is the env
 * base or starts with `<envBase>-` (then the names are only joined).
 *
 * @example
 * ```ts
 * envBasePrefixed('dev-marmotdev', 'demand-execution'); // 'dev-marmotdev-demand-execution'
 * envBasePrefixed('dev-marmotdev', 'dev-marmotdev-my-fn'); // 'dev-marmotdev-my-fn'
 * ```
 */
export function envBasePrefixed(envBase: string, ...names: readonly string[]): string {
  checkEnvBase(envBase);
  const first = names[0];
  if (first !== undefined && (first === envBase || first.startsWith(`${envBase}-`))) {
    return names.join('-');
  }
  return [envBase, ...names].join('-');
}
