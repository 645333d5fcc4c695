/**
 * Task `Resource` ARNs (spec/asl.md §1.9): integrations
 * (`arn:<partition>:states:[region]:[account]:<service>:<action>[.sync|.sync:2|.waitForTaskToken]`,
 * `aws-sdk:<service>:<action>`), Lambda function ARNs and activity ARNs. The one reading of them
 * for the validator, the IAM derivation and the interpreter.
 *
 * AWS accepts an integration ARN that carries a region and an account
 * (`arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject`, deployed in public samples) and
 * a Lambda function ARN whose region or account is empty (AWS's verdicts on the definitions
 * measured for issue 12), so both parts are optional there; an activity ARN names both.
 */

/** The regular expressions of the ARN shapes. */
export interface ArnShapes {
  /** Groups: 1 partition, 2 region, 3 account, 4 service, 5 action (with `aws-sdk`'s service), 6 pattern. */
  readonly integration: RegExp;
  readonly lambda: RegExp;
  readonly activity: RegExp;
  /** Groups: 1 the S3 action (ItemReader, ResultWriter). */
  readonly s3: RegExp;
}

/**
 * The ARN shapes; `placeholder` is a character that may stand for any part (the validator's
 * `${Name}` substitutions), empty for none.
 *
 * @example
 * ```ts
 * arnShapes('').integration.test('arn:aws:states:::lambda:invoke'); // true
 * ```
 */
export function arnShapes(placeholder: string): ArnShapes {
  const p = placeholder;
  const partition = `(aws(?:-[a-z]+)*|[${p}]+)`;
  const region = `[a-z0-9${p}-]+`;
  const account = p === '' ? '[0-9]{12}' : `(?:[0-9]{12}|[0-9${p}]+)`;
  const partitionPlain = `(?:aws(?:-[a-z]+)*|[${p}]+)`;
  return {
    integration: new RegExp(
      `^arn:${partition}:states:(${region})?:(${account})?:(?!activity:)([a-z0-9${p}-]+):([A-Za-z0-9${p}:-]+?)(?:\\.(sync(?::[0-9]+)?|waitForTaskToken))?$`,
    ),
    lambda: new RegExp(
      `^arn:${partitionPlain}:lambda:(?:${region})?:(?:${account})?:function:[A-Za-z0-9_${p}-]+(?::(?:\\$LATEST|[A-Za-z0-9_${p}-]+))?$`,
    ),
    activity: new RegExp(`^arn:${partitionPlain}:states:${region}:${account}:activity:[^\\s:]+$`),
    s3: new RegExp(
      `^arn:${partitionPlain}:states:(?:${region})?:(?:${account})?:s3:([A-Za-z0-9${p}]+)$`,
    ),
  };
}

const STRICT = arnShapes('');

/** The parts of an integration Resource. */
export interface IntegrationArn {
  readonly partition: string;
  readonly region: string | undefined;
  readonly account: string | undefined;
  /** `lambda`, `s3`, … or `aws-sdk`. */
  readonly service: string;
  /** `invoke`; for `aws-sdk`, `<service>:<action>` (`s3:getObject`). */
  readonly action: string;
  /** `''`, `sync`, `sync:2` or `waitForTaskToken`. */
  readonly pattern: string;
}

/**
 * The parts of an integration Resource, or undefined for anything else.
 *
 * @example
 * ```ts
 * parseIntegrationArn('arn:aws:states:::aws-sdk:s3:getObject');
 * // { partition: 'aws', region: undefined, account: undefined, service: 'aws-sdk', action: 's3:getObject', pattern: '' }
 * ```
 */
export function parseIntegrationArn(resource: string): IntegrationArn | undefined {
  const m = STRICT.integration.exec(resource);
  if (m === null) return undefined;
  const [, partition, region, account, service, action, pattern] = m as unknown as [
    string,
    string,
    string | undefined,
    string | undefined,
    string,
    string,
    string | undefined,
  ];
  return { partition, region, account, service, action, pattern: pattern ?? '' };
}
