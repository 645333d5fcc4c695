import { isJsonObject } from '../util/json.ts';
import { appendPointer } from '../util/json-pointer.ts';
import { problem, type PlanProblem } from './plan-error.ts';
import {
  KIND_FIELDS,
  type GroupNode,
  type JobNode,
  type PlanNode,
  type PlanTree,
} from './plan-tree.ts';
import type { JobOutputRef } from './plan-types.ts';

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

/**
 * Problems of the job-output references of one job: the named job exists, is not a group,
 * produces what is asked (a declared output; a model for IMPORT_MODEL) and has run before it in
 * a sequential group.
 *
 * @example
 * ```ts
 * referenceProblems(tree, job); // [] when every `{fromJob, output}` of the job is available
 * ```
 */
export function referenceProblems(tree: PlanTree, node: JobNode): PlanProblem[] {
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
