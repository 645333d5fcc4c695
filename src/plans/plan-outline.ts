import { assertPlan } from './parse-plan.ts';
import type { GroupNode, PlanNode } from './plan-tree.ts';
import type { Plan } from './plan-types.ts';

/** The Resource of an outline's job boxes: no AWS service, only what the renderers draw. */
const OUTLINE_JOB = 'arn:aws:states:::aslc:job';

/** A state of an outline: a job box, or a group cluster. */
type OutlineState = Record<string, unknown>;

/** The box label of a node: the job or group name, with what it is. */
function labelOf(node: PlanNode): string {
  if (node.kind === 'group') {
    const mode = node.mode === 'parallel' && node.failFast ? 'parallel, fail-fast' : node.mode;
    return `${node.name} (${mode} group)`;
  }
  const executor = node.executor?.kind;
  return `${node.name} (${node.jobType}${executor === undefined ? '' : ` on ${executor}`})`;
}

/** The outline graph of a list of members, chained in order. */
function graphOf(members: readonly PlanNode[]): { StartAt: string; States: OutlineState } {
  const states: OutlineState = {};
  const names = members.map(labelOf);
  members.forEach((m, i) => {
    const next = names[i + 1];
    const link = next === undefined ? { End: true } : { Next: next };
    states[names[i] as string] =
      m.kind === 'job'
        ? { Type: 'Task', Resource: OUTLINE_JOB, ...link }
        : { Type: 'Parallel', Branches: branchesOf(m), ...link };
  });
  return { StartAt: names[0] as string, States: states };
}

/** A sequential group is one branch of its chained members; a parallel group a branch each. */
function branchesOf(group: GroupNode): { StartAt: string; States: OutlineState }[] {
  return group.mode === 'sequential'
    ? [graphOf(group.members)]
    : group.members.map((m) => graphOf([m]));
}

/**
 * The outline of a plan, for the diagram renderers: a box per job named after the job with its
 * type and executor (`price (RUN_MODEL on lambda)`), a sequential group as a cluster of its
 * chained jobs, a parallel group as a cluster with a branch per job. It has the shape of a
 * definition so that `aslc render` draws it like any workflow, but it is not a machine to run:
 * the plan's machine is `planToStateMachines`'s (`aslc render --states` draws that one). The
 * plan is checked first, as compiling it would (a {@link PlanError} naming the job).
 *
 * @example
 * ```ts
 * const outline = planOutline(
 *   definePlan({
 *     name: 'nightly',
 *     jobs: [
 *       runModel('price', { model: 'models/price' }, {
 *         executor: lambdaExecutor('arn:aws:lambda:us-east-1:123456789012:function:price'),
 *       }),
 *     ],
 *   }),
 * );
 * outline.StartAt; // 'price (RUN_MODEL on lambda)'
 * ```
 */
export function planOutline(plan: Plan): { StartAt: string; States: OutlineState } {
  return graphOf(assertPlan(plan).tree.root.members);
}
