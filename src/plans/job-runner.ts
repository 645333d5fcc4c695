import {
  contextPath,
  integration,
  path,
  States,
  task,
  toSingleState,
  type Chainable,
  type RetryOptions,
  type Template,
} from '../dsl/index.ts';
import { submitJobFragment, type StringValue } from '../fragments/index.ts';
import { setOwn } from '../util/json.ts';
import type { JobNode, PlanTree } from './plan-tree.ts';
import type { Executor, JobOutputRef, RetryPolicy } from './plan-types.ts';
import { KIND_FIELDS } from './plan-tree.ts';
import { refValue } from './status-sink.ts';
import { nameHash } from './state-names.ts';

/** What runs a job, and whether its integration can tell when the job starts running. */
export interface JobRun {
  /** The chain run inside the status fragment's `<key> Run` state, on the plan state `{run, input}`. */
  readonly chain: Chainable;
  /** True when RUNNING is reported just before the call (request-response integrations). */
  readonly reportsRunning: boolean;
}

/** Context of a job's compilation. */
export interface JobRunContext {
  readonly plan: string;
  readonly envBase: string;
  readonly tree: PlanTree;
}

/**
 * The ASL Retry of a job's retry policy (defaults: 2 retries, 1 s, backoff 2, every error).
 *
 * @example
 * ```ts
 * retryOptions({ maxAttempts: 3 }); // { errors: ['States.ALL'], maxAttempts: 3, intervalSeconds: 1, backoffRate: 2 }
 * ```
 */
export function retryOptions(policy: RetryPolicy): RetryOptions {
  return {
    errors: policy.errors ?? ['States.ALL'],
    maxAttempts: policy.maxAttempts ?? 2,
    intervalSeconds: policy.intervalSeconds ?? 1,
    backoffRate: policy.backoffRate ?? 2,
    ...(policy.maxDelaySeconds === undefined ? {} : { maxDelaySeconds: policy.maxDelaySeconds }),
    ...(policy.jitter === undefined ? {} : { jitterStrategy: policy.jitter }),
  };
}

function isJobOutputRef(value: unknown): value is JobOutputRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>)['fromJob'] === 'string'
  );
}

/** A job-output reference with what the producer declared for it (`selector`). */
function resolveRef(tree: PlanTree, ref: JobOutputRef): Template {
  const producer = tree.byName.get(ref.fromJob);
  const out: Record<string, Template> = { fromJob: ref.fromJob };
  if (ref.output !== undefined) {
    out['output'] = ref.output;
    const outputs = producer?.kind === 'job' ? producer.spec['outputs'] : undefined;
    const selector =
      typeof outputs === 'object' && outputs !== null
        ? (outputs as Record<string, Template>)[ref.output]
        : undefined;
    if (selector !== undefined) out['selector'] = selector;
  }
  return out;
}

/** The job's kind field with every job-output reference resolved. */
function resolvedSpec(tree: PlanTree, job: JobNode): Template {
  const out: Record<string, Template> = {};
  for (const [field, value] of Object.entries(job.spec)) {
    if (isJobOutputRef(value)) {
      setOwn(out, field, resolveRef(tree, value));
    } else if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      ['inputs', 'models', 'priorOutputs'].includes(field)
    ) {
      const map: Record<string, Template> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        setOwn(map, k, isJobOutputRef(v) ? resolveRef(tree, v) : (v as Template));
      }
      setOwn(out, field, map);
    } else {
      setOwn(out, field, value as Template);
    }
  }
  return out;
}

/**
 * The job as TRAC's `JobDefinition` (name, path, jobType and its kind field, references
 * resolved): what every executor receives.
 *
 * @example
 * ```ts
 * jobView(ctx.tree, job); // { name: 'price', path: '/jobs/1', jobType: 'RUN_MODEL', runModel: {…} }
 * ```
 */
export function jobView(tree: PlanTree, job: JobNode): Record<string, Template> {
  const view: Record<string, Template> = { name: job.name, path: job.path, jobType: job.jobType };
  setOwn(view, KIND_FIELDS[job.jobType], resolvedSpec(tree, job));
  return view;
}

/** The payload of Lambda, child-machine and task executors. */
function payload(ctx: JobRunContext, job: JobNode): Record<string, Template> {
  return {
    plan: ctx.plan,
    runId: path('$.run.id'),
    job: jobView(ctx.tree, job),
    input: path('$.input'),
  };
}

/** A Batch job or definition name from a job key: `[A-Za-z0-9_-]`, at most 80 characters. */
function batchName(job: JobNode): string {
  const slug = job.name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug === job.name && slug.length <= 80) return slug;
  return `${slug.slice(0, 60) || 'job'}-${nameHash(job.name).slice(0, 6)}`;
}

/** Timeout, heartbeat and retry of a Task-based job. */
function taskLimits(job: JobNode): Record<string, unknown> {
  const heartbeat = job.definition.heartbeatSeconds;
  return {
    ...(job.timeoutSeconds === undefined ? {} : { timeoutSeconds: job.timeoutSeconds }),
    ...(heartbeat === undefined ? {} : { heartbeatSeconds: heartbeat }),
    ...(job.retry === undefined ? {} : { retry: retryOptions(job.retry) }),
  };
}

/**
 * The demand execution a job starts: the executor's request, with an `execution_id` unique to the
 * execution and the job (`<execution name>-<job name>`) unless the request has one.
 */
