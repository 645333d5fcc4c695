import { defineNode } from './node.ts';
import type { GraphNode } from './graph-node.ts';
import type {
  AssignOutput,
  ErrorHandling,
  PathIo,
  ResultPathField,
  StateBase,
  Transition,
} from './state-base.ts';
import type { ValueNode } from './value-node.ts';

/** A Parallel state. */
export interface ParallelNode
  extends StateBase, Transition, PathIo, AssignOutput, ResultPathField, ErrorHandling {
  readonly kind: 'Parallel';
  readonly branches: readonly GraphNode[];
  readonly parameters?: ValueNode;
  readonly arguments?: ValueNode;
  readonly resultSelector?: ValueNode;
}
export const ParallelNode = defineNode<ParallelNode>('Parallel');
