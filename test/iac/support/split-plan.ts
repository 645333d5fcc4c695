// A job plan split into child machines, as the build receives it (the machines of
// planToStateMachines with their machineArns): the parent starts children whose ARNs are
// placeholders no environment gives.
import type { BuildWorkflow } from '../../../src/iac/index.ts';
import { planToStateMachines, type PlanMachine } from '../../../src/plans/index.ts';
import { compile } from '../../../src/compile.ts';

const LAMBDA = {
  kind: 'lambda',
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:job',
};
const job = (name: string) => ({ name, runModel: { model: 'models/m' }, executor: LAMBDA });

/** The plan: a job, then a sequential group holding a job and a parallel group of two jobs. */
export const SPLIT_PLAN = {
  name: 'nightly',
  jobs: [
    job('a'),
    {
      name: 'risk',
      jobGroup: {
        sequential: {
          jobs: [
            job('b'),
            { name: 'scenarios', jobGroup: { parallel: { jobs: [job('c'), job('d')] } } },
          ],
        },
      },
    },
  ],
};

/** The plan's machines, laid out with a limit that splits it (three machines). */
export function splitPlanMachines(): readonly PlanMachine[] {
  const measure = (machine: Parameters<typeof compile>[0]) => {
    const json = compile(machine, { validate: false }).json;
    return { bytes: Buffer.byteLength(json), lines: json.split('\n').length };
  };
  const [whole] = planToStateMachines(SPLIT_PLAN, { measure });
  const limit = Math.floor(measure(whole?.machine as never).bytes * 0.55);
  return planToStateMachines(SPLIT_PLAN, { measure, maxDefinitionBytes: limit });
}

/** The plan's machines as build workflows. */
export function splitPlanWorkflows(): BuildWorkflow[] {
  return splitPlanMachines().map((m) => ({
    name: m.name,
    machine: m.machine.node,
    ...(m.machineArns === undefined ? {} : { machineArns: m.machineArns }),
  }));
}
