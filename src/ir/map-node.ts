import { defineNode } from './node.ts';
import type { DeployString, JsonPathNode } from './expression-node.ts';
import type { GraphNode } from './graph-node.ts';
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

/** Distributed Map `ItemReader`. */
export interface ItemReaderNode {
  readonly resource: DeployString;
  readonly parameters?: ValueNode;
  readonly arguments?: ValueNode;
  readonly readerConfig?: {
    readonly inputType?: 'CSV' | 'JSON' | 'JSONL' | 'PARQUET' | 'MANIFEST';
    readonly csvHeaderLocation?: 'FIRST_ROW' | 'GIVEN';
    readonly csvHeaders?: readonly string[];
    readonly csvDelimiter?: 'COMMA' | 'PIPE' | 'SEMICOLON' | 'SPACE' | 'TAB';
    readonly itemsPointer?: string;
    readonly maxItems?: NumberField;
    readonly manifestType?: 'ATHENA_DATA' | 'S3_INVENTORY';
    readonly transformation?: 'NONE' | 'LOAD_AND_FLATTEN';
  };
}

/** Distributed Map `ItemBatcher`. */
export interface ItemBatcherNode {
  readonly maxItemsPerBatch?: NumberField;
  readonly maxInputBytesPerBatch?: NumberField;
  readonly batchInput?: ValueNode;
}

/** Distributed Map `ResultWriter`. */
export interface ResultWriterNode {
  readonly resource?: DeployString;
  readonly parameters?: ValueNode;
  readonly arguments?: ValueNode;
  readonly writerConfig?: {
    readonly transformation?: 'NONE' | 'COMPACT' | 'FLATTEN';
    readonly outputType?: 'JSON' | 'JSONL';
  };
}

/** `ProcessorConfig` of an item processor. */
export interface ProcessorConfigNode {
  readonly mode?: 'INLINE' | 'DISTRIBUTED';
  readonly executionType?: 'STANDARD' | 'EXPRESS';
}

/** A Map state (inline or distributed). */
export interface MapNode
  extends StateBase, Transition, PathIo, AssignOutput, ResultPathField, ErrorHandling {
  readonly kind: 'Map';
  readonly processor: GraphNode;
  readonly processorConfig?: ProcessorConfigNode;
  /** `Iterator` (deprecated) instead of `ItemProcessor`. */
  readonly legacyIterator?: boolean;
  readonly itemsPath?: string | JsonPathNode;
  readonly items?: ValueNode;
  readonly itemSelector?: ValueNode;
  /** Deprecated form of `itemSelector`. */
  readonly parameters?: ValueNode;
  readonly itemReader?: ItemReaderNode;
  readonly itemBatcher?: ItemBatcherNode;
  readonly resultWriter?: ResultWriterNode;
  readonly maxConcurrency?: NumberField;
  readonly toleratedFailureCount?: NumberField;
  readonly toleratedFailurePercentage?: NumberField;
  /** A literal, or a placeholder (or placeholders inside it) filled in at deploy time. */
  readonly label?: DeployString;
  readonly resultSelector?: ValueNode;
}
export const MapNode = defineNode<MapNode>('Map');
