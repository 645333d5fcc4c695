import { isJsonObject } from '../util/json.ts';
import { appendPointer } from '../util/json-pointer.ts';
import { problem, type PlanProblem } from './plan-error.ts';
import { referenceProblems } from './plan-references.ts';
import { KIND_FIELDS, walkPlan, type JobNode, type PlanNode, type PlanTree } from './plan-tree.ts';
import type { JobDefinition } from './plan-types.ts';

function quote(name: string): string {
  return JSON.stringify(name);
}

/** Problems of names: unique across the plan, the plan's own name included. */
function nameProblems(tree: PlanTree): PlanProblem[] {
  const out: PlanProblem[] = [];
  const seen = new Map<string, string>([[tree.root.name, '']]);
  for (const node of walkPlan(tree.root)) {
    if (node === tree.root) continue;
    const other = seen.get(node.name);
    if (other !== undefined) {
      out.push(
        problem(
          'DuplicateJobName',
          appendPointer(node.path, 'name'),
          `the name ${quote(node.name)} is already used ${other === '' ? 'by the plan itself' : `at ${other}`}`,
          'give every job and group a name of its own: state names, status records and references use it',
        ),
      );
    } else {
      seen.set(node.name, node.path);
    }
  }
  return out;
}

/** `jobType` and `jobGroupType` agree with the kind field. */
function typeProblems(node: PlanNode, job: JobDefinition): PlanProblem[] {
  const declared = job.jobType;
  const actual = node.kind === 'group' ? 'JOB_GROUP' : node.jobType;
  if (declared !== undefined && declared !== actual) {
    return [
      problem(
        'JobTypeMismatch',
        appendPointer(node.path, 'jobType'),
        `jobType is ${declared} but the job has ${KIND_FIELDS[actual]}`,
        `set jobType to ${actual}, or use the field ${KIND_FIELDS[declared]}`,
      ),
    ];
  }
  if (node.kind === 'group' && 'jobGroup' in job) {
    const groupType = job.jobGroup.jobGroupType;
    const expected = node.mode === 'parallel' ? 'PARALLEL_JOB_GROUP' : 'SEQUENTIAL_JOB_GROUP';
    if (groupType !== undefined && groupType !== expected) {
      return [
        problem(
          'GroupTypeMismatch',
          appendPointer(node.path, 'jobGroup', 'jobGroupType'),
          `jobGroupType is ${groupType} but the group has ${node.mode}`,
          `set jobGroupType to ${expected}`,
        ),
      ];
    }
  }
  return [];
}

/** Keys ending in `.$` anywhere in a value (Step Functions would read them as references). */
function reservedKeys(value: unknown, path: string, out: PlanProblem[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => reservedKeys(v, appendPointer(path, i), out));
  } else if (isJsonObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      const at = appendPointer(path, k);
      if (k.endsWith('.$')) {
        out.push(
          problem(
            'ReservedKey',
            at,
            `key ${quote(k)} ends in '.$', which Step Functions reads as a reference`,
            'rename the key: job data is passed as it is written',
          ),
        );
      }
      reservedKeys(v, at, out);
    }
  }
}

