// The benchmark machine for aslc: blocks of 10 states (Pass, Task with Retry/Catch, Choice with
// two branches joined afterwards, Parallel with two branches, Map with one item state), plus a
// shared Fail and a final Succeed. bench/cdk-worker.mjs builds the same machine with AWS CDK.
// It uses the built package (dist/), as an installed aslc runs: `npm run bench` builds it first.
import {
  Condition,
  chain,
  choice,
  fail,
  lambdaInvoke,
  map,
  parallel,
  pass,
  path,
  stateMachine,
  succeed,
  task,
} from '../dist/index.js';

/** Builds a machine of about `states` states (a multiple of 10, plus 2). */
export function buildMachine(states) {
  const failed = fail('Failed', { error: 'Bench.Failed' });
  const blocks = [];
  for (let i = 0; i < Math.floor(states / 10); i++) {
    blocks.push(
      pass(`P${i}`, {
        parameters: { index: i, input: path('$.value') },
        resultPath: `$.p${i % 7}`,
      }),
      task(`T${i}`, {
        resource: lambdaInvoke(),
        parameters: {
          FunctionName: 'arn:aws:lambda:us-west-2:123456789012:function:bench',
          'Payload.$': '$',
        },
        resultSelector: { body: path('$.Payload') },
        resultPath: '$.task',
      })
        .retry({
          errors: ['Lambda.ServiceException'],
          intervalSeconds: 2,
          maxAttempts: 3,
          backoffRate: 2,
        })
        .catch(failed, { resultPath: '$.error' }),
      choice(`C${i}`)
        .when(
          Condition.numericGreaterThan('$.value', i),
          pass(`CA${i}`, { result: 'a', resultPath: '$.branch' }),
        )
        .otherwise(pass(`CB${i}`, { result: 'b', resultPath: '$.branch' }))
        .afterwards(),
      parallel(`PA${i}`, { branches: [pass(`PL${i}`), pass(`PR${i}`)], resultPath: '$.parallel' }),
      map(`M${i}`, {
        itemsPath: '$.items',
        maxConcurrency: 4,
        processor: pass(`MI${i}`),
        resultPath: '$.mapped',
      }),
    );
  }
  blocks.push(succeed('Done'));
  const [first, ...rest] = blocks;
  return stateMachine({ comment: `bench ${states}`, definition: chain(first, ...rest) });
}
