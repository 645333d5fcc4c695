import type { AslQueryLanguage } from '../asl/query-language.ts';
import { Chain, CHAIN_NODE, leafNode, type Chainable, type ChainNode } from './chain.ts';
import type { ExtraFields } from './extra-fields.ts';
import type { PathInput } from './parse/field-parser.ts';
import type { OptionKeys } from './options.ts';
import type { Template } from './parse/value-parser.ts';
import type { PendingState } from './pending-state.ts';

/** Options every state accepts. */
export interface StateOptions {
  readonly comment?: string;
  /** The state's own query language; by default it inherits the machine's. */
  readonly queryLanguage?: AslQueryLanguage;
  /**
   * Fields the DSL does not model yet, by their ASL name (`{ NewAwsField: 'value' }`): written
   * after every field aslc writes, sorted by key. A field the DSL models is refused
   * (`ExtraFieldModelled`, naming the option to use). The compiled definition is validated as
   * always; a field aslc's validator does not know is reported as an `ExtraField` warning.
   */
  readonly extra?: ExtraFields;
}

/** JSONPath input/output filtering. */
export interface PathIoOptions {
  /** JSONPath: the part of the input the state sees (`null`: `{}`). */
  readonly inputPath?: PathInput | null;
  /** JSONPath: the part of the result passed on (`null`: `{}`). */
  readonly outputPath?: PathInput | null;
}

/** Variables and JSONata output. */
export interface AssignOutputOptions {
  /** Workflow variables to set (`$name` afterwards). Values: literals, `path()`/intrinsics (JSONPath) or `jsonata()`. */
  readonly assign?: Record<string, Template>;
  /** JSONata: the state's output. */
  readonly output?: Template;
}

/** The keys of {@link StateOptions}. @internal */
export const STATE_OPTION_KEYS: OptionKeys<StateOptions> = {
  comment: true,
  queryLanguage: true,
  extra: true,
};
/** The keys of {@link PathIoOptions}. @internal */
export const PATH_IO_KEYS: OptionKeys<PathIoOptions> = { inputPath: true, outputPath: true };
/** The keys of {@link AssignOutputOptions}. @internal */
export const ASSIGN_OUTPUT_KEYS: OptionKeys<AssignOutputOptions> = { assign: true, output: true };

/**
 * The common part of every state builder: a name, a pending state, and chaining. Builders are
 * immutable: every method returns a new builder over a new pending state (pending states are
 * readonly in their types and never changed once built).
 */
export abstract class StateBuilder implements Chainable {
  /** @internal */
  readonly pending: PendingState;
  /** The one-state chain node of this builder, made on first use. */
  #leaf: ChainNode | undefined;

  /** @internal */
  constructor(pending: PendingState) {
    this.pending = pending;
  }

  /** The state's name. */
  get name(): string {
    return this.pending.name;
  }

  /** The state's type (`Pass`, `Task`, …). */
  get type(): string {
    return this.pending.kind;
  }

  /**
   * This state's one-state chain node, made once (the builder and the node are immutable): a
   * state used in several places (a shared catch handler, the target of several rules) is one
   * chain node, which lowering walks once. Internal code links builders through it, without
   * making a `Chain`. @internal
   */
  get [CHAIN_NODE](): ChainNode {
    return (this.#leaf ??= leafNode(this.pending));
  }

  /** This state as a one-state chain. */
  toChain(): Chain {
    return new Chain(this[CHAIN_NODE]);
  }

  /**
   * A chain of this state followed by `next`.
   *
   * @example
   * ```ts
   * pass('A').next(pass('B')); // A → B
   * ```
   */
  next(next: Chainable): Chain {
    return this.toChain().next(next);
  }

  /** The name of the first state (this one). */
  get startState(): string {
    return this.pending.name;
  }

  /** The names of the open ends (this state, unless it is terminal). */
  get endStates(): string[] {
    return this.pending.terminal ? [] : [this.pending.name];
  }
}
