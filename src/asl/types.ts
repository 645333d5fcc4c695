/**
 * TypeScript types for Amazon States Language documents, as aslc emits them and as the
 * validator, renderer and engines read them. They cover the whole language in both query
 * languages (spec/asl.md §1): JSONPath and JSONata fields, variables (`Assign`), Distributed Map
 * (`ItemReader`, `ItemBatcher`, `ResultWriter`), `Credentials`, `JitterStrategy`, …
 *
 * The stale `asl-types` package lacks most of these; a type test proves that a JSONPath
 * definition of ours is still assignable to its `StateMachine`.
 *
 * @example
 * ```ts
 * const def: AslStateMachine = {
 *   StartAt: 'Hello',
 *   States: { Hello: { Type: 'Pass', End: true } },
 * };
 * ```
 */

import type { AslQueryLanguage } from './query-language.ts';

export type { AslQueryLanguage };

/** A payload template: JSON where keys ending in `.$` hold paths or intrinsic calls. */
export type AslPayload =
  null | boolean | number | string | readonly AslPayload[] | { readonly [key: string]: AslPayload };

/** Top-level document. */
export interface AslStateMachine {
  Comment?: string;
  Version?: string;
  QueryLanguage?: AslQueryLanguage;
  TimeoutSeconds?: number;
  StartAt: string;
  States: Record<string, AslState>;
}

/** A Parallel branch. */
export interface AslBranch {
  Comment?: string;
  StartAt: string;
  States: Record<string, AslState>;
}

/** A Map item processor (or the deprecated `Iterator`). */
export interface AslItemProcessor extends AslBranch {
  ProcessorConfig?: {
    Mode?: 'INLINE' | 'DISTRIBUTED';
    ExecutionType?: 'STANDARD' | 'EXPRESS';
  };
}

/** Fields every state may have. */
export interface AslStateBase {
  Type: string;
  Comment?: string;
  QueryLanguage?: AslQueryLanguage;
}

/** `Next` or `End`. */
export interface AslTransition {
  Next?: string;
  End?: true;
}

/** Input and output fields of the JSONPath query language. */
export interface AslJsonPathIo {
  InputPath?: string | null;
  OutputPath?: string | null;
}

/** `Assign` (both query languages). */
export interface AslAssign {
  Assign?: { readonly [name: string]: AslPayload };
}

/** One retrier. */
export interface AslRetrier {
  ErrorEquals: string[];
  Comment?: string;
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
}

/** One catcher. */
export interface AslCatcher {
  ErrorEquals: string[];
  Comment?: string;
  ResultPath?: string | null;
  Output?: AslPayload;
  Assign?: { readonly [name: string]: AslPayload };
  Next: string;
}

/** `Retry` and `Catch`. */
export interface AslErrorHandling {
  Retry?: AslRetrier[];
  Catch?: AslCatcher[];
}

/** Pass state. */
export interface AslPassState extends AslStateBase, AslTransition, AslJsonPathIo, AslAssign {
  Type: 'Pass';
  Parameters?: AslPayload;
  Result?: AslPayload;
  ResultPath?: string | null;
  Output?: AslPayload;
}

/** Task state. */
export interface AslTaskState
  extends AslStateBase, AslTransition, AslJsonPathIo, AslAssign, AslErrorHandling {
  Type: 'Task';
  Resource: string;
  Parameters?: AslPayload;
  Arguments?: AslPayload;
  ResultSelector?: AslPayload;
  ResultPath?: string | null;
  Output?: AslPayload;
  Credentials?: AslPayload;
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
}

/** A JSONPath Choice rule (top level or nested). */
export interface AslJsonPathChoiceRule {
  Variable?: string;
  And?: AslJsonPathChoiceRule[];
  Or?: AslJsonPathChoiceRule[];
  Not?: AslJsonPathChoiceRule;
  Comment?: string;
  Assign?: { readonly [name: string]: AslPayload };
  Next?: string;
  [operator: string]: unknown;
}

/** A JSONata Choice rule. */
export interface AslJsonataChoiceRule {
  Condition: string | boolean;
  Comment?: string;
  Output?: AslPayload;
  Assign?: { readonly [name: string]: AslPayload };
  Next: string;
}

/** Choice state. */
export interface AslChoiceState extends AslStateBase, AslJsonPathIo, AslAssign {
  Type: 'Choice';
  Choices: (AslJsonPathChoiceRule | AslJsonataChoiceRule)[];
  Default?: string;
  Output?: AslPayload;
}

/** Wait state. */
export interface AslWaitState extends AslStateBase, AslTransition, AslJsonPathIo, AslAssign {
  Type: 'Wait';
  Seconds?: number | string;
  SecondsPath?: string;
  Timestamp?: string;
  TimestampPath?: string;
  Output?: AslPayload;
}

