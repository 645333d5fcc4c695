// A first workflow: merge default settings into the request (a fragment from aslc/fragments),
// call a Lambda function whose ARN each environment gives (a placeholder), then branch on its answer.
import {
  Condition,
  chain,
  choice,
  fail,
  lambdaInvoke,
  path,
  placeholder,
  stateMachine,
  succeed,
  task,
} from 'aslc';
import { mergeDefaults } from 'aslc/fragments';

const withDefaults = mergeDefaults(
  'Apply defaults',
  { greeting: 'Hello', language: 'en' },
  { targetPath: '$.request' },
);

const greet = task('Greet', {
  resource: lambdaInvoke(),
  parameters: {
    FunctionName: placeholder('GreetFunctionArn'),
    Payload: { request: path('$.request') },
  },
  resultSelector: { message: path('$.Payload.message'), accepted: path('$.Payload.accepted') },
  resultPath: '$.greeting',
}).retry({ errors: ['Lambda.TooManyRequestsException'], maxAttempts: 3, backoffRate: 2 });

const accepted = choice('Accepted?')
  .when(Condition.booleanEquals('$.greeting.accepted', true), succeed('Done'))
  .otherwise(
    fail('Declined', { error: 'Greeting.Declined', cause: 'the greeting was not accepted' }),
  );

export default stateMachine({
  comment: 'Merge defaults, greet, and check the answer',
  definition: chain(withDefaults, greet, accepted),
});
