import {
  chain,
  fail,
  pass,
  path,
  States,
  toSingleState,
  type Chain,
  type Template,
} from '../../dsl/index.ts';
import { encloseInScope } from '../enclosure.ts';
import { defineFragment, type Fragment } from '../fragment.ts';
import { namingOf, type FragmentScope, type NamingOptions } from '../naming-scope.ts';
import {
  deregisterJobDefinition,
  registerJobDefinition,
  submitJob,
  type BatchEnvironment,
} from '../operations/batch.ts';
import {
  toEnvironmentList,
  toMountPointsAndVolumes,
  type BatchNumber,
  type MountPointConfiguration,
  type StringValue,
} from '../util/batch-builders.ts';
import { toPascalCaseKeys } from '../util/pascal-case.ts';

/** Options of {@link submitJobFragment}. */
export interface SubmitJobFragmentOptions extends NamingOptions {
  readonly id: string;
  readonly envBase: string;
  /** Literal name of the job definition and of the job. */
  readonly name: string;
  readonly jobQueue: StringValue;
  readonly image: StringValue;
  readonly command?: readonly StringValue[] | StringValue;
  /** Environment of the submitted job only (the job definition's is always `[]`). */
  readonly environment?: BatchEnvironment;
  readonly memory?: BatchNumber;
  readonly vcpus?: BatchNumber;
  readonly gpu?: BatchNumber;
  readonly mountPoints?: readonly Template[] | StringValue;
  readonly volumes?: readonly Template[] | StringValue;
  readonly platformCapabilities?: readonly ('EC2' | 'FARGATE')[] | StringValue;
  readonly jobRoleArn?: StringValue | null;
  /** `TimeoutSeconds` of the job's `.sync` submit: a job running longer fails with `States.Timeout` (aslc addition). */
  readonly timeoutSeconds?: number;
}

const JOB_DEFINITION_ARN = '$.taskResult.register.JobDefinitionArn';

/**
 * The states of a SubmitJobFragment in a scope. @internal
 *
 * @example
 * ```ts
 * buildSubmitJob(createScope(), options).startState; // 'Job Register Enclosure'
 * ```
 */
function buildSubmitJob(scope: FragmentScope, o: SubmitJobFragmentOptions): Chain {
  const id = o.id;
  const naming = namingOf(scope);
  const register = registerJobDefinition(id, {
    ...naming,
    image: o.image,
    jobDefinitionName: o.name,
    ...(o.command === undefined ? {} : { command: o.command }),
    ...(o.memory === undefined ? {} : { memory: o.memory }),
    ...(o.vcpus === undefined ? {} : { vcpus: o.vcpus }),
    ...(o.gpu === undefined ? {} : { gpu: o.gpu }),
    ...(o.mountPoints === undefined ? {} : { mountPoints: o.mountPoints }),
    ...(o.volumes === undefined ? {} : { volumes: o.volumes }),
    ...(o.platformCapabilities === undefined
      ? {}
      : { platformCapabilities: o.platformCapabilities }),
    ...(o.jobRoleArn === undefined ? {} : { jobRoleArn: o.jobRoleArn }),
  });
  const submit = submitJob(id, {
    ...naming,
    jobName: o.name,
    jobDefinition: path(JOB_DEFINITION_ARN),
    jobQueue: o.jobQueue,
    ...(o.command === undefined ? {} : { command: o.command }),
    ...(o.environment === undefined ? {} : { environment: o.environment }),
    ...(o.memory === undefined ? {} : { memory: o.memory }),
    ...(o.vcpus === undefined ? {} : { vcpus: o.vcpus }),
    ...(o.gpu === undefined ? {} : { gpu: o.gpu }),
    ...(o.timeoutSeconds === undefined ? {} : { timeoutSeconds: o.timeoutSeconds }),
  });
  const deregister = deregisterJobDefinition(id, {
    ...naming,
    jobDefinition: path(JOB_DEFINITION_ARN),
  });
  const deregisterOnFailure = deregisterJobDefinition(`${id} FAIL`, {
    ...naming,
    jobDefinition: path(JOB_DEFINITION_ARN),
  });
  const failure = chain(
    encloseInScope(scope, `${id} Deregister FAIL`, deregisterOnFailure, {
      resultPath: '$.taskResult.deregister',
    }),
    fail(scope.name(`${id} FAIL`), {
      error: path('$.taskResult.submit.Error'),
      cause: path('$.taskResult.submit.Cause'),
    }),
  );
  const submitted = toSingleState(
    scope.name(`${id} Enclosure`),
    encloseInScope(scope, `${id} Submit`, submit, { resultPath: '$.taskResult.submit' }),
    { outputPath: '$[0]' },
  ).catch(failure, { errors: ['States.ALL'], resultPath: '$.taskResult.submit' });
  return chain(
    encloseInScope(scope, `${id} Register`, register, { resultPath: '$.taskResult.register' }),
    submitted,
    encloseInScope(scope, `${id} Deregister`, deregister, {
      resultPath: '$.taskResult.deregister',
    }),
  );
}

