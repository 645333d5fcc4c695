import type { ConditionNode } from '../ir/choice-rule-node.ts';
import type { RetrierNode } from '../ir/retrier-node.ts';
import type { StateFields, StateKind } from '../ir/state-node.ts';
import type { ObjectNode, ValueNode } from '../ir/value-node.ts';
import type { ChainNode } from './chain.ts';
import type { SourceSite } from './source-site.ts';

/**
 * A state of kind `K` as the builders hold it, before transitions are resolved into names: the
 * fields of its IR node (typed by the node: {@link StateFields}) and the chains it links to. Its
 * identity (the object) is the state's identity: the same object reached twice is one state; two
 * objects with one name are a duplicate. Readonly, never changed once made, not frozen (see
 * src/dsl/README.md). @internal
 */
export interface PendingStateOf<K extends StateKind> {
  readonly kind: K;
  readonly name: string;
  /** Succeed, Fail and Choice have no open end to continue from. */
  readonly terminal: boolean;
  /** The fields of the state's IR node, without its links (transitions, nested graphs). */
  readonly fields: StateFields<K>;
  readonly retry?: readonly RetrierNode[];
  readonly catchers?: readonly PendingCatcher[];
  readonly rules?: readonly PendingRule[];
  readonly defaultTarget?: ChainNode;
  readonly branches?: readonly ChainNode[];
  /** The `Comment` of each Parallel branch, by index (sparse: `undefined` for none). */
  readonly branchComments?: readonly (string | undefined)[];
  readonly processor?: ChainNode;
  /** The `Comment` of a Map's item processor. */
  readonly processorComment?: string;
  /** Where the state's builder was called (only while source locations are recorded). */
  readonly origin?: SourceSite;
  /** Where `.otherwise(…)` was called (Choice; only while source locations are recorded). */
  readonly defaultOrigin?: SourceSite;
}

/** A state of any kind: the union of {@link PendingStateOf} over the kinds. @internal */
export type PendingState = { [K in StateKind]: PendingStateOf<K> }[StateKind];

/** A catcher whose handler is a chain. @internal */
export interface PendingCatcher {
  readonly errorEquals: readonly string[];
  readonly comment?: string;
  readonly resultPath?: string | null;
  readonly output?: ValueNode;
  readonly assign?: ObjectNode;
  readonly handler: ChainNode;
  /** Where `.catch(…)` was called (only while source locations are recorded). */
  readonly origin?: SourceSite;
}

/** A Choice rule whose target is a chain. @internal */
export interface PendingRule {
  readonly condition: ConditionNode;
  readonly comment?: string;
  readonly output?: ValueNode;
  readonly assign?: ObjectNode;
  readonly target: ChainNode;
  /** Where `.when(…)` was called (only while source locations are recorded). */
  readonly origin?: SourceSite;
}
