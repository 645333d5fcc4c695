import { arnShapes } from '../../asl/resource-arn.ts';
import { optimizedIntegrationProblem } from './integrations.ts';
import { replacePlaceholders } from './placeholders.ts';

/** The integration pattern of a Task resource. */
export type IntegrationPattern = 'request-response' | 'sync' | 'waitForTaskToken';

/** What a Task `Resource` is. */
export type TaskResource =
  | {
      readonly ok: true;
      readonly kind: 'integration';
      readonly service: string;
      readonly action: string;
      readonly pattern: IntegrationPattern;
    }
  | {
      readonly ok: true;
      readonly kind: 'sdk';
      readonly service: string;
      readonly action: string;
      readonly pattern: IntegrationPattern;
    }
  | {
      readonly ok: true;
      readonly kind: 'lambda' | 'activity';
      readonly pattern: 'request-response';
    }
  | {
      readonly ok: true;
      readonly kind: 'placeholder';
      readonly pattern: IntegrationPattern | undefined;
    }
  | { readonly ok: false; readonly message: string };

/** Stands for one `${Name}` placeholder once substituted. */
const P = '\uE000';

const STRICT = arnShapes('');
const LENIENT = arnShapes(P);

function lowerFirst(s: string): string {
  return s.slice(0, 1).toLowerCase() + s.slice(1);
}

function patternOf(suffix: string | undefined): IntegrationPattern {
  if (suffix === undefined) return 'request-response';
  return suffix === 'waitForTaskToken' ? 'waitForTaskToken' : 'sync';
}

/**
 * Parses a Task `Resource`: an optimized or SDK integration
 * (`arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]` with a pattern
 * the service offers (see `OPTIMIZED_INTEGRATIONS`),
 * `arn:<partition>:states:::aws-sdk:<service>:<camelCaseAction>[.waitForTaskToken]`,
 * `arn:aws:states:::http:invoke`), a
 * Lambda function ARN or an activity ARN, in any partition (aws, aws-cn, aws-us-gov, aws-iso*).
 * With `allowPlaceholders`, `${Name}` may stand for the whole resource or any part of it.
 *
 * @example
 * ```ts
 * parseTaskResource('arn:aws:states:::states:startExecution.sync:2', false);
 * // { ok: true, kind: 'integration', service: 'states', action: 'startExecution', pattern: 'sync' }
 * ```
 */
export function parseTaskResource(resource: string, allowPlaceholders: boolean): TaskResource {
  const text = allowPlaceholders ? replacePlaceholders(resource, P) : resource;
  if (allowPlaceholders && /^\uE000+$/.test(text))
    return { ok: true, kind: 'placeholder', pattern: undefined };
  const re = allowPlaceholders ? LENIENT : STRICT;
  const m = re.integration.exec(text);
  if (m) {
    const service = m[4] as string;
    const rest = m[5] as string;
    const pattern = patternOf(m[6]);
    if (text.includes(P)) return { ok: true, kind: 'placeholder', pattern };
    if (service === 'aws-sdk') {
      const sdk = /^([a-z0-9-]+):([A-Za-z0-9]+)$/.exec(rest);
      if (!sdk) {
        return {
          ok: false,
          message: `'${resource}' is not an AWS SDK integration arn:aws:states:::aws-sdk:<service>:<action>`,
        };
      }
      if (pattern === 'sync') {
        return { ok: false, message: `AWS SDK integrations do not support .sync ('${resource}')` };
      }
      if (!/^[a-z]/.test(sdk[2] as string)) {
        // "The resource provided arn:aws:states:::aws-sdk:cloudwatchlogs:CreateLogStream is not
        // recognized" (SCHEMA_VALIDATION_FAILED, quoted in aws/aws-cdk#27635)
        return {
          ok: false,
          message: `'${resource}' is not recognized: AWS SDK integration actions are camelCase (${lowerFirst(sdk[2] as string)})`,
        };
      }
      return {
        ok: true,
        kind: 'sdk',
        service: sdk[1] as string,
        action: sdk[2] as string,
        pattern,
      };
    }
    if (!/^[A-Za-z0-9]+$/.test(rest)) {
      return { ok: false, message: `'${resource}' has an invalid action '${rest}'` };
    }
    const problem = optimizedIntegrationProblem(service, rest, pattern);
    if (problem !== undefined) {
      return { ok: false, message: `'${resource}' is not recognized: ${problem}` };
    }
    return { ok: true, kind: 'integration', service, action: rest, pattern };
  }
  if (re.lambda.test(text))
    return text.includes(P)
      ? { ok: true, kind: 'placeholder', pattern: undefined }
      : { ok: true, kind: 'lambda', pattern: 'request-response' };
  if (re.activity.test(text))
    return text.includes(P)
      ? { ok: true, kind: 'placeholder', pattern: undefined }
      : { ok: true, kind: 'activity', pattern: 'request-response' };
  return {
    ok: false,
    message:
      `'${resource}' is not a valid Task resource: expected ` +
      'arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken], ' +
      'a Lambda function ARN or an activity ARN',
  };
}

/**
 * Checks the Resource of a Distributed Map's ItemReader (`s3:getObject`, `s3:listObjectsV2`)
 * or ResultWriter (`s3:putObject`). Returns an error message, or undefined when valid.
 *
 * @example
 * ```ts
 * checkS3Resource('arn:aws:states:::s3:putObject', ['putObject'], false); // undefined
 * ```
 */
export function checkS3Resource(
  resource: string,
  actions: readonly string[],
  allowPlaceholders: boolean,
): string | undefined {
  const text = allowPlaceholders ? replacePlaceholders(resource, P) : resource;
  if (allowPlaceholders && /^\uE000+$/.test(text)) return undefined;
  const m = (allowPlaceholders ? LENIENT : STRICT).s3.exec(text);
  if (m && (actions.includes(m[1] as string) || (m[1] as string).includes(P))) return undefined;
  return `'${resource}' must be ${actions.map((a) => `arn:aws:states:::s3:${a}`).join(' or ')}`;
}
