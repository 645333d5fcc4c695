import {
  DslError,
  States,
  awsSdk,
  chain,
  integration,
  pass,
  path,
  task,
  type Chain,
  type Chainable,
  type RetryOptions,
  type Template,
} from '../../dsl/index.ts';
import { scopeOf, type NamingOptions } from '../naming-scope.ts';
import { convertReferencePaths } from '../util/auto-ref.ts';
import {
  jobDefinitionRetryStrategy,
  toEnvironmentList,
  toResourceRequirements,
  truthy,
  type BatchNumber,
  type StringValue,
} from '../util/batch-builders.ts';
import { toPascalCaseKeys } from '../util/pascal-case.ts';
import { resultPaths } from './result-paths.ts';

/** The Retry of every AWS Batch task of the reference. */
export const BATCH_RETRY: RetryOptions = Object.freeze({
  errors: Object.freeze(['Batch.BatchException']),
  intervalSeconds: 3,
  maxAttempts: 7,
  backoffRate: 2,
  jitterStrategy: 'FULL',
});

/** The ResultSelector of a registered job definition. */
const REGISTER_RESULT = Object.freeze({
  JobDefinitionArn: path('$.JobDefinitionArn'),
  JobDefinitionName: path('$.JobDefinitionName'),
  Revision: path('$.Revision'),
});

/** An environment: a map (sorted into a Name/Value list) or a reference to a Name/Value list. */
export type BatchEnvironment = Readonly<Record<string, StringValue | undefined>> | StringValue;

/** Options shared by the Batch operations. */
export interface BatchPathOptions extends NamingOptions {
  /** Where the result lands (default `$`); `null` renders `"ResultPath": null`. */
  readonly resultPath?: string | null;
  /** OutputPath of the API call (default `$`); `null` renders `"OutputPath": null`. */
  readonly outputPath?: string | null;
}

/** Options of {@link registerJobDefinition}. */
export interface RegisterJobDefinitionOptions extends BatchPathOptions {
  /** The container command: a list, or a reference to one. */
  readonly command?: readonly StringValue[] | StringValue;
  readonly image: StringValue;
  /** Base of the definition name; a literal string is always quoted (even `$…`), `path()` is a reference. */
  readonly jobDefinitionName: StringValue;
  readonly jobRoleArn?: StringValue | null;
  readonly environment?: BatchEnvironment;
  readonly memory?: BatchNumber;
  readonly vcpus?: BatchNumber;
  /** GPUs; when given (even 0 or a reference) a filter state drops zero requirements at runtime. */
  readonly gpu?: BatchNumber;
  /** Mount points (camelCase or PascalCase keys), or a reference to them. */
  readonly mountPoints?: readonly Template[] | StringValue;
  readonly volumes?: readonly Template[] | StringValue;
  readonly platformCapabilities?: readonly ('EC2' | 'FARGATE')[] | StringValue;
}

function filterRequirements(name: string, rp: string, container: string): Chainable {
  const at = `${rp}.${container}.ResourceRequirements`;
  return pass(name, {
    inputPath: `${at}[?(@.Value != 0 && @.Value != '0')]`,
    resultPath: at,
  });
}

/**
 * Registers a job definition with a fresh name per execution (the reference's
 * `BatchOperation.register_job_definition`): `<id> RegisterJobDefinition Prep` (the request,
 * PascalCased and auto-ref'd), `<id> Register Definition Filter Resource Requirements` (only when
 * `gpu` is given) and `<id> RegisterJobDefinition API Call` (`aws-sdk:batch:registerJobDefinition`,
 * ResultSelector `{JobDefinitionArn, JobDefinitionName, Revision}`, Batch retry).
 *
 * @example
 * ```ts
 * registerJobDefinition('Register', { command: ['echo', 'hello'], image: 'test-image', jobDefinitionName: 'test-def', memory: 2048, vcpus: 2 });
 * ```
 */
export function registerJobDefinition(id: string, options: RegisterJobDefinitionOptions): Chain {
  const scope = scopeOf(options);
  const { rp, resultPath, outputPath } = resultPaths(options);
  const request = convertReferencePaths(
    toPascalCaseKeys({
      jobDefinitionName: States.Format('{}-{}', options.jobDefinitionName, States.UUID()),
      type: 'container',
      containerProperties: {
        image: options.image,
        command: options.command,
        environment: toEnvironmentList(options.environment),
        resourceRequirements: toResourceRequirements(options),
        mountPoints: options.mountPoints,
        volumes: options.volumes,
        jobRoleArn: truthy(options.jobRoleArn) ? (options.jobRoleArn as Template) : undefined,
      },
      retryStrategy: jobDefinitionRetryStrategy(),
      platformCapabilities: truthy(options.platformCapabilities)
        ? (options.platformCapabilities as Template)
        : undefined,
    }),
  ) as Record<string, Template>;
  const apiParameters: Record<string, Template> = {};
  for (const [key, value] of Object.entries(request)) {
    const base = key.endsWith('.$') ? key.slice(0, -2) : key;
    if (value !== undefined) apiParameters[base] = path(`${rp}.${base}`);
  }
  const states: Chainable[] = [
    pass(scope.name(`${id} RegisterJobDefinition Prep`), { parameters: request, resultPath: rp }),
  ];
  if (options.gpu !== undefined) {
    states.push(
      filterRequirements(
        scope.name(`${id} Register Definition Filter Resource Requirements`),
        rp,
        'ContainerProperties',
      ),
    );
  }
  states.push(
    task(scope.name(`${id} RegisterJobDefinition API Call`), {
      resource: awsSdk('batch', 'registerJobDefinition'),
      parameters: apiParameters,
      resultSelector: REGISTER_RESULT,
      resultPath,
      outputPath,
      retry: BATCH_RETRY,
    }),
  );
  return chain(...(states as [Chainable, ...Chainable[]]));
}

