import type { AslQueryLanguage } from '../asl/query-language.ts';
import type { CatcherNode } from './catcher-node.ts';
import type { ObjectNode, ValueNode } from './value-node.ts';
import type { RetrierNode } from './retrier-node.ts';
import type { JsonataNode, JsonPathNode } from './expression-node.ts';

/** Fields every state node has. */
export interface StateBase {
  /** The state's name (its key in `States`). */
  readonly name: string;
  readonly comment?: string;
  /** Set only when the state declares its own query language. */
  readonly queryLanguage?: AslQueryLanguage;
  /**
   * Fields the DSL does not model, set through its `extra` escape hatch: ASL field names (none
   * that aslc models), entries sorted by key, emitted after every field aslc writes.
   */
  readonly extra?: ObjectNode;
}

/** `Next` / `End`: exactly one is set on states that transition. */
export interface Transition {
  readonly next?: string;
  readonly end?: boolean;
}

/** JSONPath `InputPath` / `OutputPath` (`null` discards: `{}`). */
export interface PathIo {
  readonly inputPath?: string | null;
  readonly outputPath?: string | null;
}

/** `Assign` and JSONata `Output`. */
export interface AssignOutput {
  readonly assign?: ObjectNode;
  readonly output?: ValueNode;
}

/** `ResultPath` (`null` discards the result). */
export interface ResultPathField {
  readonly resultPath?: string | null;
}

/** `Retry` / `Catch`. */
export interface ErrorHandling {
  readonly retry?: readonly RetrierNode[];
  readonly catch?: readonly CatcherNode[];
}

/**
 * A number field that may be a literal, a JSONPath reference (emitted as its `…Path` twin) or a
 * JSONata expression.
 */
export type NumberField = number | JsonPathNode | JsonataNode;
