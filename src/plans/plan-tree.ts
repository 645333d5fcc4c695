import { isJsonObject } from '../util/json.ts';
import { appendPointer } from '../util/json-pointer.ts';
import { MAX_GROUP_DEPTH, MAX_JOBS } from './plan-limits.ts';
import { problem, type PlanProblem } from './plan-error.ts';
import type {
  Executor,
  JobDefinition,
  JobType,
  Plan,
  RetryPolicy,
  RunnableJobDefinition,
} from './plan-types.ts';

/** The field of each job type (TRAC's one-of). */
export const KIND_FIELDS: Readonly<Record<JobType, string>> = Object.freeze({
  RUN_MODEL: 'runModel',
  RUN_FLOW: 'runFlow',
  IMPORT_MODEL: 'importModel',
  IMPORT_DATA: 'importData',
  EXPORT_DATA: 'exportData',
  JOB_GROUP: 'jobGroup',
});

const JOB_TYPES = Object.keys(KIND_FIELDS) as JobType[];

/** A job that runs, with its place in the plan. */
export interface JobNode {
  readonly kind: 'job';
  readonly name: string;
  /** JSON pointer of the job in the plan (`/jobs/2/jobGroup/parallel/jobs/0`). */
  readonly path: string;
  readonly jobType: Exclude<JobType, 'JOB_GROUP'>;
  readonly definition: RunnableJobDefinition;
  /** The job's kind field (`runModel`, …). */
  readonly spec: Readonly<Record<string, unknown>>;
  /** The executor (the job's, else the plan's default); checked present. */
  readonly executor: Executor | undefined;
  readonly retry: RetryPolicy | undefined;
  readonly timeoutSeconds: number | undefined;
  /** Group nesting (jobs of the plan's own list are at depth 1). */
  readonly depth: number;
}

/** A group (the plan itself is the root group). */
export interface GroupNode {
  readonly kind: 'group';
  readonly name: string;
  readonly path: string;
  readonly mode: 'sequential' | 'parallel';
  /** Parallel groups: stop at the first failure. */
  readonly failFast: boolean;
  readonly members: readonly PlanNode[];
  readonly depth: number;
  /** True for the plan itself. */
  readonly root: boolean;
  /** True for a part of a group too large for one machine (no status of its own). */
  readonly synthetic?: boolean;
}

/** A node of the plan tree. */
export type PlanNode = JobNode | GroupNode;

/** The parent group and member index of every node below the root. */
export interface PlanTree {
  readonly root: GroupNode;
  readonly parentOf: ReadonlyMap<PlanNode, { readonly group: GroupNode; readonly index: number }>;
  readonly byName: ReadonlyMap<string, PlanNode>;
}

/** The kind fields a raw job object has. */
function kindFieldsOf(job: Record<string, unknown>): string[] {
  return JOB_TYPES.map((t) => KIND_FIELDS[t]).filter((f) => Object.hasOwn(job, f));
}

/**
 * Checks what must hold before the schema is applied (so that ajv never sees an unbounded
 * structure): groups nest at most {@link MAX_GROUP_DEPTH} levels, at most {@link MAX_JOBS} jobs,
 * and every job has exactly one kind field. Returns the first problem.
 *
 * @example
 * ```ts
 * preflightProblems({ name: 'p', jobs: [{ name: 'a' }] }); // [{ code: 'JobKind', path: '/jobs/0', … }]
 * ```
 */
export function preflightProblems(data: unknown): PlanProblem[] {
  if (!isJsonObject(data)) {
    return [
      problem(
        'NotAPlan',
        '',
        'a plan is a JSON object with "name" and "jobs"',
        'see schemas/plan.schema.json and src/plans/README.md',
      ),
    ];
  }
  let jobs = 0;
  const stack: { list: unknown; path: string; depth: number }[] = [
    { list: data['jobs'], path: '/jobs', depth: 1 },
  ];
  while (stack.length > 0) {
    const { list, path, depth } = stack.pop() as { list: unknown; path: string; depth: number };
    if (!Array.isArray(list)) continue; // the schema reports it
    for (let i = 0; i < list.length; i++) {
      const job: unknown = list[i];
      const at = appendPointer(path, i);
      if (!isJsonObject(job)) continue;
      jobs++;
      if (jobs > MAX_JOBS) {
        return [
          problem(
            'PlanTooLarge',
            at,
            `the plan has more than ${MAX_JOBS} jobs`,
            'split it into several plans',
          ),
        ];
      }
      const kinds = kindFieldsOf(job);
      if (kinds.length !== 1) {
        return [
          problem(
            'JobKind',
            at,
            kinds.length === 0
              ? `job ${JSON.stringify(job['name'] ?? '')} has none of runModel, runFlow, importModel, importData, exportData, jobGroup`
              : `job ${JSON.stringify(job['name'] ?? '')} has ${kinds.join(' and ')}: a job has exactly one kind`,
            'give exactly one of runModel, runFlow, importModel, importData, exportData, jobGroup',
          ),
        ];
      }
      const group = job['jobGroup'];
      if (!isJsonObject(group)) continue;
      if (depth > MAX_GROUP_DEPTH) {
        return [
          problem(
            'GroupTooDeep',
            at,
            `groups nest more than ${MAX_GROUP_DEPTH} levels deep`,
            `flatten the plan to at most ${MAX_GROUP_DEPTH} levels of groups`,
          ),
        ];
      }
      for (const mode of ['sequential', 'parallel']) {
        const inner = group[mode];
        if (isJsonObject(inner)) {
          stack.push({
            list: inner['jobs'],
            path: appendPointer(at, 'jobGroup', mode, 'jobs'),
            depth: depth + 1,
          });
        }
      }
    }
  }
  return [];
}

