import { chain, pass, path, type Template } from '../../dsl/index.ts';
import type { Fragment } from '../fragment.ts';
import { namingOf, type NamingOptions } from '../naming-scope.ts';
import { mergeDefaults } from '../operations/merge-defaults.ts';
import {
  toMountPointsAndVolumes,
  type MountPointConfiguration,
  type StringValue,
} from '../util/batch-builders.ts';
import { batchInvokedFragment, type AwsEnvironmentOptions } from './batch-invoked-base.ts';
import { buildBatchInvokedLambda } from './batch-invoked-lambda.ts';

/** Options of {@link batchInvokedLambdaFunctionWithDefaults}. */
export interface BatchInvokedLambdaWithDefaultsOptions
  extends NamingOptions, AwsEnvironmentOptions {
  readonly id: string;
  readonly envBase: string;
  readonly name: string;
  /** Default job queue (overridable at runtime). */
  readonly jobQueue: StringValue;
  /** Default bucket (overridable at runtime). */
  readonly bucketName: StringValue;
  readonly keyPrefix?: string;
  /** Where the image is in the input (default `$.image`). */
  readonly imagePath?: string;
  /** Where the handler is in the input (default `$.handler`). */
  readonly handlerPath?: string;
  /** Where the payload is in the input (default `$.payload`). */
  readonly payloadPath?: string;
  /** Where the runtime overrides are in the input (default `$`). */
  readonly overridesPath?: string;
  /** Default command (default `[]`). */
  readonly command?: readonly StringValue[];
  /** Default memory (default `"1024"`; a number is written as a string, as `str()` does). */
  readonly memory?: string | number;
  /** Default vCPUs (default `"1"`). */
  readonly vcpus?: string | number;
  /** Default GPUs (default `"0"`). */
  readonly gpu?: string | number;
  /** Static environment variables of the job (build time only; §16 item 3). */
  readonly environment?: Readonly<Record<string, StringValue | undefined>>;
  readonly mountPointConfigs?: readonly MountPointConfiguration[];
  /** Default platform capabilities (default `["EC2"]`). */
  readonly platformCapabilities?: readonly ('EC2' | 'FARGATE')[];
  /** Default job role (default, also for `''`: `null`). */
  readonly jobRoleArn?: StringValue | null;
}

/**
 * A batch-invoked Lambda whose settings are defaults that the execution input can override (the
 * reference's `BatchInvokedLambdaFunction.with_defaults`): `Start <id>` builds `{image, handler,
 * payload, input}`, `Merge <id>` merges the defaults under `input` into `$.merged`, then the
 * batch-invoked steps read `$.image`, `$.handler`, `$.payload` and `$.merged.*`.
 * The defaults are: `job_queue`, `memory`, `vcpus`, `gpu`, `platform_capabilities`,
 * `bucket_name`, `job_role_arn`, `command`, `mount_points` and `volumes` (always present, `[]`
 * without mounts); the environment is static (§16 item 3).
 *
 * @example
 * ```ts
 * batchInvokedLambdaFunctionWithDefaults({
 *   id: 'batch-invoked-lambda', envBase: 'dev-marmotdev', name: 'batch-invoked-lambda',
 *   jobQueue: 'dev-marmotdev-demand-queue', bucketName: 'my-scaffolding-bucket',
 *   region: 'us-west-2', account: '123456789012',
 * });
 * ```
 */
export function batchInvokedLambdaFunctionWithDefaults(
  options: BatchInvokedLambdaWithDefaultsOptions,
): Fragment {
  const id = options.id;
  const { mountPoints, volumes } = toMountPointsAndVolumes(options.mountPointConfigs ?? []);
  const defaults: Record<string, Template> = {
    job_queue: options.jobQueue,
    memory: String(options.memory ?? '1024'),
    vcpus: String(options.vcpus ?? '1'),
    gpu: String(options.gpu ?? '0'),
    platform_capabilities:
      options.platformCapabilities === undefined || options.platformCapabilities.length === 0
        ? ['EC2']
        : options.platformCapabilities,
    bucket_name: options.bucketName,
    // `job_role_arn or JsonNull.INSTANCE`
    job_role_arn:
      options.jobRoleArn === undefined || options.jobRoleArn === '' ? null : options.jobRoleArn,
    command: options.command === undefined || options.command.length === 0 ? [] : options.command,
    mount_points: mountPoints,
    volumes,
  };
  const merged = (field: string) => path(`$.merged.${field}`);
  return batchInvokedFragment(options, (scope) =>
    chain(
      pass(scope.name(`Start ${id}`), {
        parameters: {
          // `image_path or "$.image"`, …: an empty path counts as unset.
          image: path(options.imagePath || '$.image'),
          handler: path(options.handlerPath || '$.handler'),
          payload: path(options.payloadPath || '$.payload'),
          input: path(options.overridesPath || '$'),
        },
      }),
      mergeDefaults(`Merge ${id}`, defaults, {
        ...namingOf(scope),
        inputPath: '$.input',
        resultPath: '$.merged',
      }),
      buildBatchInvokedLambda(scope, {
        id,
        envBase: options.envBase,
        region: options.region,
        account: options.account,
        name: options.name,
        image: path('$.image'),
        handler: path('$.handler'),
        jobQueue: merged('job_queue'),
        bucketName: merged('bucket_name'),
        ...(options.keyPrefix === undefined ? {} : { keyPrefix: options.keyPrefix }),
        payloadPath: path('$.payload'),
        command: merged('command'),
        ...(options.environment === undefined ? {} : { environment: options.environment }),
        memory: merged('memory'),
        vcpus: merged('vcpus'),
        gpu: merged('gpu'),
        mountPoints: merged('mount_points'),
        volumes: merged('volumes'),
        platformCapabilities: merged('platform_capabilities'),
        jobRoleArn: merged('job_role_arn'),
      }),
    ),
  );
}