function demandRequest(request: Readonly<Record<string, unknown>>, job: JobNode): Template {
  const out: Record<string, Template> = {};
  for (const [k, v] of Object.entries(request)) setOwn(out, k, v as Template);
  if (!Object.hasOwn(out, 'execution_id')) {
    out['execution_id'] = States.Format('{}-{}', contextPath('Execution.Name'), job.name);
  }
  return out;
}

/**
 * The suffix of the Task state that runs a job, by executor kind (`<key> Invoke`): the state
 * whose failure is the job's failure (for Batch, the SubmitJob fragment's submit).
 */
export const RUN_TASK_SUFFIX: Readonly<Record<Executor['kind'], string>> = Object.freeze({
  lambda: 'Invoke',
  stateMachine: 'Execution',
  demandExecution: 'Demand Execution',
  task: 'Task',
  batch: 'SubmitJob API Call',
});

const ASYNC_PATTERN = /\.(sync(:2)?|waitForTaskToken)$/;

/**
 * The states that run a job on AWS, by executor kind: `batch` → the `submitJobFragment`
 * (register, `batch:submitJob.sync`, deregister; in a Parallel `<key> Batch Job` that carries the
 * retry); `demandExecution` → `states:startExecution.sync:2` of the demand-execution workflow;
 * `lambda` → `lambda:invoke`; `stateMachine` → `states:startExecution.sync:2`; `task` → the given
 * Resource. Results are dropped (only ids and references travel in the state).
 *
 * @example
 * ```ts
 * jobRun(ctx, job, 'price').chain; // Task 'price Invoke' for a Lambda executor
 * ```
 */
export function jobRun(ctx: JobRunContext, job: JobNode, key: string): JobRun {
  const executor = job.executor as Executor;
  switch (executor.kind) {
    case 'lambda':
      return {
        reportsRunning: true,
        chain: task(`${key} ${RUN_TASK_SUFFIX.lambda}`, {
          resource: integration('lambda', 'invoke'),
          parameters: { FunctionName: refValue(executor.functionArn), Payload: payload(ctx, job) },
          resultPath: null,
          outputPath: '$.run',
          ...taskLimits(job),
        }),
      };
    case 'stateMachine':
      return {
        reportsRunning: false,
        chain: task(`${key} ${RUN_TASK_SUFFIX.stateMachine}`, {
          resource: integration('states', 'startExecution', { sync: 2 }),
          parameters: {
            StateMachineArn: refValue(executor.stateMachineArn),
            Input: {
              ...payload(ctx, job),
              AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: contextPath('Execution.Id'),
            },
          },
          resultPath: null,
          outputPath: '$.run',
          ...taskLimits(job),
        }),
      };
    case 'demandExecution':
      return {
        reportsRunning: false,
        chain: task(`${key} ${RUN_TASK_SUFFIX.demandExecution}`, {
          resource: integration('states', 'startExecution', { sync: 2 }),
          parameters: {
            StateMachineArn: refValue(executor.stateMachineArn),
            Input: demandRequest(executor.request, job),
          },
          resultPath: null,
          outputPath: '$.run',
          ...taskLimits(job),
        }),
      };
    case 'task': {
      const resource = executor.resource;
      return {
        reportsRunning:
          executor.reportsRunning ??
          !(typeof resource === 'string' && ASYNC_PATTERN.test(resource)),
        chain: task(`${key} ${RUN_TASK_SUFFIX.task}`, {
          resource: refValue(resource),
          parameters: (executor.parameters as Template | undefined) ?? payload(ctx, job),
          resultPath: null,
          outputPath: '$.run',
          ...taskLimits(job),
        }),
      };
    }
    case 'batch': {
      const environment: Record<string, StringValue> = {};
      for (const [k, v] of Object.entries(executor.environment ?? {})) setOwn(environment, k, v);
      Object.assign(environment, {
        ASLC_PLAN: ctx.plan,
        ASLC_RUN_ID: path('$.run.id'),
        ASLC_JOB: job.name,
        ASLC_JOB_PATH: job.path,
        ASLC_JOB_TYPE: job.jobType,
        ASLC_JOB_SPEC: JSON.stringify(jobView(ctx.tree, job)),
      });
      const fragment = submitJobFragment({
        id: key,
        envBase: ctx.envBase,
        name: executor.jobDefinitionName ?? batchName(job),
        jobQueue: refValue(executor.jobQueue),
        image: refValue(executor.image),
        ...(executor.command === undefined ? {} : { command: executor.command }),
        environment,
        ...(executor.memory === undefined ? {} : { memory: executor.memory }),
        ...(executor.vcpus === undefined ? {} : { vcpus: executor.vcpus }),
        ...(executor.gpu === undefined ? {} : { gpu: executor.gpu }),
        ...(executor.platformCapabilities === undefined
          ? {}
          : { platformCapabilities: executor.platformCapabilities }),
        ...(executor.jobRoleArn === undefined ? {} : { jobRoleArn: refValue(executor.jobRoleArn) }),
        ...(job.timeoutSeconds === undefined ? {} : { timeoutSeconds: job.timeoutSeconds }),
      });
      return {
        reportsRunning: false,
        chain:
          job.retry === undefined
            ? fragment
            : toSingleState(`${key} Batch Job`, fragment, { resultPath: null }).retry(
                retryOptions(job.retry),
              ),
      };
    }
  }
}
