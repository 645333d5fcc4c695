import { defineNode } from './node.ts';
import type { AssignOutput, PathIo, ResultPathField, StateBase, Transition } from './state-base.ts';
import type { ValueNode } from './value-node.ts';

/** A Pass state. */
export interface PassNode extends StateBase, Transition, PathIo, AssignOutput, ResultPathField {
  readonly kind: 'Pass';
  readonly parameters?: ValueNode;
  readonly result?: ValueNode;
}
export const PassNode = defineNode<PassNode>('Pass');