/** Options of {@link submitJob}. */
export interface SubmitJobOptions extends BatchPathOptions {
  /** Literal job name, interpolated into `States.Format('<jobName>-{}', States.UUID())`. */
  readonly jobName: string;
  readonly jobDefinition: StringValue;
  readonly jobQueue: StringValue;
  /** Batch `Parameters` (keys are PascalCased too); default `{}`. */
  readonly parameters?: Readonly<Record<string, Template>>;
  readonly command?: readonly StringValue[] | StringValue;
  readonly environment?: BatchEnvironment;
  readonly memory?: BatchNumber;
  readonly vcpus?: BatchNumber;
  readonly gpu?: BatchNumber;
  /** `TimeoutSeconds` of the `.sync` API call: the attempt fails with `States.Timeout` (aslc addition; default none). */
  readonly timeoutSeconds?: number;
}

/**
 * Submits a job and waits for it (the reference's `BatchOperation.submit_job`): `<id> SubmitJob
 * Prep` (the request, PascalCased and auto-ref'd), `<id> SubmitJob Filter Resource Requirements`
 * (only when `gpu` is given) and `<id> SubmitJob API Call` (`batch:submitJob.sync`, ResultSelector
 * `{JobName, JobId, JobArn}`, Batch retry).
 *
 * @example
 * ```ts
 * submitJob('Submit', { jobName: 'job', jobDefinition: 'job-def', jobQueue: 'job-queue', memory: 1024, vcpus: 2 });
 * ```
 */
export function submitJob(id: string, options: SubmitJobOptions): Chain {
  if (typeof options.jobName !== 'string') {
    throw new DslError(
      'InvalidTemplateValue',
      `jobName of submit '${id}' is interpolated into a States.Format template: Field references must be the entire string, cannot concatenate them`,
      { field: 'jobName', hint: 'pass the job name as a literal string' },
    );
  }
  const scope = scopeOf(options);
  const { rp, resultPath, outputPath } = resultPaths(options);
  const request = convertReferencePaths(
    toPascalCaseKeys({
      jobName: States.Format(`${options.jobName}-{}`, States.UUID()),
      jobDefinition: options.jobDefinition,
      jobQueue: options.jobQueue,
      parameters: (options.parameters ?? {}) as Template,
      containerOverrides: {
        command: options.command,
        environment: toEnvironmentList(options.environment),
        resourceRequirements: toResourceRequirements(options),
      },
    }),
  ) as Record<string, Template>;
  const states: Chainable[] = [
    pass(scope.name(`${id} SubmitJob Prep`), { parameters: request, resultPath: rp }),
  ];
  if (options.gpu !== undefined) {
    states.push(
      filterRequirements(
        scope.name(`${id} SubmitJob Filter Resource Requirements`),
        rp,
        'ContainerOverrides',
      ),
    );
  }
  states.push(
    task(scope.name(`${id} SubmitJob API Call`), {
      resource: integration('batch', 'submitJob', { sync: true }),
      parameters: {
        JobName: path(`${rp}.JobName`),
        JobDefinition: path(`${rp}.JobDefinition`),
        JobQueue: path(`${rp}.JobQueue`),
        Parameters: path(`${rp}.Parameters`),
        ContainerOverrides: path(`${rp}.ContainerOverrides`),
      },
      resultSelector: {
        JobName: path('$.JobName'),
        JobId: path('$.JobId'),
        JobArn: path('$.JobArn'),
      },
      resultPath,
      outputPath,
      ...(options.timeoutSeconds === undefined ? {} : { timeoutSeconds: options.timeoutSeconds }),
      retry: BATCH_RETRY,
    }),
  );
  return chain(...(states as [Chainable, ...Chainable[]]));
}

/** Options of {@link deregisterJobDefinition}. */
export interface DeregisterJobDefinitionOptions extends BatchPathOptions {
  /** The definition: pass `path()` for a reference (a plain `$…` string stays literal). */
  readonly jobDefinition: StringValue;
}

/**
 * Deregisters a job definition (the reference's `BatchOperation.deregister_job_definition`):
 * `<id> DeregisterJobDefinition Prep` (no auto-ref) and `<id> DeregisterJobDefinition API Call`
 * (`aws-sdk:batch:deregisterJobDefinition`, Batch retry, no ResultSelector).
 *
 * @example
 * ```ts
 * deregisterJobDefinition('Deregister', { jobDefinition: 'my-job:1' });
 * ```
 */
export function deregisterJobDefinition(
  id: string,
  options: DeregisterJobDefinitionOptions,
): Chain {
  const scope = scopeOf(options);
  const { rp, resultPath, outputPath } = resultPaths(options);
  return chain(
    pass(scope.name(`${id} DeregisterJobDefinition Prep`), {
      parameters: { JobDefinition: options.jobDefinition },
      resultPath: rp,
    }),
    task(scope.name(`${id} DeregisterJobDefinition API Call`), {
      resource: awsSdk('batch', 'deregisterJobDefinition'),
      parameters: { JobDefinition: path(`${rp}.JobDefinition`) },
      resultPath,
      outputPath,
      retry: BATCH_RETRY,
    }),
  );
}
