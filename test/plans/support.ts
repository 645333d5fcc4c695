// Helpers of the plan tests: compiling plans as the CLI does and walking ASL. (The mocks of a plan
// and the status updates of a run are the product's: planMocks and statusUpdates of aslc/plans.)
import { compile } from '../../src/compile.ts';
import type { StateMachine } from '../../src/index.ts';
import {
  planToStateMachines,
  type PlanCompileOptions,
  type PlanMachine,
} from '../../src/plans/index.ts';

/** The exact size of a compiled definition (what the CLI passes). */
export const exactSize: NonNullable<PlanCompileOptions['measure']> = (machine) => {
  const json = compile(machine, { validate: false }).json;
  return { bytes: Buffer.byteLength(json), lines: json.split('\n').length };
};

/** Compiles a plan with exact sizes, as the CLI does. */
export function machinesOf(
  plan: unknown,
  options: PlanCompileOptions = {},
): readonly PlanMachine[] {
  return planToStateMachines(plan, { measure: exactSize, ...options });
}

/** The ASL of a machine (validated: an error throws). */
export function aslOf(machine: StateMachine): AslGraph {
  return compile(machine).asl as unknown as AslGraph;
}

export interface AslGraph {
  StartAt: string;
  States: Record<string, AslState>;
}

export type AslState = Record<string, unknown> & { Type: string };

/** Every state of a graph, nested ones included, with its name. */
export function allStates(graph: AslGraph): [string, AslState][] {
  const out: [string, AslState][] = [];
  const stack: AslGraph[] = [graph];
  while (stack.length > 0) {
    const g = stack.pop() as AslGraph;
    for (const [name, s] of Object.entries(g.States)) {
      out.push([name, s]);
      for (const b of (s['Branches'] as AslGraph[] | undefined) ?? []) stack.push(b);
    }
  }
  return out;
}
