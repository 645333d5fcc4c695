import { describeValue } from './describe-value.ts';
import { DslError } from './dsl-error.ts';

/**
 * Service-integration patterns of optimised integrations, as the deprecated string form of
 * {@link integration} takes them (prefer the options `{ sync: true }`, `{ sync: 2 }`,
 * `{ waitForTaskToken: true }`).
 */
export type IntegrationPattern = 'sync' | 'sync:2' | 'waitForTaskToken';

/** Options of the ARN helpers. */
export interface ResourceOptions {
  /** AWS partition (default `aws`; `aws-cn`, `aws-us-gov`…). */
  readonly partition?: string;
}

const SERVICE = /^[a-z0-9][a-z0-9-]*$/;
const ACTION = /^[A-Za-z][A-Za-z0-9]*$/;
const PARTITION = /^aws(-[a-z]+)*$/;

function check(kind: string, value: string, pattern: RegExp, example: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) {
    const deployTime =
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { kind?: unknown }).kind === 'string';
    throw new DslError(
      'InvalidResource',
      `invalid ${kind} ${typeof value === 'string' ? `'${value}'` : describeValue(value)} in a Resource ARN`,
      {
        field: 'Resource',
        hint: deployTime
          ? `the ARN helpers take plain strings; for a deploy-time ${kind}, write the whole Resource with sub, e.g. sub\`arn:\${placeholder('Partition')}:states:::sqs:sendMessage\``
          : `write e.g. ${example}`,
      },
    );
  }
  return value;
}

function prefix(options: ResourceOptions): string {
  return `arn:${check('partition', options.partition ?? 'aws', PARTITION, "'aws'")}:states:::`;
}

/**
 * How a Task asks for a callback: `waitForTaskToken: true` appends `.waitForTaskToken` (the
 * Task waits until a `SendTaskSuccess`/`SendTaskFailure` with the token at `$$.Task.Token`).
 * The one form every resource helper takes.
 */
export interface CallbackOptions {
  /** Wait for a callback with the task token (`.waitForTaskToken`). */
  readonly waitForTaskToken?: boolean;
}

/** Options of {@link integration}: the integration pattern, and the partition. */
export interface IntegrationOptions extends ResourceOptions, CallbackOptions {
  /**
   * Run a job and wait for it to finish: `true` appends `.sync`, `2` appends `.sync:2` (a nested
   * execution's output as JSON, `states:startExecution`).
   */
  readonly sync?: boolean | 2;
}

const OPTION_KEYS: readonly string[] = ['partition', 'waitForTaskToken', 'sync'];

/** Refuses an option key that is not `known`, naming the nearest of `allowed`. */
function checkOptionNames(
  options: object,
  known: readonly string[],
  allowed: readonly string[],
): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const lower = key.toLowerCase();
      const near = allowed.find((k) => {
        const l = k.toLowerCase();
        return l === lower || (lower.length > 3 && (l.startsWith(lower) || lower.startsWith(l)));
      });
      throw new DslError('InvalidResource', `unknown Resource option '${key.slice(0, 80)}'`, {
        field: 'Resource',
        hint:
          near !== undefined ? `did you mean '${near}'?` : `the options are ${allowed.join(', ')}`,
      });
    }
  }
}

/** The pattern suffix of options, checked. */
function patternOf(options: IntegrationOptions, allowSync: boolean): string {
  checkOptionNames(
    options,
    OPTION_KEYS,
    OPTION_KEYS.filter((k) => allowSync || k !== 'sync'),
  );
  const { sync, waitForTaskToken } = options;
  if (waitForTaskToken !== undefined && typeof waitForTaskToken !== 'boolean') {
    throw new DslError('InvalidResource', 'waitForTaskToken must be true or false', {
      field: 'Resource',
      hint: 'write { waitForTaskToken: true }',
    });
  }
  if (sync !== undefined && sync !== true && sync !== false && sync !== 2) {
    throw new DslError('InvalidResource', `invalid sync option ${JSON.stringify(sync)}`, {
      field: 'Resource',
      hint: 'write { sync: true } for .sync, or { sync: 2 } for .sync:2',
    });
  }
  const wantsSync = sync === true || sync === 2;
  if (wantsSync && !allowSync) {
    throw new DslError('InvalidResource', 'AWS SDK integrations have no .sync pattern', {
      field: 'Resource',
      hint: 'use request-response or { waitForTaskToken: true }; for a job, use integration(service, action, { sync: true })',
    });
  }
  if (wantsSync && waitForTaskToken === true) {
    throw new DslError(
      'ConflictingFields',
      'a Resource cannot be both .sync and .waitForTaskToken',
      {
        field: 'Resource',
        hint: 'choose one integration pattern: { sync: true } or { waitForTaskToken: true }',
      },
    );
  }
  if (sync === 2) return '.sync:2';
  if (sync === true) return '.sync';
  return waitForTaskToken === true ? '.waitForTaskToken' : '';
}

