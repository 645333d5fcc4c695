// The parts every batch-invoked fragment shares (the reference's BatchInvokedBaseFragment):
// options, S3 keys, mounts, and the prep → upload → job → download steps.
import {
  DslError,
  States,
  chain,
  contextPath,
  isExpression,
  pass,
  path,
  toSingleState,
  type Chain,
  type Intrinsic,
  type IntrinsicArgument,
  type Placeholder,
  type Template,
} from '../../dsl/index.ts';
import { defineFragment, type Fragment } from '../fragment.ts';
import { namingOf, type FragmentScope, type NamingOptions } from '../naming-scope.ts';
import { getPayload, putPayload } from '../operations/s3.ts';
import {
  toMountPointsAndVolumes,
  truthy,
  type BatchNumber,
  type MountPointConfiguration,
  type StringValue,
} from '../util/batch-builders.ts';
import { submitJobFragment } from './submit-job.ts';

/** The account and region a batch-invoked job sees (`AWS_REGION`, `AWS_ACCOUNT_ID`). */
export interface AwsEnvironmentOptions {
  /** e.g. `us-west-2`, or a `placeholder()` bound at deploy time. */
  readonly region: string | Placeholder;
  /** e.g. `123456789012`, or a `placeholder()`. */
  readonly account: string | Placeholder;
}

/** The IAM requirements of every batch-invoked fragment (Batch, S3, PassRole). */
export const BATCH_INVOKED_PERMISSIONS = Object.freeze({
  access: Object.freeze(['batch', 's3', 'passRole'] as const),
});

/** Options of {@link batchInvokedLambdaFunction}. */
export interface BatchInvokedLambdaOptions extends NamingOptions, AwsEnvironmentOptions {
  readonly id: string;
  readonly envBase: string;
  /** Literal name: job and definition name, and `AWS_LAMBDA_FUNCTION_NAME`. */
  readonly name: string;
  readonly image: StringValue;
  /** The handler's qualified name (`pkg.mod.handler`), or a reference. */
  readonly handler: StringValue;
  readonly jobQueue: StringValue;
  readonly bucketName: StringValue;
  /** Literal prefix of the S3 keys (default `scratch/`; no separator is added). */
  readonly keyPrefix?: string;
  /** The payload uploaded as the request (default `$`: the whole state). */
  readonly payloadPath?: StringValue;
  /** Default `[]`. */
  readonly command?: readonly StringValue[] | StringValue;
  /** Extra environment variables (the seven defaults win on a collision). */
  readonly environment?: Readonly<Record<string, StringValue | undefined>>;
  readonly memory?: BatchNumber;
  readonly vcpus?: BatchNumber;
  readonly gpu?: BatchNumber;
  readonly mountPoints?: readonly Template[] | StringValue;
  readonly volumes?: readonly Template[] | StringValue;
  /** EFS mounts (volumes `efs-vol0`, …); not together with `mountPoints` / `volumes`. */
  readonly mountPointConfigs?: readonly MountPointConfiguration[];
  readonly platformCapabilities?: readonly ('EC2' | 'FARGATE')[] | StringValue;
  readonly jobRoleArn?: StringValue | null;
}

/**
 * A `States.Format` argument: a `$…` string is a reference (§16 item 12), like in the S3 states;
 * intrinsic text cannot be an argument (pass a `States.*` value instead).
 *
 * @example
 * ```ts
 * formatArgument('$.bucket', 'bucketName'); // path('$.bucket')
 * formatArgument('my-bucket', 'bucketName'); // 'my-bucket' (quoted in the call)
 * ```
 */
export function formatArgument(value: StringValue, field: string): IntrinsicArgument {
  if (isExpression(value)) return value;
  if (value.startsWith('$')) return path(value);
  if (value.startsWith('States.')) {
    throw new DslError(
      'InvalidTemplateValue',
      `${field} '${value}' is intrinsic text; inside States.Format pass an intrinsic built with States.*`,
      { field },
    );
  }
  return value;
}

/**
 * The request and response keys of a batch-invoked run:
 * `<prefix><execution name>/<task id>/request.json` and `…/response.json` (prefix `scratch/`).
 *
 * @example
 * ```ts
 * s3Keys(undefined).request; // States.Format('scratch/{}/{}/request.json', $$.Execution.Name, $.taskResult.prep.task_id)
 * ```
 */
export function s3Keys(keyPrefix: string | undefined): { request: Intrinsic; response: Intrinsic } {
  const prefix = keyPrefix === undefined || keyPrefix === '' ? 'scratch/' : keyPrefix;
  const key = (file: string) =>
    States.Format(
      `${prefix}{}/{}/${file}`,
      contextPath('Execution.Name'),
      path('$.taskResult.prep.task_id'),
    );
  return { request: key('request.json'), response: key('response.json') };
}

