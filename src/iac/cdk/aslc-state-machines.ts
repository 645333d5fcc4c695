import { Construct } from 'constructs';
import { AslcError } from '../../util/errors.ts';
import { AslcStateMachine, type AslcStateMachineProps } from './aslc-state-machine.ts';
import type { CdkWorkflow } from './cdk-definition.ts';

/**
 * One machine of a group: a name, its workflow, and the placeholders that stand for the ARNs of
 * other machines of the group (what `planToStateMachines` of `aslc/plans` returns for a plan
 * split into child machines).
 */
export interface AslcMachine {
  readonly name: string;
  readonly machine: CdkWorkflow;
  /** Placeholder → the name of the machine of the group whose ARN it stands for. */
  readonly machineArns?: Readonly<Record<string, string>>;
}

/** Properties of {@link AslcStateMachines}: the machines, and what every one of them shares. */
export interface AslcStateMachinesProps extends Omit<
  AslcStateMachineProps,
  'workflow' | 'stateMachineName' | 'policy'
> {
  readonly machines: readonly AslcMachine[];
  /** The deployed name of each machine, from its name (default: CDK generates one). */
  readonly stateMachineName?: (name: string) => string;
}

/**
 * Several aslc state machines that start one another, such as a job plan split into child
 * machines (`planToStateMachines(plan)` of `aslc/plans`): one {@link AslcStateMachine} per
 * machine, with the id of its name, each placeholder of `machineArns` bound to the other
 * machine's `stateMachineArn` (so its derived policy may start it) unless `placeholders` gives a
 * value. Children are created before the machines that start them; a name that is not in the
 * group, or machines that start one another in a cycle, throw an `AslcError`.
 *
 * @example
 * ```ts
 * import { AslcStateMachines } from 'aslc/cdk';
 *
 * const plan = new AslcStateMachines(stack, 'Nightly', {
 *   machines: planToStateMachines(nightly), // from 'aslc/plans'
 *   placeholders: { JobStatusTable: table.tableArn },
 * });
 * plan.root.grantStartExecution(scheduler);
 * ```
 */
export class AslcStateMachines extends Construct {
  /** Every machine by name. */
  readonly stateMachines: ReadonlyMap<string, AslcStateMachine>;
  /** The first machine of `machines` (a plan's root). */
  readonly root: AslcStateMachine;

  constructor(scope: Construct, id: string, props: AslcStateMachinesProps) {
    super(scope, id);
    const { machines, stateMachineName, placeholders, ...common } = props;
    const byName = new Map(machines.map((m) => [m.name, m]));
    const created = new Map<string, AslcStateMachine>();
    const visiting = new Set<string>();
    const create = (name: string, from: string | undefined): AslcStateMachine => {
      const done = created.get(name);
      if (done !== undefined) return done;
      const spec = byName.get(name);
      if (spec === undefined) {
        throw new AslcError(
          'UnknownMachine',
          `machine '${from}' starts '${name}', which is not in the group`,
          {
            hint: `add it to machines (it has ${[...byName.keys()].join(', ')})`,
          },
        );
      }
      if (visiting.has(name)) {
        throw new AslcError(
          'MachineCycle',
          `machines start one another in a cycle through '${name}'`,
          {
            hint: 'a machine may start only machines that do not start it back',
          },
        );
      }
      visiting.add(name);
      const values: Record<string, string> = {};
      for (const [placeholder, child] of Object.entries(spec.machineArns ?? {})) {
        values[placeholder] = create(child, name).stateMachineArn;
      }
      Object.assign(values, placeholders);
      const machine = new AslcStateMachine(this, name, {
        ...common,
        workflow: spec.machine,
        placeholders: values,
        ...(stateMachineName === undefined ? {} : { stateMachineName: stateMachineName(name) }),
      });
      visiting.delete(name);
      created.set(name, machine);
      return machine;
    };
    for (const m of machines) create(m.name, undefined);
    const first = machines[0];
    if (first === undefined) {
      throw new AslcError('NoMachines', `${id} has no machines`, {
        hint: 'pass the machines, e.g. planToStateMachines(plan)',
      });
    }
    this.root = created.get(first.name) as AslcStateMachine;
    this.stateMachines = created;
  }
}
