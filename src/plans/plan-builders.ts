/**
 * Typed builders of plans for TypeScript. Each returns a frozen plain value of the plan format
 * (exactly what the JSON Schema describes), so a plan built here and the same plan read from
 * JSON or YAML compile to the same machines.
 */
import { deepFreeze } from '../util/freeze.ts';
import { PLAN } from './plan-identity.ts';
import type {
  BatchExecutor,
  DemandExecutionExecutor,
  ExportDataJob,
  ExportDataJobDefinition,
  ImportDataJob,
  ImportDataJobDefinition,
  ImportModelJob,
  ImportModelJobDefinition,
  JobDefinition,
  JobGroupDefinition,
  JobOutputRef,
  LambdaExecutor,
  Plan,
  PlaceholderRef,
  PlanValue,
  RunFlowJob,
  RunFlowJobDefinition,
  RunModelJob,
  RunModelJobDefinition,
  StateMachineExecutor,
  StringRef,
  TaskExecutor,
} from './plan-types.ts';

/** Options of a runnable job: how it runs, retries and times out. */
export type JobOptions = Pick<
  RunModelJobDefinition,
  'executor' | 'retry' | 'timeoutSeconds' | 'heartbeatSeconds' | 'cancelledOn' | 'comment'
>;

/** Options of a group. */
export interface GroupOptions {
  readonly comment?: string;
}

/** Options of a parallel group. */
export interface ParallelGroupOptions extends GroupOptions {
  /** Stop every job at the first failure (default: the plan's `failFast`, else TRAC: run all). */
  readonly failFast?: boolean;
}

function freeze<T>(value: T): T {
  return deepFreeze(value) as T;
}

/**
 * A plan, branded so that a workflow module may export it as its default (`aslc compile plan.ts`).
 *
 * @example
 * ```ts
 * export default definePlan({ name: 'nightly', jobs: [runModel('price', { model: 'models/price' }, { executor: lambdaExecutor('arn:aws:lambda:us-east-1:123456789012:function:price') })] });
 * ```
 */
export function definePlan(plan: Plan): Plan {
  const copy = { ...plan };
  Object.defineProperty(copy, PLAN, { value: true, enumerable: false });
  return freeze(copy);
}

/**
 * A RUN_MODEL job.
 *
 * @example
 * ```ts
 * declare const executor: Executor;
 * runModel('price', { model: fromJob('import-model'), inputs: { prices: fromJob('load', 'prices') } }, { executor });
 * ```
 */
export function runModel(
  name: string,
  spec: RunModelJob,
  options: JobOptions = {},
): RunModelJobDefinition {
  return freeze({ name, jobType: 'RUN_MODEL', runModel: spec, ...options });
}

/**
 * A RUN_FLOW job.
 *
 * @example
 * ```ts
 * declare const executor: Executor;
 * runFlow('risk', { flow: { objectType: 'FLOW', objectId: 'f-1', latestObject: true } }, { executor });
 * ```
 */
export function runFlow(
  name: string,
  spec: RunFlowJob,
  options: JobOptions = {},
): RunFlowJobDefinition {
  return freeze({ name, jobType: 'RUN_FLOW', runFlow: spec, ...options });
}

/**
 * An IMPORT_MODEL job.
 *
 * @example
 * ```ts
 * declare const executor: Executor;
 * importModel('import', { language: 'python', repository: 'models', package: 'risk', version: '1.2.0', entryPoint: 'risk.Model', path: 'src' }, { executor });
 * ```
 */
export function importModel(
  name: string,
  spec: ImportModelJob,
  options: JobOptions = {},
): ImportModelJobDefinition {
  return freeze({ name, jobType: 'IMPORT_MODEL', importModel: spec, ...options });
}

/**
 * An IMPORT_DATA job.
 *
 * @example
 * ```ts
 * declare const executor: Executor;
 * importData('load', { model: 'models/loader', outputs: { prices: 's3://bucket/prices/' } }, { executor });
 * ```
 */
export function importData(
  name: string,
  spec: ImportDataJob,
  options: JobOptions = {},
): ImportDataJobDefinition {
  return freeze({ name, jobType: 'IMPORT_DATA', importData: spec, ...options });
}

/**
 * An EXPORT_DATA job.
 *
 * @example
 * ```ts
 * declare const executor: Executor;
 * exportData('publish', { model: 'models/exporter', inputs: { report: fromJob('report', 'pdf') } }, { executor });
 * ```
 */
export function exportData(
  name: string,
  spec: ExportDataJob,
  options: JobOptions = {},
): ExportDataJobDefinition {
  return freeze({ name, jobType: 'EXPORT_DATA', exportData: spec, ...options });
}

