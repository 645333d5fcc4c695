/**
 * The validator gaps issue 12 lists, each against AWS's verdict. Sources: the Developer Guide
 * pages cited per case, and AWS's verdicts on the definitions measured for issue 12 (AWS
 * rejects empty Credentials, illegal intrinsic escapes and impossible Wait timestamps; AWS
 * accepts `.$` keys in a JSONata Output, integration ARNs with a region and account, Lambda
 * ARNs with an empty region or account).
 */
import { describe, expect, it } from 'vitest';
import { validate, type Diagnostic } from '../../src/validate/index.ts';

const errors = (definition: unknown): string[] =>
  validate(definition)
    .filter((d: Diagnostic) => d.severity === 'error')
    .map((d) => `${d.code} ${d.path}`);

const task = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  ...extra,
  StartAt: 'T',
  States: { T: { Type: 'Task', End: true, ...fields } },
});

describe('refused now, as AWS refuses them', () => {
  // "Credentials: specifies a target role the state machine's execution role must assume"
  // (https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html): an empty object names none.
  it('empty Credentials', () => {
    const lambda = {
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'f' },
    };
    expect(errors(task({ ...lambda, Credentials: {} }))).toEqual([
      'InvalidValue /States/T/Credentials',
    ]);
    expect(errors(task({ ...lambda, Credentials: { 'RoleArn.$': '$.role' } }))).toEqual([]);
    const jsonata = { QueryLanguage: 'JSONata' };
    const args = { Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'f' } };
    expect(errors(task({ ...args, Credentials: {} }, jsonata))).toEqual([
      'MissingField /States/T/Credentials',
    ]);
    expect(
      errors(task({ ...args, Credentials: { RoleArn: '{% $states.input.role %}' } }, jsonata)),
    ).toEqual([]);
  });

  // "The following characters are reserved for intrinsic functions, and must be escaped using a
  // backslash: ' { } and \" (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html).
  it.each(["States.Format('a\\nb')", "States.StringSplit($.s, '\\t')", "States.Format('\\x41')"])(
    'an intrinsic string with an illegal escape: %s',
    (call) => {
      const def = {
        StartAt: 'P',
        States: { P: { Type: 'Pass', Parameters: { 'v.$': call }, End: true } },
      };
      expect(errors(def)).toEqual(['InvalidIntrinsic /States/P/Parameters/v.$']);
    },
  );

  // "Timestamps must conform to the RFC3339 profile of ISO 8601"
  // (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html); a month 13 or an
  // hour 25 is no timestamp (LocalStack's recordings, test_wait_timestamp_path[INVALID_DATE|INVALID_TIME]).
  it.each([
    '2016-13-05T21:29:29Z',
    '2016-12-05T25:29:29Z',
    '2023-02-29T00:00:00Z',
    '2016-12-31T23:60:00Z',
  ])('a Wait Timestamp that names no date or time: %s', (timestamp) => {
    const def = { StartAt: 'W', States: { W: { Type: 'Wait', Timestamp: timestamp, End: true } } };
    expect(errors(def)).toEqual(['InvalidValue /States/W/Timestamp']);
  });
});

describe('accepted now, as AWS accepts them', () => {
  it("'.$' keys in a JSONata Output are plain keys", () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [{ Condition: '{% true %}', Output: { 'rule.$': 'x' }, Next: 'T' }],
          Default: 'P',
        },
        T: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Arguments: { FunctionName: 'f' },
          Catch: [{ ErrorEquals: ['States.ALL'], Output: { 'caught.$': 'x' }, Next: 'P' }],
          Next: 'P',
        },
        P: { Type: 'Pass', Output: { 'literal.$': '$.not.a.path' }, End: true },
      },
    };
    expect(errors(def)).toEqual([]);
    // Elsewhere in a JSONata state it stays an error.
    const args = task(
      { Resource: 'arn:aws:states:::lambda:invoke', Arguments: { 'Payload.$': '$' } },
      { QueryLanguage: 'JSONata' },
    );
    expect(errors(args)).toEqual(['PathKeyInJsonata /States/T/Arguments/Payload.$']);
  });

  it.each([
    'arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject',
    'arn:aws:states:us-east-1:123456789012:lambda:invoke',
    'arn:aws:lambda:::function:my-function',
    'arn:aws:lambda:us-east-1::function:my-function',
    'arn:aws:lambda::123456789012:function:my-function:prod',
  ])('the Task resource %s', (resource) => {
    expect(errors(task({ Resource: resource }))).toEqual([]);
  });

  it('still refuses what is not a resource', () => {
    expect(errors(task({ Resource: 'arn:aws:states:us-east-1:123456789012:activity' }))).toEqual([
      'InvalidResource /States/T/Resource',
    ]);
    expect(errors(task({ Resource: 'arn:aws:states:::aws-sdk:s3:GetObject' }))).toEqual([
      'InvalidResource /States/T/Resource',
    ]);
  });
});
