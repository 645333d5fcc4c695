/**
 * The plan format: TRAC's job model (`tracdap.rt.metadata.job`) as plain, JSON-serializable data,
 * plus how each job runs on AWS, its retry and timeout, and where statuses are reported. The JSON
 * Schema `schemas/plan.schema.json` describes exactly these types; a JSON or YAML plan and a plan
 * built with the builders of `plan-builders.ts` are the same values.
 */

/** A deploy-time placeholder (`${Name}` in the compiled ASL), for ARNs and names that differ per environment. */
export interface PlaceholderRef {
  readonly placeholder: string;
}

/** A literal string or a deploy-time placeholder. */
export type StringRef = string | PlaceholderRef;

/** TRAC's object types. */
export type ObjectType =
  | 'DATA'
  | 'MODEL'
  | 'FLOW'
  | 'JOB'
  | 'FILE'
  | 'CUSTOM'
  | 'STORAGE'
  | 'SCHEMA'
  | 'RESULT'
  | 'CONFIG'
  | 'RESOURCE';

/** TRAC's `TagSelector`: an object, by id and version or as of a time. */
export interface TagSelector {
  readonly objectType?: ObjectType;
  readonly objectId?: string;
  readonly latestObject?: boolean;
  readonly objectVersion?: number;
  readonly objectAsOf?: string;
  readonly latestTag?: boolean;
  readonly tagVersion?: number;
  readonly tagAsOf?: string;
}

/**
 * An output of an earlier job, by reference (never by value): `output` names one of its
 * `outputs`; without `output` the reference is the model an IMPORT_MODEL job imports.
 */
export interface JobOutputRef {
  readonly fromJob: string;
  readonly output?: string;
}

/** What a model, flow, input or output field selects: a selector, a job output, or a plain reference (an id, a URI). */
export type Selector = string | TagSelector | JobOutputRef;

/** A TRAC `Value`: any JSON value. */
export type PlanValue =
  null | boolean | number | string | readonly PlanValue[] | { readonly [key: string]: PlanValue };

/** TRAC's `TagUpdate`. */
export interface TagUpdate {
  readonly attrName: string;
  readonly value: PlanValue;
  readonly operation?:
    | 'CREATE_OR_REPLACE_ATTR'
    | 'CREATE_OR_APPEND_ATTR'
    | 'CREATE_ATTR'
    | 'REPLACE_ATTR'
    | 'APPEND_ATTR'
    | 'DELETE_ATTR'
    | 'CLEAR_ALL_ATTR';
}

/** Fields shared by the jobs that run a model on data. */
interface ModelJobFields {
  readonly parameters?: Readonly<Record<string, PlanValue>>;
  readonly inputs?: Readonly<Record<string, Selector>>;
  readonly outputs?: Readonly<Record<string, Selector>>;
  readonly priorOutputs?: Readonly<Record<string, Selector>>;
  readonly outputAttrs?: readonly TagUpdate[];
}

/** `RunModelJob`. */
export interface RunModelJob extends ModelJobFields {
  readonly model: Selector;
}

/** `RunFlowJob`. */
export interface RunFlowJob extends ModelJobFields {
  readonly flow: Selector;
  readonly models?: Readonly<Record<string, Selector>>;
}

/** `ImportModelJob`. */
export interface ImportModelJob {
  readonly language: string;
  readonly repository: string;
  readonly packageGroup?: string;
  readonly package: string;
  readonly version: string;
  readonly entryPoint: string;
  readonly path: string;
  readonly modelAttrs?: readonly TagUpdate[];
}

/** `ImportDataJob`. */
export interface ImportDataJob extends ModelJobFields {
  readonly model: Selector;
  readonly storageAccess?: readonly string[];
  readonly imports?: Readonly<Record<string, Selector>>;
  readonly importAttrs?: readonly TagUpdate[];
}

/** `ExportDataJob`. */
export interface ExportDataJob extends ModelJobFields {
  readonly model: Selector;
  readonly storageAccess?: readonly string[];
  readonly exports?: Readonly<Record<string, Selector>>;
}