/**
 * Registers a job definition, runs one job on it and deregisters it again, also when the job
 * fails (the reference's `SubmitJobFragment`). Results land at `$.taskResult.register`
 * (`{JobDefinitionArn, JobDefinitionName, Revision}`), `$.taskResult.submit` (`{JobName, JobId,
 * JobArn}`, or `{Error, Cause}` on failure) and `$.taskResult.deregister`; a failed job ends in
 * the Fail state `<id> FAIL` with the job's error and cause.
 *
 * @example
 * ```ts
 * submitJobFragment({ id: 'Job', envBase: 'dev-marmotdev', name: 'my-job', jobQueue: 'q', image: 'img:1', command: ['python', '-m', 'x'] });
 * ```
 */
export function submitJobFragment(options: SubmitJobFragmentOptions): Fragment {
  return defineFragment({
    id: options.id,
    envBase: options.envBase,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.shortenNames === undefined ? {} : { shortenNames: options.shortenNames }),
    permissions: { access: ['batch'] },
    build: (scope) => buildSubmitJob(scope, options),
  });
}

/** Options of {@link submitJobFragmentFromDefaults}. */
export interface SubmitJobFromDefaultsOptions extends NamingOptions {
  readonly id: string;
  readonly envBase: string;
  readonly name: string;
  readonly jobQueue: StringValue;
  readonly image: StringValue;
  /** Default command (a list; default `[]`). */
  readonly command?: readonly StringValue[];
  /** Default memory in MiB (default `1024`). */
  readonly memory?: number | string;
  /** Default vCPUs (default `1`). */
  readonly vcpus?: number | string;
  /** Default GPUs (default `0`; a zero requirement is filtered out at runtime). */
  readonly gpu?: number | string;
  /** Default environment (a map, turned into a Name/Value list). */
  readonly environment?: Readonly<Record<string, StringValue | undefined>>;
  readonly mountPointConfigs?: readonly MountPointConfiguration[];
  readonly jobRoleArn?: StringValue | null;
}

/**
 * A SubmitJobFragment whose every argument comes from `$.request.*`, the defaults merged under
 * the execution input (the reference's `SubmitJobFragment.from_defaults`): `Start` (Pass:
 * `{input, default}`) and `Merge` (Pass: `request = States.JsonMerge(default, input)`, replacing
 * the state), then the fragment. The defaults are valid at runtime (§16 item 2): `command` is a
 * list, `environment` a Name/Value list, `mount_points` / `volumes` always present.
 *
 * @example
 * ```ts
 * submitJobFragmentFromDefaults({ id: 'Job', envBase: 'dev-marmotdev', name: 'my-job', jobQueue: 'q', image: 'img:1' });
 * ```
 */
export function submitJobFragmentFromDefaults(options: SubmitJobFromDefaultsOptions): Fragment {
  const { mountPoints, volumes } = toMountPointsAndVolumes(options.mountPointConfigs ?? []);
  const defaults: Record<string, Template> = {
    command: options.command ?? [],
    job_queue: options.jobQueue,
    environment: toPascalCaseKeys(toEnvironmentList(options.environment ?? {})),
    image: options.image,
    memory: String(options.memory ?? 1024),
    vcpus: String(options.vcpus ?? 1),
    gpu: String(options.gpu ?? 0),
    platform_capabilities: ['EC2'],
    // `job_role_arn or JsonNull.INSTANCE`
    job_role_arn:
      options.jobRoleArn === undefined || options.jobRoleArn === '' ? null : options.jobRoleArn,
    mount_points: mountPoints,
    volumes,
  };
  const request = (field: string) => path(`$.request.${field}`);
  return defineFragment({
    id: options.id,
    envBase: options.envBase,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
    ...(options.shortenNames === undefined ? {} : { shortenNames: options.shortenNames }),
    permissions: { access: ['batch'] },
    build: (scope) =>
      chain(
        pass(scope.name('Start'), { parameters: { input: path('$'), default: defaults } }),
        pass(scope.name('Merge'), {
          parameters: { request: States.JsonMerge(path('$.default'), path('$.input')) },
        }),
        buildSubmitJob(scope, {
          id: options.id,
          envBase: options.envBase,
          name: options.name,
          image: request('image'),
          command: request('command'),
          jobQueue: request('job_queue'),
          environment: request('environment'),
          memory: request('memory'),
          vcpus: request('vcpus'),
          gpu: request('gpu'),
          mountPoints: request('mount_points'),
          volumes: request('volumes'),
          platformCapabilities: request('platform_capabilities'),
          jobRoleArn: request('job_role_arn'),
        }),
      ),
  });
}