/**
 * Mount points and volumes from EFS configs (`efs-vol<i>`), or as given (not both: configs with
 * non-empty mount points or volumes are an error), `[]` when absent.
 *
 * @example
 * ```ts
 * mountsOf('Stats', { mountPointConfigs: [{ mountPoint: '/opt/efs', fileSystemId: 'fs-1' }] });
 * ```
 */
function mountsOf(
  id: string,
  o: Pick<BatchInvokedLambdaOptions, 'mountPointConfigs' | 'mountPoints' | 'volumes'>,
): { mountPoints: readonly Template[] | StringValue; volumes: readonly Template[] | StringValue } {
  // The reference tests truthiness: `if mount_point_configs: if mount_points or volumes: raise`.
  if (o.mountPointConfigs !== undefined && o.mountPointConfigs.length > 0) {
    if (truthy(o.mountPoints) || truthy(o.volumes)) {
      throw new DslError(
        'ConflictingFields',
        `Cannot specify both mount_point_configs and mount_points (fragment '${id}')`,
        {
          field: 'mountPointConfigs',
          hint: 'give either mountPointConfigs or mountPoints/volumes',
        },
      );
    }
    return toMountPointsAndVolumes(o.mountPointConfigs);
  }
  return {
    mountPoints: truthy(o.mountPoints) ? (o.mountPoints as readonly Template[] | StringValue) : [],
    volumes: truthy(o.volumes) ? (o.volumes as readonly Template[] | StringValue) : [],
  };
}

/**
 * The steps of a batch-invoked fragment in a scope: prep keys, upload, the SubmitJob fragment,
 * download. @internal
 *
 * @example
 * ```ts
 * buildBatchInvoked(scope, options, { submitId: 'Stats Batch', command: [], environment: {}, gpu: undefined });
 * ```
 */
export function buildBatchInvoked(
  scope: FragmentScope,
  o: Omit<BatchInvokedLambdaOptions, 'handler' | 'environment' | 'command' | 'gpu'>,
  job: {
    readonly submitId: string;
    readonly command: readonly StringValue[] | StringValue | Intrinsic;
    readonly environment:
      Readonly<Record<string, StringValue | undefined>> | StringValue | undefined;
    readonly gpu: BatchNumber | undefined;
  },
): Chain {
  const id = o.id;
  const naming = namingOf(scope);
  const keys = s3Keys(o.keyPrefix);
  const { mountPoints, volumes } = mountsOf(id, o);
  const payload: Template =
    o.payloadPath === undefined || o.payloadPath === '' ? path('$') : o.payloadPath;
  return chain(
    pass(scope.name(`${id} Prep S3 Keys`), {
      parameters: { task_id: States.UUID() },
      resultPath: '$.taskResult.prep',
    }),
    putPayload(`${id} Put Request to S3`, {
      ...naming,
      payload,
      bucketName: o.bucketName,
      key: keys.request,
      resultPath: '$.taskResult.put',
    }),
    submitJobFragment({
      ...naming,
      id: job.submitId,
      envBase: o.envBase,
      name: o.name,
      jobQueue: o.jobQueue,
      command: job.command,
      image: o.image,
      ...(job.environment === undefined ? {} : { environment: job.environment }),
      ...(o.memory === undefined ? {} : { memory: o.memory }),
      ...(o.vcpus === undefined ? {} : { vcpus: o.vcpus }),
      ...(job.gpu === undefined ? {} : { gpu: job.gpu }),
      mountPoints,
      volumes,
      ...(o.platformCapabilities === undefined
        ? {}
        : { platformCapabilities: o.platformCapabilities }),
      ...(o.jobRoleArn === undefined ? {} : { jobRoleArn: o.jobRoleArn }),
    }),
    // Chain.to_single_state: the Parallel is owned by its first state, which the fragment owns.
    toSingleState(
      scope.name(`${id} Get Response from S3`),
      getPayload(id, { ...naming, bucketName: o.bucketName, key: keys.response }),
      { outputPath: '$[0]' },
    ),
  );
}

/**
 * A batch-invoked fragment (Batch, S3 and PassRole access) from a build function. @internal
 *
 * @example
 * ```ts
 * batchInvokedFragment(options, (scope) => buildBatchInvokedLambda(scope, options));
 * ```
 */
export function batchInvokedFragment(
  o: NamingOptions & { readonly id: string; readonly envBase: string },
  build: (scope: FragmentScope) => Chain,
): Fragment {
  return defineFragment({
    id: o.id,
    envBase: o.envBase,
    ...(o.prefix === undefined ? {} : { prefix: o.prefix }),
    ...(o.shortenNames === undefined ? {} : { shortenNames: o.shortenNames }),
    permissions: BATCH_INVOKED_PERMISSIONS,
    build,
  });
}
