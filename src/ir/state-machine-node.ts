import type { AslQueryLanguage } from '../asl/query-language.ts';
import { defineNode } from './node.ts';
import type { GraphNode } from './graph-node.ts';
import type { ObjectNode } from './value-node.ts';

/** A whole state machine. */
export interface StateMachineNode {
  readonly kind: 'StateMachine';
  readonly comment?: string;
  readonly version?: string;
  readonly queryLanguage?: AslQueryLanguage;
  readonly timeoutSeconds?: number;
  readonly graph: GraphNode;
  /** Top-level fields the DSL does not model (`extra`), sorted by key, emitted last. */
  readonly extra?: ObjectNode;
}
export const StateMachineNode = defineNode<StateMachineNode>('StateMachine');
