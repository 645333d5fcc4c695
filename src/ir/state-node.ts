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

/** The node of one state kind (`StateNodeOf<'Task'>` is `TaskNode`). */
export type StateNodeOf<K extends StateKind> = Extract<StateNode, { readonly kind: K }>;

/**
 * What lowering adds to a state: its kind, name, transitions, error handlers, rules and nested
 * graphs. The rest are the state's own fields, which its builder sets.
 */
export type StateLinkField =
  | 'kind'
  | 'name'
  | 'next'
  | 'end'
  | 'retry'
  | 'catch'
  | 'choices'
  | 'default'
  | 'branches'
  | 'processor';

/** The fields a builder sets on a state of kind `K`: its node without the links. */
export type StateFields<K extends StateKind> = Omit<StateNodeOf<K>, StateLinkField>;