const PATTERN_OPTIONS: Readonly<Record<IntegrationPattern, IntegrationOptions>> = {
  sync: { sync: true },
  'sync:2': { sync: 2 },
  waitForTaskToken: { waitForTaskToken: true },
};

/**
 * The Resource of an optimised service integration: request-response by default, `{ sync: true }`
 * (`.sync`: run a job), `{ sync: 2 }` (`.sync:2`: the JSON output of a nested execution) or
 * `{ waitForTaskToken: true }` (`.waitForTaskToken`: a callback).
 *
 * @example
 * ```ts
 * integration('lambda', 'invoke'); // arn:aws:states:::lambda:invoke
 * integration('batch', 'submitJob', { sync: true }); // arn:aws:states:::batch:submitJob.sync
 * integration('states', 'startExecution', { sync: 2 }); // arn:aws:states:::states:startExecution.sync:2
 * integration('sqs', 'sendMessage', { waitForTaskToken: true }); // …:sqs:sendMessage.waitForTaskToken
 * ```
 */
export function integration(service: string, action: string, options?: IntegrationOptions): string;
/**
 * The Resource of an optimised service integration, with its pattern as a string.
 *
 * @deprecated Pass the pattern as an option, as every resource helper takes it:
 * `integration(service, action, { sync: true })` for `'sync'`, `{ sync: 2 }` for `'sync:2'`,
 * `{ waitForTaskToken: true }` for `'waitForTaskToken'` (the partition goes in the same object).
 *
 * @example
 * ```ts
 * integration('batch', 'submitJob', 'sync'); // prefer integration('batch', 'submitJob', { sync: true })
 * ```
 */
export function integration(
  service: string,
  action: string,
  pattern: IntegrationPattern | undefined,
  options?: ResourceOptions,
): string;
export function integration(
  service: string,
  action: string,
  patternOrOptions?: IntegrationPattern | IntegrationOptions,
  resourceOptions: ResourceOptions = {},
): string {
  check('service', service, SERVICE, "'lambda'");
  check('action', action, ACTION, "'invoke'");
  let options: IntegrationOptions;
  if (typeof patternOrOptions === 'string') {
    if (!Object.hasOwn(PATTERN_OPTIONS, patternOrOptions)) {
      throw new DslError('InvalidResource', `invalid integration pattern '${patternOrOptions}'`, {
        field: 'Resource',
        hint: 'use { sync: true }, { sync: 2 } or { waitForTaskToken: true }',
      });
    }
    options = { ...resourceOptions, ...PATTERN_OPTIONS[patternOrOptions] };
  } else if (patternOrOptions === undefined) {
    options = resourceOptions;
  } else if (typeof patternOrOptions === 'object' && patternOrOptions !== null) {
    options = patternOrOptions;
  } else {
    throw new DslError(
      'InvalidResource',
      `invalid integration pattern '${String(patternOrOptions)}'`,
      {
        field: 'Resource',
        hint: 'use { sync: true }, { sync: 2 } or { waitForTaskToken: true }',
      },
    );
  }
  return `${prefix(options)}${service}:${action}${patternOf(options, true)}`;
}

/**
 * The Resource of an AWS SDK integration (`arn:aws:states:::aws-sdk:<service>:<action>`), for
 * any of 200+ services. SDK integrations support request-response and
 * `{ waitForTaskToken: true }`, not `.sync`.
 *
 * @example
 * ```ts
 * awsSdk('s3', 'putObject'); // arn:aws:states:::aws-sdk:s3:putObject
 * awsSdk('s3', 'getObject', { waitForTaskToken: true }); // …:aws-sdk:s3:getObject.waitForTaskToken
 * ```
 */
