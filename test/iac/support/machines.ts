import {
  States,
  chain,
  integration,
  jsonata,
  lambdaInvoke,
  pass,
  path,
  placeholder,
  stateMachine,
  task,
  type StateMachine,
} from '../../../src/index.ts';

/**
 * A machine whose literal strings hold every sequence a target treats specially: `${`, `%{`,
 * `$${`, `%%{`, backslashes, quotes, newlines, unicode, JSONata `{% %}` with `%{` inside, and the
 * sentinel prefix itself; plus placeholders as a Resource, a payload value and an intrinsic
 * argument.
 */
export function hostileMachine(): StateMachine {
  return stateMachine({
    comment: "cmd ${HOME} and %{if} in a literal; $${x} %%{y}; JSONata {%{'a': 1}%} ASLCPH0Z0Z",
    definition: chain(
      task('Charge', {
        resource: lambdaInvoke(),
        parameters: {
          FunctionName: placeholder('ChargeFnArn'),
          Command: 'mkdir -p ${WORKING_DIR} && echo "done" \\ \n\t Straße ✓ 😀',
          'Key.$': States.Format('{}/{}', placeholder('Stage'), path('$.id')),
        },
        resultPath: '$.charge',
      }),
      task('Audit', { resource: placeholder('AuditFnArn'), resultPath: null }),
      pass('J', {
        queryLanguage: 'JSONata',
        output: jsonata("$states.input.x & '<b>' & '%{' & '${'"),
      }),
      task('Queue', {
        resource: integration('sqs', 'sendMessage'),
        parameters: { QueueUrl: placeholder('QueueUrl'), MessageBody: 'literal "quoted" ${x}' },
        resultPath: null,
      }),
    ),
  });
}

/** Values for {@link hostileMachine}'s placeholders, safe for raw insertion. */
export const hostileValues = {
  AuditFnArn: 'arn:aws:lambda:us-east-1:123456789012:function:audit',
  ChargeFnArn: 'arn:aws:lambda:us-east-1:123456789012:function:charge',
  QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q',
  Stage: 'dev-1',
} as const;

/** The value at a path inside parsed JSON. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let cur = value;
  for (const key of path) cur = (cur as Record<string | number, unknown> | undefined)?.[key];
  return cur;
}
