import type { AslQueryLanguage } from '../asl/query-language.ts';
import { Chain, leafNode, type Chainable } from './chain.ts';
import {
  parseAssign,
  parseComment,
  parsePath,
  parseQueryLanguage,
  type PathInput,
} from './parse/field-parser.ts';
import { parseValue, type Template } from './parse/value-parser.ts';
import type { PendingState } from './pending-state.ts';

/** Options every state accepts. */
export interface StateOptions {
  readonly comment?: string;
  /** The state's own query language; by default it inherits the machine's. */
  readonly queryLanguage?: AslQueryLanguage;
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

/** Keys of {@link StateOptions}, {@link PathIoOptions} and {@link AssignOutputOptions}. @internal */
export const COMMON_KEYS = ['comment', 'queryLanguage'] as const;
/** @internal */
export const IO_KEYS = ['inputPath', 'outputPath', 'assign', 'output'] as const;

/** Parses the common fields into IR fields. @internal */
export function commonFields(
  name: string,
  options: StateOptions & PathIoOptions & AssignOutputOptions,
  io: { paths: boolean; assign: boolean; output: boolean },
): Record<string, unknown> {
  const f: Record<string, unknown> = {
    comment: parseComment(options.comment, name),
    queryLanguage: parseQueryLanguage(options.queryLanguage, name),
  };
  if (io.paths) {
    f['inputPath'] = parsePath(options.inputPath, name, 'InputPath', true);
    f['outputPath'] = parsePath(options.outputPath, name, 'OutputPath', true);
  }
  if (io.assign) f['assign'] = parseAssign(options.assign, name);
  if (io.output && options.output !== undefined) {
    f['output'] = parseValue(options.output, { state: name, field: 'Output' });
  }
  return f;
}

/** Drops undefined fields and freezes. @internal */
export function compact(fields: Record<string, unknown>): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return Object.freeze(out);
}

/**
 * The common part of every state builder: a name, a frozen pending state, and chaining. Builders
 * are immutable: every method returns a new builder.
 */
export abstract class StateBuilder implements Chainable {
  /** @internal */
  readonly pending: PendingState;

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

  /** This state as a one-state chain. */
  toChain(): Chain {
    return new Chain(leafNode(this.pending));
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