/**
 * A sequential group: each job runs after the one before; the first failure ends the group.
 *
 * @example
 * ```ts
 * declare const load: JobDefinition, price: JobDefinition, publish: JobDefinition;
 * sequentialGroup('daily', [load, price, publish]);
 * ```
 */
export function sequentialGroup(
  name: string,
  jobs: readonly JobDefinition[],
  options: GroupOptions = {},
): JobGroupDefinition {
  return freeze({
    name,
    jobType: 'JOB_GROUP',
    jobGroup: { jobGroupType: 'SEQUENTIAL_JOB_GROUP', sequential: { jobs } },
    ...options,
  });
}

/**
 * A parallel group: every job runs to its end (TRAC); the group fails after all have ended if
 * any failed. `failFast` stops them at the first failure instead.
 *
 * @example
 * ```ts
 * declare const priceModel: JobDefinition, riskModel: JobDefinition;
 * parallelGroup('models', [priceModel, riskModel], { failFast: false });
 * ```
 */
export function parallelGroup(
  name: string,
  jobs: readonly JobDefinition[],
  options: ParallelGroupOptions = {},
): JobGroupDefinition {
  const { failFast, ...rest } = options;
  return freeze({
    name,
    jobType: 'JOB_GROUP',
    jobGroup: {
      jobGroupType: 'PARALLEL_JOB_GROUP',
      parallel: { jobs, ...(failFast === undefined ? {} : { failFast }) },
    },
    ...rest,
  });
}

/**
 * An output of an earlier job, by reference (`output` omitted: the model an IMPORT_MODEL job imports).
 *
 * @example
 * ```ts
 * fromJob('load', 'prices'); // { fromJob: 'load', output: 'prices' }
 * ```
 */
export function fromJob(job: string, output?: string): JobOutputRef {
  return freeze({ fromJob: job, ...(output === undefined ? {} : { output }) });
}

/**
 * A deploy-time placeholder (`${Name}` in the compiled ASL) for an ARN or a name.
 *
 * @example
 * ```ts
 * lambdaExecutor(placeholderRef('PriceFunctionArn'));
 * ```
 */
export function placeholderRef(name: string): PlaceholderRef {
  return freeze({ placeholder: name });
}

/**
 * Runs jobs as AWS Batch jobs through the SubmitJob fragment.
 *
 * @example
 * ```ts
 * batchExecutor({ image: 'repo/risk:1.4', jobQueue: 'arn:aws:batch:us-east-1:123456789012:job-queue/risk', memory: 4096, vcpus: 2 });
 * ```
 */
export function batchExecutor(options: Omit<BatchExecutor, 'kind'>): BatchExecutor {
  return freeze({ kind: 'batch', ...options });
}

/**
 * Runs jobs as executions of the demand-execution workflow.
 *
 * @example
 * ```ts
 * demandExecutionExecutor('arn:aws:states:us-east-1:123456789012:stateMachine:dev-demand-execution', { execution_type: 'risk', execution_image: 'repo/risk:1.4' });
 * ```
 */
export function demandExecutionExecutor(
  stateMachineArn: StringRef,
  request: Readonly<Record<string, PlanValue>>,
): DemandExecutionExecutor {
  return freeze({ kind: 'demandExecution', stateMachineArn, request });
}

/**
 * Runs jobs as Lambda invocations.
 *
 * @example
 * ```ts
 * lambdaExecutor('arn:aws:lambda:us-east-1:123456789012:function:price');
 * ```
 */
export function lambdaExecutor(functionArn: StringRef): LambdaExecutor {
  return freeze({ kind: 'lambda', functionArn });
}

/**
 * Runs jobs as executions of a child state machine (`startExecution.sync:2`).
 *
 * @example
 * ```ts
 * stateMachineExecutor('arn:aws:states:us-east-1:123456789012:stateMachine:flow-runner');
 * ```
 */
export function stateMachineExecutor(stateMachineArn: StringRef): StateMachineExecutor {
  return freeze({ kind: 'stateMachine', stateMachineArn });
}

/**
 * Runs jobs with any Task resource (parameters default to the job's payload).
 *
 * @example
 * ```ts
 * taskExecutor('arn:aws:states:::ecs:runTask.sync', { Cluster: 'risk', TaskDefinition: 'risk:3' });
 * ```
 */
export function taskExecutor(
  resource: StringRef,
  parameters?: Readonly<Record<string, PlanValue>>,
  options: { readonly reportsRunning?: boolean } = {},
): TaskExecutor {
  return freeze({
    kind: 'task',
    resource,
    ...(parameters === undefined ? {} : { parameters }),
    ...options,
  });
}