/** Runs the job as an AWS Batch job through the `submitJobFragment` (register, submit `.sync`, deregister). */
export interface BatchExecutor {
  readonly kind: 'batch';
  readonly image: StringRef;
  readonly jobQueue: StringRef;
  /** Name of the job definition and of the job (default: derived from the job name). */
  readonly jobDefinitionName?: string;
  readonly command?: readonly string[];
  readonly environment?: Readonly<Record<string, string>>;
  readonly memory?: number;
  readonly vcpus?: number;
  readonly gpu?: number;
  readonly platformCapabilities?: readonly ('EC2' | 'FARGATE')[];
  readonly jobRoleArn?: StringRef;
}

/** Runs the job as an execution of the demand-execution workflow (`startExecution.sync:2`). */
export interface DemandExecutionExecutor {
  readonly kind: 'demandExecution';
  /** ARN of the deployed demand-execution state machine. */
  readonly stateMachineArn: StringRef;
  /** The demand execution (its input), e.g. `{execution_type, execution_image, execution_parameters}`. */
  readonly request: Readonly<Record<string, PlanValue>>;
}

/** Invokes a Lambda function (`lambda:invoke`) with the job's payload. */
export interface LambdaExecutor {
  readonly kind: 'lambda';
  readonly functionArn: StringRef;
}

/** Runs a child state machine (`startExecution.sync:2`) with the job's payload as its input. */
export interface StateMachineExecutor {
  readonly kind: 'stateMachine';
  readonly stateMachineArn: StringRef;
}

/**
 * Any Task resource. `parameters` default to the job's payload; given, they replace it and may
 * read the plan state with `key.$` references (`$.run.id`, `$.input`).
 */
export interface TaskExecutor {
  readonly kind: 'task';
  readonly resource: StringRef;
  readonly parameters?: Readonly<Record<string, PlanValue>>;
  /** Report RUNNING just before the call (for request-response integrations). Default: true unless the resource ends in `.sync`, `.sync:2` or `.waitForTaskToken`. */
  readonly reportsRunning?: boolean;
}

/** How a job runs on AWS. */
export type Executor =
  BatchExecutor | DemandExecutionExecutor | LambdaExecutor | StateMachineExecutor | TaskExecutor;

/** A job's retry (ASL `Retry`). */
export interface RetryPolicy {
  /** Retries after the first attempt (default 2). */
  readonly maxAttempts?: number;
  /** Default 1. */
  readonly intervalSeconds?: number;
  /** Default 2. */
  readonly backoffRate?: number;
  readonly maxDelaySeconds?: number;
  readonly jitter?: 'FULL' | 'NONE';
  /** Error names to retry (default `["States.ALL"]`). */
  readonly errors?: readonly string[];
}

/** What every job carries besides its kind. */
interface JobBase {
  /** Unique in the plan: state names, status records and references use it. */
  readonly name: string;
  readonly comment?: string;
}

/** Fields of a job that runs (not a group). */
interface RunnableJobFields extends JobBase {
  readonly executor?: Executor;
  readonly retry?: RetryPolicy;
  /** Fails the attempt with `States.Timeout` after this many seconds (reported CANCELLED). */
  readonly timeoutSeconds?: number;
  /** Seconds between heartbeats the executor must send (Task `HeartbeatSeconds`). */
  readonly heartbeatSeconds?: number;
  /** Errors reported CANCELLED instead of FAILED (default `["States.Timeout", "States.HeartbeatTimeout"]`). */
  readonly cancelledOn?: readonly string[];
}

/** A RUN_MODEL job. */
export interface RunModelJobDefinition extends RunnableJobFields {
  readonly jobType?: 'RUN_MODEL';
  readonly runModel: RunModelJob;
}

/** A RUN_FLOW job. */
export interface RunFlowJobDefinition extends RunnableJobFields {
  readonly jobType?: 'RUN_FLOW';
  readonly runFlow: RunFlowJob;
}

/** An IMPORT_MODEL job. */
export interface ImportModelJobDefinition extends RunnableJobFields {
  readonly jobType?: 'IMPORT_MODEL';
  readonly importModel: ImportModelJob;
}

