import { chain, stateMachine, task, type TaskOptions } from '../../../src/index.ts';
import {
  derivePolicy,
  type DerivePolicyOptions,
  type PolicyStatement,
} from '../../../src/iac/index.ts';

/** The statements derived for one Task, without Sids (their order is tested separately). */
export function statementsFor(
  options: TaskOptions,
  derive: DerivePolicyOptions = {},
): { statements: Omit<PolicyStatement, 'Sid'>[]; warnings: string[] } {
  const machine = stateMachine({ definition: chain(task('T', options)) });
  const { document, warnings } = derivePolicy(machine.node, derive);
  return {
    statements: document.Statement.map(({ Sid: _sid, ...rest }) => rest),
    warnings: warnings.map((w) => `${w.state}: ${w.message}`),
  };
}

/** One Allow statement. */
export function allow(actions: string[], resources: string[]): Omit<PolicyStatement, 'Sid'> {
  return { Effect: 'Allow', Action: actions, Resource: resources };
}