/** Problems of a runnable job's executor, timeout and data. */
function jobProblems(node: JobNode): PlanProblem[] {
  const out: PlanProblem[] = [];
  const def = node.definition;
  if (node.executor === undefined) {
    out.push(
      problem(
        'MissingExecutor',
        node.path,
        `job ${quote(node.name)} says nothing about how it runs`,
        'give it an executor (batch, demandExecution, lambda, stateMachine or task), or set defaults.executor in the plan',
      ),
    );
  }
  if (
    def.heartbeatSeconds !== undefined &&
    node.timeoutSeconds !== undefined &&
    def.heartbeatSeconds >= node.timeoutSeconds
  ) {
    out.push(
      problem(
        'HeartbeatNotLessThanTimeout',
        appendPointer(node.path, 'heartbeatSeconds'),
        `heartbeatSeconds (${def.heartbeatSeconds}) must be less than timeoutSeconds (${node.timeoutSeconds})`,
        'lower heartbeatSeconds, or raise timeoutSeconds',
      ),
    );
  }
  if (def.heartbeatSeconds !== undefined && node.executor?.kind === 'batch') {
    out.push(
      problem(
        'UnsupportedOption',
        appendPointer(node.path, 'heartbeatSeconds'),
        'a Batch job sends no heartbeats',
        'use timeoutSeconds, or run the job with a Task executor that sends heartbeats',
      ),
    );
  }
  if (def.cancelledOn?.includes('States.ALL') === true) {
    out.push(
      problem(
        'UnsupportedOption',
        appendPointer(node.path, 'cancelledOn'),
        'cancelledOn cannot list States.ALL: every failure would be a cancellation',
        'list the error names that mean the job was cancelled (e.g. States.Timeout)',
      ),
    );
  }
  const field = KIND_FIELDS[node.jobType];
  for (const key of ['parameters', 'outputAttrs', 'importAttrs', 'modelAttrs']) {
    reservedKeys(node.spec[key], appendPointer(node.path, field, key), out);
  }
  const executor = node.executor;
  const executorPath =
    def.executor === undefined ? '/defaults/executor' : appendPointer(node.path, 'executor');
  if (executor?.kind === 'demandExecution') {
    reservedKeys(executor.request, appendPointer(executorPath, 'request'), out);
  }
  if (executor?.kind === 'batch') {
    const strings: [string, unknown][] = [
      ['image', executor.image],
      ['jobQueue', executor.jobQueue],
      ['jobRoleArn', executor.jobRoleArn],
      ...(executor.command ?? []).map((c, i): [string, unknown] => [`command/${i}`, c]),
      ...Object.entries(executor.environment ?? {}).map(([k, v]): [string, unknown] => [
        `environment/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        v,
      ]),
    ];
    for (const [where, value] of strings) {
      if (typeof value === 'string' && (value.startsWith('$') || value.startsWith('States.'))) {
        out.push(
          problem(
            'AutoRefString',
            `${executorPath}/${where}`,
            `${quote(value)} would be read as a reference by the SubmitJob fragment`,
            "Batch values starting with '$' or 'States.' cannot be passed literally; the job gets $ASLC_RUN_ID, $ASLC_JOB and $ASLC_JOB_SPEC instead",
          ),
        );
      }
    }
  }
  return out;
}

/**
 * The semantic problems of a schema-valid plan: unique names, `jobType` and `jobGroupType`
 * agreeing with the kind fields, an executor for every job, values Step Functions would misread,
 * and job-output references (a job may read only outputs of jobs that ran before it in a
 * sequential group: not its own, not a later job's, not a parallel sibling's).
 *
 * @example
 * ```ts
 * semanticProblems(buildPlanTree(plan)); // [] when the plan is sound
 * ```
 */
export function semanticProblems(tree: PlanTree): PlanProblem[] {
  const out: PlanProblem[] = [...nameProblems(tree)];
  for (const node of walkPlan(tree.root)) {
    if (node === tree.root) continue;
    const job = node.kind === 'job' ? node.definition : undefined;
    if (job !== undefined) out.push(...typeProblems(node, job));
    if (node.kind === 'job') {
      out.push(...jobProblems(node), ...referenceProblems(tree, node));
    }
  }
  return out;
}

/**
 * Type problems of groups (their definition is not kept on the node): checked on the raw jobs.
 *
 * @example
 * ```ts
 * groupTypeProblems(tree, plan.jobs);
 * ```
 */
export function groupTypeProblems(tree: PlanTree, jobs: readonly JobDefinition[]): PlanProblem[] {
  const out: PlanProblem[] = [];
  const visit = (list: readonly JobDefinition[], nodes: readonly PlanNode[]): void => {
    list.forEach((job, i) => {
      const node = nodes[i] as PlanNode;
      if (node.kind !== 'group' || !('jobGroup' in job)) return;
      out.push(...typeProblems(node, job));
      visit((job.jobGroup.parallel ?? job.jobGroup.sequential).jobs, node.members);
    });
  };
  visit(jobs, tree.root.members);
  return out;
}