/** An IMPORT_DATA job. */
export interface ImportDataJobDefinition extends RunnableJobFields {
  readonly jobType?: 'IMPORT_DATA';
  readonly importData: ImportDataJob;
}

/** An EXPORT_DATA job. */
export interface ExportDataJobDefinition extends RunnableJobFields {
  readonly jobType?: 'EXPORT_DATA';
  readonly exportData: ExportDataJob;
}

/** The jobs of a group. */
export interface JobList {
  readonly jobs: readonly JobDefinition[];
}

/** The jobs of a parallel group, and how a failure ends it. */
export interface ParallelJobList extends JobList {
  /** Stop every job at the first failure (a native Parallel); default: the plan's `failFast`, else false (TRAC: every job runs to its end). */
  readonly failFast?: boolean;
}

/** TRAC's `JobGroup`: exactly one of `sequential` and `parallel`. */
export type JobGroup =
  | {
      readonly jobGroupType?: 'SEQUENTIAL_JOB_GROUP';
      readonly sequential: JobList;
      readonly parallel?: never;
    }
  | {
      readonly jobGroupType?: 'PARALLEL_JOB_GROUP';
      readonly parallel: ParallelJobList;
      readonly sequential?: never;
    };

/** A JOB_GROUP job. */
export interface JobGroupDefinition extends JobBase {
  readonly jobType?: 'JOB_GROUP';
  readonly jobGroup: JobGroup;
}

/** TRAC's `JobDefinition`: a `jobType` and exactly one of its kind fields. */
export type JobDefinition =
  | RunModelJobDefinition
  | RunFlowJobDefinition
  | ImportModelJobDefinition
  | ImportDataJobDefinition
  | ExportDataJobDefinition
  | JobGroupDefinition;

/** A job that runs (every kind but JOB_GROUP). */
export type RunnableJobDefinition = Exclude<JobDefinition, JobGroupDefinition>;

/** TRAC's job types. */
export type JobType =
  'RUN_MODEL' | 'RUN_FLOW' | 'IMPORT_MODEL' | 'IMPORT_DATA' | 'EXPORT_DATA' | 'JOB_GROUP';

/** The DynamoDB status table (`updateItem`; a status never moves backwards). */
export interface DynamoDbSink {
  /** Table name or ARN (default `aslc-job-status`): partition key `runId` (S), sort key `jobName` (S). */
  readonly tableName?: StringRef;
}

/** The EventBridge event of each transition (`putEvents`). */
export interface EventBridgeSink {
  /** Default `default`. */
  readonly eventBusName?: StringRef;
  /** Default `aslc.plans`. */
  readonly source?: string;
  /** Default `Job Status Change`. */
  readonly detailType?: string;
}

/** Where statuses go; `false` switches a sink off. */
export interface StatusSink {
  readonly dynamodb?: DynamoDbSink | false;
  readonly eventBridge?: EventBridgeSink | false;
}

/** Defaults of every runnable job that does not set its own. */
export interface JobDefaults {
  readonly executor?: Executor;
  readonly retry?: RetryPolicy;
  readonly timeoutSeconds?: number;
}

/** Child state machines (a plan too large for one machine). */
export interface ChildMachines {
  /**
   * ARN of a child machine, `{name}` standing for its name (e.g.
   * `arn:aws:states:us-east-1:123456789012:stateMachine:{name}`). Default: a deploy-time
   * placeholder `${<Name>StateMachineArn}` per child.
   */
  readonly arnPattern?: string;
}

/** A plan: a name and the jobs of its top-level sequential group. */
export interface Plan {
  readonly $schema?: string;
  readonly name: string;
  readonly comment?: string;
  /** Env base of the fragments (`dev`, `test`, `prod`, optionally `-<label>`; default `dev`). */
  readonly envBase?: string;
  /** Default of every parallel group's `failFast` (default false). */
  readonly failFast?: boolean;
  /** Fails the whole plan (root execution) after this many seconds. */
  readonly timeoutSeconds?: number;
  readonly statusSink?: StatusSink;
  readonly defaults?: JobDefaults;
  readonly childMachines?: ChildMachines;
  readonly jobs: readonly JobDefinition[];
}
