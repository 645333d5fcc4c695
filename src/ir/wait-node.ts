import { defineNode } from './node.ts';
import type { JsonataNode, JsonPathNode } from './expression-node.ts';
import type { AssignOutput, NumberField, PathIo, StateBase, Transition } from './state-base.ts';

/** A Wait state: exactly one of `seconds` and `timestamp`. */
export interface WaitNode extends StateBase, Transition, PathIo, AssignOutput {
  readonly kind: 'Wait';
  readonly seconds?: NumberField;
  readonly timestamp?: string | JsonPathNode | JsonataNode;
}
export const WaitNode = defineNode<WaitNode>('Wait');