/** Succeed state. */
export interface AslSucceedState extends AslStateBase, AslJsonPathIo {
  Type: 'Succeed';
  Output?: AslPayload;
}

/** Fail state. */
export interface AslFailState extends AslStateBase {
  Type: 'Fail';
  Error?: string;
  ErrorPath?: string;
  Cause?: string;
  CausePath?: string;
}

/** Parallel state. */
export interface AslParallelState
  extends AslStateBase, AslTransition, AslJsonPathIo, AslAssign, AslErrorHandling {
  Type: 'Parallel';
  Branches: AslBranch[];
  Parameters?: AslPayload;
  Arguments?: AslPayload;
  ResultSelector?: AslPayload;
  ResultPath?: string | null;
  Output?: AslPayload;
}

/** Distributed Map `ItemReader`. */
export interface AslItemReader {
  Resource: string;
  Parameters?: AslPayload;
  Arguments?: AslPayload;
  ReaderConfig?: {
    InputType?: 'CSV' | 'JSON' | 'JSONL' | 'PARQUET' | 'MANIFEST';
    CSVHeaderLocation?: 'FIRST_ROW' | 'GIVEN';
    CSVHeaders?: string[];
    CSVDelimiter?: 'COMMA' | 'PIPE' | 'SEMICOLON' | 'SPACE' | 'TAB';
    ItemsPointer?: string;
    MaxItems?: number | string;
    MaxItemsPath?: string;
    ManifestType?: 'ATHENA_DATA' | 'S3_INVENTORY';
    Transformation?: 'NONE' | 'LOAD_AND_FLATTEN';
  };
}

/** Distributed Map `ItemBatcher`. */
export interface AslItemBatcher {
  MaxItemsPerBatch?: number | string;
  MaxItemsPerBatchPath?: string;
  MaxInputBytesPerBatch?: number | string;
  MaxInputBytesPerBatchPath?: string;
  BatchInput?: AslPayload;
}

/** Distributed Map `ResultWriter`. */
export interface AslResultWriter {
  Resource?: string;
  Parameters?: AslPayload;
  Arguments?: AslPayload;
  WriterConfig?: {
    Transformation?: 'NONE' | 'COMPACT' | 'FLATTEN';
    OutputType?: 'JSON' | 'JSONL';
  };
}

/** Map state (inline or distributed). */
export interface AslMapState
  extends AslStateBase, AslTransition, AslJsonPathIo, AslAssign, AslErrorHandling {
  Type: 'Map';
  ItemProcessor?: AslItemProcessor;
  /** Deprecated form of `ItemProcessor`. */
  Iterator?: AslBranch;
  ItemsPath?: string;
  Items?: AslPayload;
  ItemSelector?: AslPayload;
  /** Deprecated form of `ItemSelector`. */
  Parameters?: AslPayload;
  ItemReader?: AslItemReader;
  ItemBatcher?: AslItemBatcher;
  ResultWriter?: AslResultWriter;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  Label?: string;
  ResultSelector?: AslPayload;
  ResultPath?: string | null;
  Output?: AslPayload;
}

/** Any state. */
export type AslState =
  | AslPassState
  | AslTaskState
  | AslChoiceState
  | AslWaitState
  | AslSucceedState
  | AslFailState
  | AslParallelState
  | AslMapState;

/** Fields only JSONata states have. */
export type AslJsonataOnlyField = 'Arguments' | 'Output' | 'Items';

/** Fields only JSONPath states have. */
export type AslJsonPathOnlyField =
  | 'InputPath'
  | 'OutputPath'
  | 'Parameters'
  | 'ResultSelector'
  | 'ResultPath'
  | 'Result'
  | 'ItemsPath'
  | 'ErrorPath'
  | 'CausePath'
  | 'SecondsPath'
  | 'TimestampPath'
  | 'TimeoutSecondsPath'
  | 'HeartbeatSecondsPath'
  | 'MaxConcurrencyPath'
  | 'ToleratedFailureCountPath'
  | 'ToleratedFailurePercentagePath';

/**
 * A state of one type as a JSONPath state has it (no `Arguments`, `Output`, `Items`).
 *
 * @example
 * ```ts
 * const p: AslJsonPathState<AslPassState> = { Type: 'Pass', ResultPath: '$.x', End: true };
 * ```
 */
export type AslJsonPathState<S extends AslState> = Omit<S, AslJsonataOnlyField>;

/**
 * A state of one type as a JSONata state has it (no JSONPath-only field).
 *
 * @example
 * ```ts
 * const p: AslJsonataState<AslPassState> = { Type: 'Pass', Output: '{% 1 %}', End: true };
 * ```
 */
export type AslJsonataState<S extends AslState> = Omit<S, AslJsonPathOnlyField>;
