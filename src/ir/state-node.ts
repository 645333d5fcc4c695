import type { ChoiceNode } from './choice-node.ts';
import type { FailNode } from './fail-node.ts';
import type { MapNode } from './map-node.ts';
import type { ParallelNode } from './parallel-node.ts';
import type { PassNode } from './pass-node.ts';
import type { SucceedNode } from './succeed-node.ts';
import type { TaskNode } from './task-node.ts';
import type { WaitNode } from './wait-node.ts';

/** Any state node. Its `kind` is its ASL `Type`. */
export type StateNode =
  PassNode | TaskNode | ChoiceNode | WaitNode | SucceedNode | FailNode | ParallelNode | MapNode;

/** The state kinds. */
export type StateKind = StateNode['kind'];
