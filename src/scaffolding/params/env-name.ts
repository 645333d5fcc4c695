const ENV_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;

/**
 * Core's `JobParamEnvName`: `-` and `.` become `_`, then upper-case.
 *
 * @example
 * ```ts
 * toEnvName('input-bam'); // 'INPUT_BAM'
 * ```
 */
export function toEnvName(name: string): string {
  return name.replace(/[-.]/g, '_').toUpperCase();
}

/**
 * True when a normalised env name matches `[_a-zA-Z][_a-zA-Z0-9]*`.
 *
 * @example
 * ```ts
 * isValidEnvName('1ABC'); // false
 * ```
 */
export function isValidEnvName(envName: string): boolean {
  return ENV_NAME.test(envName);
}

/**
 * The environment value of a plain param. **Port** (decision (b)): strings verbatim, any other
 * JSON value as compact JSON text (`true`, `null`, `[1,"a"]`) instead of Python `str()`.
 *
 * @example
 * ```ts
 * envValueOf(true); // 'true'
 * envValueOf('x'); // 'x'
 * ```
 */
export function envValueOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