/**
 * The job type of a schema-valid job: its kind field's.
 *
 * @example
 * ```ts
 * jobTypeOf({ name: 'a', runModel: { model: 'm' } }); // 'RUN_MODEL'
 * ```
 */
export function jobTypeOf(job: JobDefinition): JobType {
  const field = kindFieldsOf(job as unknown as Record<string, unknown>)[0];
  return JOB_TYPES.find((t) => KIND_FIELDS[t] === field) as JobType;
}

/**
 * Builds the tree of a schema-valid plan: the root group (the plan's own jobs, sequential),
 * nested groups and jobs with their JSON pointers, executors and retries resolved against the
 * plan's defaults.
 *
 * @example
 * ```ts
 * buildPlanTree(plan).root.members.length; // the plan's top-level jobs
 * ```
 */
export function buildPlanTree(plan: Plan): PlanTree {
  const parentOf = new Map<PlanNode, { group: GroupNode; index: number }>();
  const byName = new Map<string, PlanNode>();
  const defaultFailFast = plan.failFast === true;
  const build = (job: JobDefinition, path: string, depth: number): PlanNode => {
    const type = jobTypeOf(job);
    if (type === 'JOB_GROUP') {
      const group = (job as Extract<JobDefinition, { jobGroup: unknown }>).jobGroup;
      const mode = group.parallel !== undefined ? 'parallel' : 'sequential';
      const list = group.parallel ?? group.sequential;
      const node: GroupNode = {
        kind: 'group',
        name: job.name,
        path,
        mode,
        failFast: mode === 'parallel' && (group.parallel?.failFast ?? defaultFailFast),
        members: list.jobs.map((j, i) =>
          build(j, appendPointer(path, 'jobGroup', mode, 'jobs', i), depth + 1),
        ),
        depth,
        root: false,
      };
      return link(node);
    }
    const runnable = job as RunnableJobDefinition;
    const node: JobNode = {
      kind: 'job',
      name: job.name,
      path,
      jobType: type,
      definition: runnable,
      spec: (runnable as unknown as Record<string, Readonly<Record<string, unknown>>>)[
        KIND_FIELDS[type]
      ] as Readonly<Record<string, unknown>>,
      executor: runnable.executor ?? plan.defaults?.executor,
      retry: runnable.retry ?? plan.defaults?.retry,
      timeoutSeconds: runnable.timeoutSeconds ?? plan.defaults?.timeoutSeconds,
      depth,
    };
    return node;
  };
  const link = (group: GroupNode): GroupNode => {
    group.members.forEach((m, index) => parentOf.set(m, { group, index }));
    return group;
  };
  const root = link({
    kind: 'group',
    name: plan.name,
    path: '',
    mode: 'sequential',
    failFast: false,
    members: plan.jobs.map((j, i) => build(j, appendPointer('', 'jobs', i), 1)),
    depth: 0,
    root: true,
  });
  const visit = (node: PlanNode): void => {
    if (!byName.has(node.name)) byName.set(node.name, node);
    if (node.kind === 'group') node.members.forEach(visit);
  };
  root.members.forEach(visit);
  return { root, parentOf, byName };
}

/**
 * Every node of a group, depth first (the group itself first).
 *
 * @example
 * ```ts
 * [...walkPlan(tree.root)].filter((n) => n.kind === 'job').length;
 * ```
 */
export function* walkPlan(group: GroupNode): Generator<PlanNode> {
  const stack: PlanNode[] = [group];
  while (stack.length > 0) {
    const node = stack.pop() as PlanNode;
    yield node;
    if (node.kind === 'group') {
      for (let i = node.members.length - 1; i >= 0; i--) stack.push(node.members[i] as PlanNode);
    }
  }
}
