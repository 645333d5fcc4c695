import type { AslQueryLanguage } from '../asl/query-language.ts';
import { defineNode } from './node.ts';
import type { GraphNode } from './graph-node.ts';

/** A whole state machine. */
export interface StateMachineNode {
  readonly kind: 'StateMachine';
  readonly comment?: string;
  readonly version?: string;
  readonly queryLanguage?: AslQueryLanguage;
  readonly timeoutSeconds?: number;
  readonly graph: GraphNode;
}
export const StateMachineNode = defineNode<StateMachineNode>('StateMachine');
