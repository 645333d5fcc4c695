import { DslError } from './dsl-error.ts';

/** Service-integration patterns of optimised integrations. */
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
    throw new DslError('InvalidResource', `invalid ${kind} '${String(value)}' in a Resource ARN`, {
      field: 'Resource',
      hint: `write e.g. ${example}`,
    });
  }
  return value;
}

function prefix(options: ResourceOptions): string {
  return `arn:${check('partition', options.partition ?? 'aws', PARTITION, "'aws'")}:states:::`;
}

/**
 * The Resource of an optimised service integration, with its pattern: request-response (none),
 * `.sync` (run a job), `.sync:2` (JSON output of a nested execution) or `.waitForTaskToken`
 * (callback).
 *
 * @example
 * ```ts
 * integration('lambda', 'invoke'); // arn:aws:states:::lambda:invoke
 * integration('batch', 'submitJob', 'sync'); // arn:aws:states:::batch:submitJob.sync
 * integration('states', 'startExecution', 'sync:2'); // arn:aws:states:::states:startExecution.sync:2
 * ```
 */
export function integration(
  service: string,
  action: string,
  pattern?: IntegrationPattern,
  options: ResourceOptions = {},
): string {
  check('service', service, SERVICE, "'lambda'");
  check('action', action, ACTION, "'invoke'");
  if (
    pattern !== undefined &&
    pattern !== 'sync' &&
    pattern !== 'sync:2' &&
    pattern !== 'waitForTaskToken'
  ) {
    throw new DslError('InvalidResource', `invalid integration pattern '${String(pattern)}'`, {
      field: 'Resource',
      hint: "use 'sync', 'sync:2' or 'waitForTaskToken'",
    });
  }
  return `${prefix(options)}${service}:${action}${pattern === undefined ? '' : '.' + pattern}`;
}

/**
 * The Resource of an AWS SDK integration (`arn:aws:states:::aws-sdk:<service>:<action>`), for
 * any of 200+ services. SDK integrations support request-response and `.waitForTaskToken`, not
 * `.sync`.
 *
 * @example
 * ```ts
 * awsSdk('s3', 'putObject'); // arn:aws:states:::aws-sdk:s3:putObject
 * awsSdk('batch', 'registerJobDefinition');
 * ```
 */
export function awsSdk(
  service: string,
  action: string,
  options: ResourceOptions & { readonly waitForTaskToken?: boolean } = {},
): string {
  check('service', service, SERVICE, "'s3'");
  check('action', action, ACTION, "'getObject'");
  return `${prefix(options)}aws-sdk:${service}:${action}${options.waitForTaskToken === true ? '.waitForTaskToken' : ''}`;
}

/**
 * `arn:aws:states:::lambda:invoke` (optionally `.waitForTaskToken`).
 *
 * @example
 * ```ts
 * task('Call', { resource: lambdaInvoke(), parameters: { FunctionName: placeholder('Fn'), 'Payload.$': '$' } });
 * ```
 */
export function lambdaInvoke(pattern?: 'waitForTaskToken', options: ResourceOptions = {}): string {
  return integration('lambda', 'invoke', pattern, options);
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
  return `${prefix(options)}http:invoke`;
}
