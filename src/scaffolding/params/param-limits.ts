import { ParamIssue } from './param-issue.ts';

/**
 * Limits on a request's parameters, so that a small hostile request cannot make the
 * scaffolding build huge values: params whose values reference each other twice per level
 * (`P_i = ${P_(i-1)}${P_(i-1)}`) double in size at each level, and are refused before they are
 * built. A job's environment is a few KiB on AWS Batch; these limits are far above real use.
 */
export const PARAM_LIMITS = {
  /** Params in one request. */
  params: 1000,
  /** Characters of one param's value, as written and after `${…}` references are expanded. */
  valueLength: 256 * 1024,
} as const;

/**
 * Refuses a request with more params than {@link PARAM_LIMITS} allows.
 *
 * @example
 * ```ts
 * checkParamCount(new Map([['a', 1]])); // ok
 * ```
 */
export function checkParamCount(params: ReadonlyMap<string, unknown>): void {
  if (params.size > PARAM_LIMITS.params) {
    throw new ParamIssue(
      'TooManyParams',
      ['params'],
      `the request has ${params.size} params; at most ${PARAM_LIMITS.params} are accepted`,
    );
  }
}

/**
 * Refuses a value longer than {@link PARAM_LIMITS} allows, as written or as it would be after
 * expansion (`length` is known before the string is built).
 *
 * @example
 * ```ts
 * checkValueLength('x', 12, 'as written'); // ok
 * ```
 */
export function checkValueLength(name: string, length: number, when: string): void {
  if (length > PARAM_LIMITS.valueLength) {
    throw new ParamIssue(
      'ParamTooLarge',
      ['params', name],
      `param '${name}' is ${length} characters ${when}; at most ${PARAM_LIMITS.valueLength} are accepted`,
    );
  }
}
