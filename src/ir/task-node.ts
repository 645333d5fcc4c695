import { defineNode } from './node.ts';
import type { DeployString } from './expression-node.ts';
import type {
  AssignOutput,
  ErrorHandling,
  NumberField,
  PathIo,
  ResultPathField,
  StateBase,
  Transition,
} from './state-base.ts';
import type { ValueNode } from './value-node.ts';

/** A Task state. */
export interface TaskNode
  extends StateBase, Transition, PathIo, AssignOutput, ResultPathField, ErrorHandling {
  readonly kind: 'Task';
  /** The Resource ARN (a literal, a deploy-time placeholder, or a substitution). */
  readonly resource: DeployString;
  readonly parameters?: ValueNode;
  readonly arguments?: ValueNode;
  readonly resultSelector?: ValueNode;
  readonly credentials?: ValueNode;
  readonly timeoutSeconds?: NumberField;
  readonly heartbeatSeconds?: NumberField;
}
export const TaskNode = defineNode<TaskNode>('Task');
