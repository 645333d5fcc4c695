import { isJsonObject } from '../util/json.ts';
import { appendPointer } from '../util/json-pointer.ts';
import { problem, type PlanProblem } from './plan-error.ts';
import {
  KIND_FIELDS,
  walkPlan,
  type GroupNode,
  type JobNode,
  type PlanNode,
  type PlanTree,
} from './plan-tree.ts';
import type { JobDefinition, JobOutputRef } from './plan-types.ts';

/** Fields whose selectors may name an earlier job's output, and what that job must produce. */
const REFERENCE_FIELDS: Readonly<Record<string, 'model' | 'data'>> = Object.freeze({
  model: 'model',
  models: 'model',
  inputs: 'data',
  priorOutputs: 'data',
});

/** Selector fields where a job output makes no sense. */
const NO_REFERENCE_FIELDS = ['flow', 'outputs', 'imports', 'exports'];

function isJobOutputRef(value: unknown): value is JobOutputRef {
  return isJsonObject(value) && typeof value['fromJob'] === 'string';
}

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

/** The group in which two nodes' branches meet, with the index of each branch there. */
function meeting(
  tree: PlanTree,
  a: PlanNode,
  b: PlanNode,
): { group: GroupNode; ia: number; ib: number } | undefined {
  const ancestorsOfB = new Map<GroupNode, number>();
  for (let n: PlanNode = b; ;) {
    const up = tree.parentOf.get(n);
    if (up === undefined) break;
    ancestorsOfB.set(up.group, up.index);
    n = up.group;
  }
  for (let n: PlanNode = a; ;) {
    const up = tree.parentOf.get(n);
    if (up === undefined) return undefined;
    const ib = ancestorsOfB.get(up.group);
    if (ib !== undefined) return { group: up.group, ia: up.index, ib };
    n = up.group;
  }
}

/** Why `consumer` cannot read `producer`'s output, or undefined when the producer has run before it. */
function orderProblem(tree: PlanTree, producer: PlanNode, consumer: JobNode): string | undefined {
  if (producer === consumer) return 'a job cannot take its own output';
  const meet = meeting(tree, producer, consumer);
  if (meet === undefined) return 'the jobs are not in one plan';
  const groupName = meet.group.root ? 'the plan' : `group ${quote(meet.group.name)}`;
  if (meet.group.mode === 'parallel') {
    return `${quote(producer.name)} runs in parallel with ${quote(consumer.name)} (in ${groupName}), so its output may not exist yet`;
  }
  if (meet.ia > meet.ib)
    return `${quote(producer.name)} runs after ${quote(consumer.name)} (in ${groupName})`;
  return undefined;
}

/** Problems of the job-output references of one job. */
function referenceProblems(tree: PlanTree, node: JobNode): PlanProblem[] {
  const out: PlanProblem[] = [];
  const fieldPath = appendPointer(node.path, KIND_FIELDS[node.jobType]);
  const check = (ref: JobOutputRef, at: string, wants: 'model' | 'data'): void => {
    const producer = tree.byName.get(ref.fromJob);
    if (producer === undefined) {
      out.push(
        problem(
          'UnknownJob',
          at,
          `no job is named ${quote(ref.fromJob)}`,
          'check the name in fromJob',
        ),
      );
      return;
    }
    if (producer.kind === 'group') {
      out.push(
        problem(
          'NotAProducer',
          at,
          `${quote(ref.fromJob)} is a group; groups have no outputs`,
          'name the job of the group that produces the data',
        ),
      );
      return;
    }
    const order = orderProblem(tree, producer, node);
    if (order !== undefined) {
      out.push(
        problem(
          'OutputNotAvailable',
          at,
          order,
          'a job may read only outputs of jobs that ran before it in a sequential group',
        ),
      );
      return;
    }
    if (wants === 'model') {
      if (producer.jobType !== 'IMPORT_MODEL' || ref.output !== undefined) {
        out.push(
          problem(
            'NotAProducer',
            at,
            `a model comes from an IMPORT_MODEL job (without output); ${quote(ref.fromJob)} is ${producer.jobType}`,
            'name the IMPORT_MODEL job that imports the model',
          ),
        );
      }
      return;
    }
    const outputs = producer.spec['outputs'];
    const names = isJsonObject(outputs) ? Object.keys(outputs) : [];
    if (ref.output === undefined || !names.includes(ref.output)) {
      out.push(
        problem(
          'UnknownOutput',
          at,
          ref.output === undefined
            ? `name one output of ${quote(ref.fromJob)}`
            : `${quote(ref.fromJob)} declares no output ${quote(ref.output)}`,
          names.length === 0
            ? `declare it in the outputs of ${quote(ref.fromJob)}`
            : `use one of: ${names.join(', ')}`,
        ),
      );
    }
  };
  for (const [field, value] of Object.entries(node.spec)) {
    const wants = REFERENCE_FIELDS[field];
    const at = appendPointer(fieldPath, field);
    const entries: [string, unknown][] =
      field === 'model' || field === 'flow'
        ? [[at, value]]
        : isJsonObject(value)
          ? Object.entries(value).map(([k, v]): [string, unknown] => [appendPointer(at, k), v])
          : [];
    for (const [where, selector] of entries) {
      if (!isJobOutputRef(selector)) continue;
      if (wants === undefined) {
        if (NO_REFERENCE_FIELDS.includes(field)) {
          out.push(
            problem(
              'InvalidPlan',
              where,
              `${field} cannot name a job output`,
              'job outputs are inputs, prior outputs or (IMPORT_MODEL) models of later jobs',
            ),
          );
        }
        continue;
      }
      check(selector, where, wants);
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
