import { AslcError } from '../util/errors.ts';

/** Splits a name into words at case changes and at any character that is not a letter or digit. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * `snake_case` of a name.
 *
 * @example
 * ```ts
 * snakeCase('ProcessFunctionArn'); // 'process_function_arn'
 * snakeCase('demand-execution.v2'); // 'demand_execution_v2'
 * ```
 */
export function snakeCase(name: string): string {
  return words(name)
    .map((w) => w.toLowerCase())
    .join('_');
}

/**
 * `PascalCase` of a name (letters and digits only).
 *
 * @example
 * ```ts
 * pascalCase('demand-execution'); // 'DemandExecution'
 * ```
 */
export function pascalCase(name: string): string {
  return words(name)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** The tokens a name pattern may use. */
export interface NameTokens {
  readonly workflow: string;
  readonly env: string | undefined;
}

/**
 * Expands a name pattern: `{workflow}` and `{env}` are replaced by the workflow and environment
 * names passed through `adapt` (which fits them to the field's character set). A pattern that
 * uses `{env}` needs an environment.
 *
 * @example
 * ```ts
 * expandName('{workflow}-{env}', { workflow: 'order', env: 'dev' }, (s) => s, 'stateMachineName');
 * // 'order-dev'
 * ```
 */
export function expandName(
  pattern: string,
  tokens: NameTokens,
  adapt: (text: string) => string,
  option: string,
): string {
  return pattern.replace(/\{(workflow|env)\}/g, (_m, token: string) => {
    if (token === 'workflow') return adapt(tokens.workflow);
    if (tokens.env === undefined) {
      throw new AslcError('EnvironmentRequired', `the ${option} pattern '${pattern}' uses {env}`, {
        hint: 'choose an environment with --env <name>',
      });
    }
    return adapt(tokens.env);
  });
}

/**
 * Checks a generated name against the pattern of its field.
 *
 * @example
 * ```ts
 * checkName('order-dev', /^[0-9A-Za-z_-]{1,80}$/, 'stateMachineName', 'order');
 * ```
 */
export function checkName(
  value: string,
  pattern: RegExp,
  option: string,
  workflow: string,
): string {
  if (!pattern.test(value)) {
    throw new AslcError(
      'InvalidName',
      `${option} '${value}' of workflow '${workflow}' is invalid`,
      {
        hint: `it must match ${String(pattern)}`,
      },
    );
  }
  return value;
}
