import { defineNode } from './node.ts';
import type { ChoiceRuleNode } from './choice-rule-node.ts';
import type { AssignOutput, PathIo, StateBase } from './state-base.ts';

/** A Choice state. */
export interface ChoiceNode extends StateBase, PathIo, AssignOutput {
  readonly kind: 'Choice';
  readonly choices: readonly ChoiceRuleNode[];
  /** The name of the default state. */
  readonly default?: string;
}
export const ChoiceNode = defineNode<ChoiceNode>('Choice');
