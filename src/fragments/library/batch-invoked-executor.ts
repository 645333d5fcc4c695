import { States, path, type Template } from '../../dsl/index.ts';
import type { Fragment } from '../fragment.ts';
import type { NamingOptions } from '../naming-scope.ts';
import type { BatchEnvironment } from '../operations/batch.ts';
import type { BatchNumber, MountPointConfiguration, StringValue } from '../util/batch-builders.ts';
import {
  batchInvokedFragment,
  buildBatchInvoked,
  formatArgument,
  s3Keys,
  type AwsEnvironmentOptions,
} from './batch-invoked-base.ts';

/** Options of {@link batchInvokedExecutorFragment}. */
export interface BatchInvokedExecutorOptions extends NamingOptions, AwsEnvironmentOptions {
  readonly id: string;
  readonly envBase: string;
  /** Literal job and definition name. */
  readonly name: string;
  readonly image: StringValue;
  /** Qualified name of the executor class (`pkg.Executor`), or a reference. */
  readonly executor: StringValue;
  readonly jobQueue: StringValue;
  readonly bucketName: StringValue;
  readonly keyPrefix?: string;
  /** The payload uploaded as the request (default `$`). */
  readonly payloadPath?: StringValue;
  /** The job's only environment (no defaults are added); a map or a reference. */
  readonly environment?: BatchEnvironment;
  readonly memory?: BatchNumber;
  readonly vcpus?: BatchNumber;
  readonly mountPointConfigs?: readonly MountPointConfiguration[];
  readonly mountPoints?: readonly Template[];
  readonly volumes?: readonly Template[];
  readonly platformCapabilities?: readonly ('EC2' | 'FARGATE')[] | StringValue;
  readonly jobRoleArn?: StringValue | null;
}

/**
 * Runs an executor (`run_cli_executor --executor <executor> --input <request> --output-location
 * <response>`) as an AWS Batch job with its input and output in S3 (the reference's
 * `BatchInvokedExecutorFragment`). Same steps as the batch-invoked Lambda, with the SubmitJob id
 * `<id>Batch` (no space, kept) and no default environment. The command is one reference,
 * `States.Array(...)`, using `$.taskResult.put.Bucket` / `Key` (§16 item 1: the reference put
 * references inside a list and could not be synthesised).
 *
 * @example
 * ```ts
 * batchInvokedExecutorFragment({
 *   id: 'Exec', envBase: 'dev-marmotdev', name: 'executor', executor: 'pkg.Executor', image: 'img',
 *   jobQueue: 'q', bucketName: 'my-scaffolding-bucket', region: 'us-west-2', account: '123456789012',
 * });
 * ```
 */
export function batchInvokedExecutorFragment(options: BatchInvokedExecutorOptions): Fragment {
  const keys = s3Keys(options.keyPrefix);
  const command = States.Array(
    'run_cli_executor',
    '--executor',
    formatArgument(options.executor, 'executor'),
    '--input',
    States.Format('s3://{}/{}', path('$.taskResult.put.Bucket'), path('$.taskResult.put.Key')),
    '--output-location',
    States.Format('s3://{}/{}', formatArgument(options.bucketName, 'bucketName'), keys.response),
  );
  return batchInvokedFragment(options, (scope) =>
    buildBatchInvoked(scope, options, {
      submitId: `${options.id}Batch`,
      command,
      environment: options.environment,
      gpu: undefined,
    }),
  );
}