export function awsSdk(
  service: string,
  action: string,
  options: ResourceOptions & CallbackOptions = {},
): string {
  check('service', service, SERVICE, "'s3'");
  check('action', action, ACTION, "'getObject'");
  const opts: IntegrationOptions = options ?? {};
  return `${prefix(opts)}aws-sdk:${service}:${action}${patternOf(opts, false)}`;
}

/**
 * `arn:aws:states:::lambda:invoke`, or with `{ waitForTaskToken: true }`
 * `arn:aws:states:::lambda:invoke.waitForTaskToken`.
 *
 * @example
 * ```ts
 * task('Call', { resource: lambdaInvoke(), parameters: { FunctionName: placeholder('Fn'), 'Payload.$': '$' } });
 * task('Wait for approval', { resource: lambdaInvoke({ waitForTaskToken: true }) });
 * ```
 */
export function lambdaInvoke(options?: ResourceOptions & CallbackOptions): string;
/**
 * `arn:aws:states:::lambda:invoke.waitForTaskToken`, the pattern as a string.
 *
 * @deprecated Write `lambdaInvoke({ waitForTaskToken: true })`, the form every resource helper
 * takes (the partition goes in the same object).
 *
 * @example
 * ```ts
 * lambdaInvoke('waitForTaskToken'); // prefer lambdaInvoke({ waitForTaskToken: true })
 * ```
 */
export function lambdaInvoke(
  pattern: 'waitForTaskToken' | undefined,
  options?: ResourceOptions,
): string;
export function lambdaInvoke(
  patternOrOptions?: 'waitForTaskToken' | (ResourceOptions & CallbackOptions),
  resourceOptions: ResourceOptions = {},
): string {
  if (patternOrOptions === 'waitForTaskToken') {
    return integration('lambda', 'invoke', { ...resourceOptions, waitForTaskToken: true });
  }
  if (patternOrOptions === undefined) return integration('lambda', 'invoke', resourceOptions);
  if (typeof patternOrOptions !== 'object' || patternOrOptions === null) {
    throw new DslError(
      'InvalidResource',
      `invalid lambdaInvoke option ${JSON.stringify(patternOrOptions)}`,
      {
        field: 'Resource',
        hint: 'write lambdaInvoke() or lambdaInvoke({ waitForTaskToken: true })',
      },
    );
  }
  const { sync, ...rest } = patternOrOptions as IntegrationOptions;
  if (sync !== undefined) {
    throw new DslError('InvalidResource', 'lambda:invoke has no .sync pattern', {
      field: 'Resource',
      hint: 'Lambda is request-response or { waitForTaskToken: true }',
    });
  }
  return integration('lambda', 'invoke', rest);
}

/**
 * `arn:aws:states:::http:invoke` (HTTPS endpoints through an EventBridge connection).
 *
 * @example
 * ```ts
 * task('Call API', { resource: httpInvoke(), parameters: { ApiEndpoint: 'https://example.com', Method: 'GET' } });
 * ```
 */
export function httpInvoke(options: ResourceOptions = {}): string {
  const opts: ResourceOptions = options ?? {};
  if (typeof opts !== 'object') {
    throw new DslError('InvalidResource', `invalid httpInvoke options ${describeValue(opts)}`, {
      field: 'Resource',
      hint: "write httpInvoke() or httpInvoke({ partition: 'aws-cn' })",
    });
  }
  for (const key of ['waitForTaskToken', 'sync']) {
    if (Object.hasOwn(opts, key)) {
      throw new DslError('InvalidResource', `the HTTP Task (http:invoke) has no ${key} pattern`, {
        field: 'Resource',
        hint: 'an HTTP Task is request-response only: drop the option (to wait for a callback, call the API from a Lambda or an SDK integration with { waitForTaskToken: true })',
      });
    }
  }
  checkOptionNames(opts, ['partition'], ['partition']);
  return `${prefix(opts)}http:invoke`;
}
