import type { StateMachineNode } from '../../ir/state-machine-node.ts';
import { allStates, extraFieldPointers } from '../../ir/traverse.ts';
import type { Environment, StateMachineType, WorkflowContext } from '../iac-target.ts';
import { renderSentinels } from '../placeholders.ts';

/**
 * Prepares one workflow for the targets: the definition rendered once with sentinel
 * placeholders, its state count, and which placeholders are intrinsic arguments.
 *
 * @example
 * ```ts
 * const ctx = createWorkflowContext('orders', machine.node, { name: 'dev', values }, 'STANDARD');
 * ctx.rendered.sentinels.names; // ['ProcessFunctionArn']
 * ```
 */
export function createWorkflowContext(
  name: string,
  machine: StateMachineNode,
  environment: Environment | undefined,
  type: StateMachineType = 'STANDARD',
): WorkflowContext {
  const rendered = renderSentinels(machine);
  const intrinsic = new Set<string>();
  rendered.sentinels.replace(rendered.text, (p, context) => {
    if (context === 'intrinsic') intrinsic.add(p);
    return '';
  });
  return {
    name,
    machine,
    rendered,
    states: allStates(machine).length,
    intrinsicPlaceholders: intrinsic,
    environment,
    type,
    extraFields: extraFieldPointers(machine),
  };
}
