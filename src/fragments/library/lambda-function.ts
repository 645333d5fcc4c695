import { DslError, task, type Placeholder, type RetryOptions } from '../../dsl/index.ts';
import { defineFragment, type Fragment } from '../fragment.ts';
import type { NamingOptions } from '../naming-scope.ts';

/** CDK's default Retry of a Lambda task. */
export const LAMBDA_RETRY: RetryOptions = Object.freeze({
  errors: Object.freeze([
    'Lambda.ClientExecutionTimeoutException',
    'Lambda.ServiceException',
    'Lambda.AWSLambdaException',
    'Lambda.SdkClientException',
  ]),
  intervalSeconds: 2,
  maxAttempts: 6,
  backoffRate: 2,
});

/** Options of {@link lambdaFunctionFragment}. */
export interface LambdaFunctionFragmentOptions extends NamingOptions {
  readonly id: string;
  readonly envBase: string;
  /** The function's deployed name (e.g. `lambdaFunctionName('dev-marmotdev', 'my-fn')`). */
  readonly functionName: string;
  /** The function's ARN; default `arn:<partition>:lambda:<region>:<account>:function:<name>`. */
  readonly functionArn?: string | Placeholder;
  readonly region?: string;
  readonly account?: string;
  /** Default `aws`. */
  readonly partition?: string;
}

/**
 * Invokes a Lambda function with the whole state as its payload (the reference's
 * `LambdaFunctionFragment`): one Task `<function name> Function Execution` whose Resource is the
 * function ARN itself (the legacy form: the output is the function's return value), with CDK's
 * default Lambda retry.
 *
 * @example
 * ```ts
 * lambdaFunctionFragment({ id: 'L', envBase: 'dev-marmotdev', functionName: 'dev-marmotdev-my-fn', region: 'us-west-2', account: '123456789012' });
 * ```
 */
export function lambdaFunctionFragment(options: LambdaFunctionFragmentOptions): Fragment {
  let arn = options.functionArn;
  if (arn === undefined) {
    if (options.region === undefined || options.account === undefined) {
      throw new DslError(
        'MissingField',
        `Lambda fragment '${options.id}' needs functionArn, or region and account to build it`,
        { field: 'functionArn' },
      );
    }
    arn = `arn:${options.partition ?? 'aws'}:lambda:${options.region}:${options.account}:function:${options.functionName}`;
  }
  const resource = arn;
  return defineFragment({
    id: options.id,
    envBase: options.envBase,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.shortenNames === undefined ? {} : { shortenNames: options.shortenNames }),
    permissions: typeof resource === 'string' ? { invokesFunctions: [resource] } : {},
    build: (scope) =>
      task(scope.name(`${options.functionName} Function Execution`), {
        resource,
        retry: LAMBDA_RETRY,
      }),
  });
}
