// The same machine as bench/machine.ts, built with AWS CDK (aws-cdk-lib, installed in
// bench/node_modules only) and synthesised: what users would otherwise run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';

const states = Number(process.argv[2] ?? '1000');
const runs = Number(process.argv[3] ?? '3');

function once() {
  const outdir = mkdtempSync(join(tmpdir(), 'aslc-bench-cdk-'));
  const start = performance.now();
  const app = new App({ outdir });
  const stack = new Stack(app, 'Bench', { env: { account: '123456789012', region: 'us-west-2' } });
  const fn = lambda.Function.fromFunctionArn(
    stack,
    'Fn',
    'arn:aws:lambda:us-west-2:123456789012:function:bench',
  );
  const failed = new sfn.Fail(stack, 'Failed', { error: 'Bench.Failed' });
  let definition;
  for (let i = 0; i < Math.floor(states / 10); i++) {
    const p = new sfn.Pass(stack, `P${i}`, {
      parameters: { index: i, input: sfn.JsonPath.stringAt('$.value') },
      resultPath: `$.p${i % 7}`,
    });
    const t = new tasks.LambdaInvoke(stack, `T${i}`, {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromJsonPathAt('$'),
      resultSelector: { body: sfn.JsonPath.objectAt('$.Payload') },
      resultPath: '$.task',
      retryOnServiceExceptions: false,
    });
    t.addRetry({ errors: ['Lambda.ServiceException'], maxAttempts: 3, backoffRate: 2 });
    t.addCatch(failed, { resultPath: '$.error' });
    const c = new sfn.Choice(stack, `C${i}`)
      .when(
        sfn.Condition.numberGreaterThan('$.value', i),
        new sfn.Pass(stack, `CA${i}`, {
          result: sfn.Result.fromString('a'),
          resultPath: '$.branch',
        }),
      )
      .otherwise(
        new sfn.Pass(stack, `CB${i}`, {
          result: sfn.Result.fromString('b'),
          resultPath: '$.branch',
        }),
      )
      .afterwards();
    const par = new sfn.Parallel(stack, `PA${i}`, { resultPath: '$.parallel' })
      .branch(new sfn.Pass(stack, `PL${i}`))
      .branch(new sfn.Pass(stack, `PR${i}`));
    const m = new sfn.Map(stack, `M${i}`, {
      itemsPath: '$.items',
      maxConcurrency: 4,
      resultPath: '$.mapped',
    });
    m.itemProcessor(new sfn.Pass(stack, `MI${i}`));
    const block = sfn.Chain.start(p).next(t).next(c).next(par).next(m);
    definition = definition === undefined ? block : definition.next(block);
  }
  definition = definition.next(new sfn.Succeed(stack, 'Done'));
  new sfn.StateMachine(stack, 'Machine', {
    definitionBody: sfn.DefinitionBody.fromChainable(definition),
  });
  const assembly = app.synth();
  const ms = performance.now() - start;
  const template = assembly.getStackByName('Bench').template;
  rmSync(outdir, { recursive: true, force: true });
  return { ms, ok: template !== undefined };
}

const cold = once();
const warm = [];
for (let i = 0; i < runs; i++) warm.push(once().ms);
warm.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    tool: 'aws-cdk-lib',
    states: Math.floor(states / 10) * 10 + 2,
    coldMs: cold.ms,
    warmMs: warm[Math.floor(warm.length / 2)] ?? cold.ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
