import { States, path, type Chain, type Intrinsic } from '../../dsl/index.ts';
import type { Fragment } from '../fragment.ts';
import type { FragmentScope } from '../naming-scope.ts';
import type { StringValue } from '../util/batch-builders.ts';
import {
  batchInvokedFragment,
  buildBatchInvoked,
  formatArgument,
  s3Keys,
  type BatchInvokedLambdaOptions,
} from './batch-invoked-base.ts';

/** The seven default environment variables of a batch-invoked Lambda job. */
function defaultEnvironment(
  o: BatchInvokedLambdaOptions,
  responseKey: Intrinsic,
): Record<string, StringValue> {
  return {
    AWS_LAMBDA_FUNCTION_NAME: o.name,
    AWS_LAMBDA_FUNCTION_HANDLER: o.handler,
    AWS_LAMBDA_EVENT_PAYLOAD: States.Format(
      's3://{}/{}',
      path('$.taskResult.put.Bucket'),
      path('$.taskResult.put.Key'),
    ),
    AWS_LAMBDA_EVENT_RESPONSE_LOCATION: States.Format(
      's3://{}/{}',
      formatArgument(o.bucketName, 'bucketName'),
      responseKey,
    ),
    env_base: o.envBase,
    AWS_REGION: o.region,
    AWS_ACCOUNT_ID: o.account,
  };
}

/**
 * The states of a BatchInvokedLambdaFunction in a scope. @internal
 *
 * @example
 * ```ts
 * buildBatchInvokedLambda(createScope(), options).startState; // 'Stats Prep S3 Keys'
 * ```
 */
export function buildBatchInvokedLambda(scope: FragmentScope, o: BatchInvokedLambdaOptions): Chain {
  return buildBatchInvoked(scope, o, {
    submitId: `${o.id} Batch`,
    command: o.command === undefined || o.command === '' ? [] : o.command,
    environment: {
      ...(o.environment ?? {}),
      ...defaultEnvironment(o, s3Keys(o.keyPrefix).response),
    },
    gpu: o.gpu,
  });
}

/**
 * Runs a Lambda-style handler as an AWS Batch job, with its event and response exchanged through
 * S3 (the reference's `BatchInvokedLambdaFunction`): `<id> Prep S3 Keys` (a task id at
 * `$.taskResult.prep.task_id`), `<id> Put Request to S3 …` (the payload to
 * `s3://<bucket>/<keyPrefix><execution name>/<task id>/request.json`, at `$.taskResult.put`), the
 * SubmitJob fragment `<id> Batch` with the handler's environment (`AWS_LAMBDA_FUNCTION_NAME`,
 * `AWS_LAMBDA_FUNCTION_HANDLER`, `AWS_LAMBDA_EVENT_PAYLOAD`, `AWS_LAMBDA_EVENT_RESPONSE_LOCATION`,
 * `env_base`, `AWS_REGION`, `AWS_ACCOUNT_ID`), and `<id> Get Response from S3` (Parallel,
 * OutputPath `$[0]`): the fragment's output is the parsed `response.json` only.
 *
 * @example
 * ```ts
 * batchInvokedLambdaFunction({
 *   id: 'Stats', envBase: 'dev-marmotdev', name: 'get-stats', handler: 'pkg.mod.handler',
 *   image: '123456789012.dkr.ecr.us-west-2.amazonaws.com/aibs-informatics-aws-lambda:latest',
 *   jobQueue: 'dev-marmotdev-demand-queue', bucketName: 'my-scaffolding-bucket',
 *   region: 'us-west-2', account: '123456789012', memory: 1024, vcpus: 1,
 * });
 * ```
 */
export function batchInvokedLambdaFunction(options: BatchInvokedLambdaOptions): Fragment {
  return batchInvokedFragment(options, (scope) => buildBatchInvokedLambda(scope, options));
}
