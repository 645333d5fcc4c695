import type { ItemBatcherNode, ItemReaderNode, ResultWriterNode } from '../../ir/map-node.ts';
import { chainNodeOf, type Chainable } from '../chain.ts';
import { describeValue } from '../describe-value.ts';
import { DslError } from '../dsl-error.ts';
import { isExpression, type Placeholder, type Substitution } from '../expr/expression.ts';
import type { StateFields } from '../../ir/state-node.ts';
import { checkOptionKeys, exclusive, type OptionKeys } from '../options.ts';
import { parseNumber, parsePath, type NumberInput, type PathInput } from '../parse/field-parser.ts';
import { parseValue, type Template } from '../parse/value-parser.ts';
import type { PendingState } from '../pending-state.ts';
import { withCatch, withRetry, type CatchOptions, type RetryOptions } from '../retry-catch.ts';
import { checkStateName } from '../state-name.ts';
import { ioFields } from './io-fields.ts';
import {
  ASSIGN_OUTPUT_KEYS,
  PATH_IO_KEYS,
  STATE_OPTION_KEYS,
  StateBuilder,
  type AssignOutputOptions,
  type PathIoOptions,
  type StateOptions,
} from '../state-builder.ts';
import { applyErrorOptions, parseResource, type ErrorHandlingOptions } from './task-builder.ts';
import { withOrigin } from '../source-site.ts';

/** Distributed Map: where the items come from (S3). */
export interface ItemReaderOptions {
  /** `arn:aws:states:::s3:getObject` or `arn:aws:states:::s3:listObjectsV2`. */
  readonly resource: string | Placeholder | Substitution;
  /** JSONPath: `{ Bucket, Key | Prefix, VersionId }`. */
  readonly parameters?: Template;
  /** JSONata: `{ Bucket, Key | Prefix, VersionId }`. */
  readonly arguments?: Template;
  /** CSV/JSON/JSONL/PARQUET/MANIFEST reader settings (`maxItems` may be a `path()` or `jsonata()`). */
  readonly readerConfig?: Omit<NonNullable<ItemReaderNode['readerConfig']>, 'maxItems'> & {
    readonly maxItems?: NumberInput;
  };
}

/** Distributed Map: batches of items per child execution. */
export interface ItemBatcherOptions {
  readonly maxItemsPerBatch?: NumberInput;
  readonly maxInputBytesPerBatch?: NumberInput;
  /** Fixed input added to every batch. */
  readonly batchInput?: Template;
}

/** Distributed Map: where results are written (S3). */
export interface ResultWriterOptions {
  /** `arn:aws:states:::s3:putObject`. */
  readonly resource?: string | Placeholder | Substitution;
  readonly parameters?: Template;
  readonly arguments?: Template;
  readonly writerConfig?: ResultWriterNode['writerConfig'];
}

/** Options of a Map state. */
export interface MapOptions
  extends StateOptions, PathIoOptions, AssignOutputOptions, ErrorHandlingOptions {
  /** The states run for each item. */
  readonly processor: Chainable;
  /** `INLINE` (default) or `DISTRIBUTED` (child executions; see `distributedMap`). */
  readonly mode?: 'INLINE' | 'DISTRIBUTED';
  /** Distributed Map child executions: `STANDARD` or `EXPRESS`. */
  readonly executionType?: 'STANDARD' | 'EXPRESS';
  /** Emit the deprecated `Iterator` field instead of `ItemProcessor` (inline only). */
  readonly iterator?: boolean;
  /** `Comment` of the item processor. */
  readonly processorComment?: string;
  /** JSONPath: the array to iterate over. */
  readonly itemsPath?: PathInput;
  /** JSONata: the array to iterate over (an array or `jsonata()`). */
  readonly items?: Template;
  /** The input of each iteration (may use `$$.Map.Item.Value` / `$states.context.Map.Item.Value`). */
  readonly itemSelector?: Template;
  /** Deprecated form of `itemSelector`. */
  readonly parameters?: Template;
  readonly itemReader?: ItemReaderOptions;
  readonly itemBatcher?: ItemBatcherOptions;
  readonly resultWriter?: ResultWriterOptions;
  /** Concurrent iterations (0 = as many as possible). */
  readonly maxConcurrency?: NumberInput;
  readonly toleratedFailureCount?: NumberInput;
  readonly toleratedFailurePercentage?: NumberInput;
  /**
   * Distributed Map: label of the Map Run (≤ 40 characters), or a `placeholder()` / `sub`
   * string filled in at deploy time.
   */
  readonly label?: string | Placeholder | Substitution;
  readonly resultSelector?: Template;
  readonly resultPath?: PathInput | null;
}

/** A Map state builder: immutable. */
export class MapBuilder extends StateBuilder {
  /** A copy with one more retrier. */
  retry(options: RetryOptions = {}): MapBuilder {
    return new MapBuilder(withRetry(this.pending, options));
  }

  /** A copy with one more catcher that continues to `handler`. */
  catch(handler: Chainable, options: CatchOptions = {}): MapBuilder {
    return new MapBuilder(withCatch(this.pending, handler, options));
  }
}

// eslint-disable-next-line no-control-regex
const LABEL_FORBIDDEN = /[\s?*<>{}[\]:;,\\|^~$#%&`"\u0000-\u001f\u007f-\u009f]/;

const READER_KEYS: OptionKeys<ItemReaderOptions> = {
  resource: true,
  parameters: true,
  arguments: true,
  readerConfig: true,
};

const READER_CONFIG_KEYS: OptionKeys<NonNullable<ItemReaderOptions['readerConfig']>> = {
  inputType: true,
  csvHeaderLocation: true,
  csvHeaders: true,
  csvDelimiter: true,
  itemsPointer: true,
  maxItems: true,
  manifestType: true,
  transformation: true,
};

const BATCHER_KEYS: OptionKeys<ItemBatcherOptions> = {
  maxItemsPerBatch: true,
  maxInputBytesPerBatch: true,
  batchInput: true,
};

const WRITER_KEYS: OptionKeys<ResultWriterOptions> = {
  resource: true,
  parameters: true,
  arguments: true,
  writerConfig: true,
};

const MAP_KEYS: OptionKeys<MapOptions> = {
  ...STATE_OPTION_KEYS,
  ...PATH_IO_KEYS,
  ...ASSIGN_OUTPUT_KEYS,
  processor: true,
  mode: true,
  executionType: true,
  iterator: true,
  processorComment: true,
  itemsPath: true,
  items: true,
  itemSelector: true,
  parameters: true,
  itemReader: true,
  itemBatcher: true,
  resultWriter: true,
  maxConcurrency: true,
  toleratedFailureCount: true,
  toleratedFailurePercentage: true,
  label: true,
  resultSelector: true,
  resultPath: true,
  retry: true,
  catch: true,
};

/** A copy without the undefined properties (the IR's sub-objects hold only what is set). */
function withoutUndefined<T extends object>(value: T): T {
  const out: Partial<T> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

function readerNode(r: ItemReaderOptions, name: string): ItemReaderNode {
  checkOptionKeys('ItemReader', name, r, READER_KEYS);
  const c = r.readerConfig;
  const value = (v: Template | undefined, field: string) =>
    v === undefined ? undefined : parseValue(v, { state: name, field });
  if (c !== undefined) checkOptionKeys('ReaderConfig', name, c, READER_CONFIG_KEYS);
  return {
    resource: parseResource(r.resource, name, 'ItemReader.Resource'),
    parameters: value(r.parameters, 'ItemReader.Parameters'),
    arguments: value(r.arguments, 'ItemReader.Arguments'),
    readerConfig:
      c === undefined
        ? undefined
        : withoutUndefined({
            inputType: c.inputType,
            csvHeaderLocation: c.csvHeaderLocation,
            csvHeaders: c.csvHeaders === undefined ? undefined : [...c.csvHeaders],
            csvDelimiter: c.csvDelimiter,
            itemsPointer: c.itemsPointer,
            maxItems: parseNumber(c.maxItems, name, 'ReaderConfig.MaxItems', {
              min: 0,
              max: 100_000_000,
            }),
            manifestType: c.manifestType,
            transformation: c.transformation,
          }),
  };
}

function batcherNode(b: ItemBatcherOptions, name: string): ItemBatcherNode {
  checkOptionKeys('ItemBatcher', name, b, BATCHER_KEYS);
  if (b.maxItemsPerBatch === undefined && b.maxInputBytesPerBatch === undefined) {
    throw new DslError(
      'MissingField',
      `ItemBatcher of Map state '${name}' needs maxItemsPerBatch or maxInputBytesPerBatch`,
      {
        state: name,
        field: 'ItemBatcher',
      },
    );
  }
  return {
    maxItemsPerBatch: parseNumber(b.maxItemsPerBatch, name, 'MaxItemsPerBatch', { min: 1 }),
    maxInputBytesPerBatch: parseNumber(b.maxInputBytesPerBatch, name, 'MaxInputBytesPerBatch', {
      min: 1,
      max: 262_144,
    }),
    batchInput:
      b.batchInput === undefined
        ? undefined
        : parseValue(b.batchInput, { state: name, field: 'BatchInput' }),
  };
}

function writerNode(w: ResultWriterOptions, name: string): ResultWriterNode {
  checkOptionKeys('ResultWriter', name, w, WRITER_KEYS);
  if (w.resource === undefined && w.writerConfig === undefined) {
    throw new DslError(
      'MissingField',
      `ResultWriter of Map state '${name}' needs a resource or a writerConfig`,
      {
        state: name,
        field: 'ResultWriter',
      },
    );
  }
  const value = (v: Template | undefined, field: string) =>
    v === undefined ? undefined : parseValue(v, { state: name, field });
  return {
    resource:
      w.resource === undefined
        ? undefined
        : parseResource(w.resource, name, 'ResultWriter.Resource'),
    parameters: value(w.parameters, 'ResultWriter.Parameters'),
    arguments: value(w.arguments, 'ResultWriter.Arguments'),
    writerConfig:
      w.writerConfig === undefined
        ? undefined
        : withoutUndefined({
            transformation: w.writerConfig.transformation,
            outputType: w.writerConfig.outputType,
          }),
  };
}

/**
 * A Map state: runs `processor` for each item of an array (inline), or as child executions
 * over items read from S3 (distributed; see {@link distributedMap}).
 *
 * @example
 * ```ts
 * map('Each order', {
 *   itemsPath: '$.orders',
 *   itemSelector: { order: path('$$.Map.Item.Value'), region: path('$.region') },
 *   maxConcurrency: 5,
 *   processor: task('Ship', { resource: lambdaInvoke() }),
 * });
 * ```
 */
export function map(name: string, options: MapOptions): MapBuilder {
  checkStateName(name);
  checkOptionKeys('Map', name, options, MAP_KEYS);
  const o = options as unknown as Record<string, unknown>;
  if (options?.processor === undefined || typeof options.processor.toChain !== 'function') {
    throw new DslError(
      'MissingField',
      `Map state '${name}' needs a processor (the states run for each item)`,
      {
        state: name,
        field: 'ItemProcessor',
        hint: "map('Each', { itemsPath: '$.items', processor: pass('Item') })",
      },
    );
  }
  exclusive(name, o, 'itemsPath', 'items');
  exclusive(name, o, 'itemSelector', 'parameters');
  const label: unknown = options.label;
  const deployed =
    isExpression(label) && (label.kind === 'Placeholder' || label.kind === 'Substitution');
  if (label !== undefined && typeof label !== 'string' && !deployed) {
    throw new DslError(
      'InvalidLabel',
      `Label of Map state '${name}' must be a string, a placeholder() or a sub string, not ${describeValue(label)}`,
      {
        state: name,
        field: 'Label',
        hint: 'the Map Run label is fixed text (no expressions): write it as a string, or placeholder(…) for a value set at deploy time',
      },
    );
  }
  // The literal text of a sub string obeys the same rule (its length is known at deploy time).
  const literal =
    typeof label === 'string'
      ? label
      : isExpression(label) && label.kind === 'Substitution'
        ? label.parts.filter((p): p is string => typeof p === 'string').join('')
        : undefined;
  if (
    literal !== undefined &&
    ((typeof label === 'string' && literal.length > 40) || LABEL_FORBIDDEN.test(literal))
  ) {
    throw new DslError(
      'InvalidLabel',
      `Label '${literal}' of Map state '${name}' must be at most 40 characters without whitespace or special characters`,
      {
        state: name,
        field: 'Label',
        hint: "use up to 40 letters, digits, '-' or '_', e.g. label: 'EachObject'",
      },
    );
  }
  const value = (v: Template | undefined, field: string) =>
    v === undefined ? undefined : parseValue(v, { state: name, field });
  const fields: StateFields<'Map'> = {
    ...ioFields(name, options),
    processorConfig:
      options.mode === undefined && options.executionType === undefined
        ? undefined
        : withoutUndefined({ mode: options.mode, executionType: options.executionType }),
    legacyIterator: options.iterator === true ? true : undefined,
    itemsPath: parsePath(options.itemsPath, name, 'ItemsPath', false) ?? undefined,
    items: value(options.items, 'Items'),
    itemSelector: value(options.itemSelector, 'ItemSelector'),
    parameters: value(options.parameters, 'Parameters'),
    itemReader: options.itemReader && readerNode(options.itemReader, name),
    itemBatcher: options.itemBatcher && batcherNode(options.itemBatcher, name),
    resultWriter: options.resultWriter && writerNode(options.resultWriter, name),
    maxConcurrency: parseNumber(options.maxConcurrency, name, 'MaxConcurrency', { min: 0 }),
    toleratedFailureCount: parseNumber(
      options.toleratedFailureCount,
      name,
      'ToleratedFailureCount',
      { min: 0 },
    ),
    toleratedFailurePercentage: parseNumber(
      options.toleratedFailurePercentage,
      name,
      'ToleratedFailurePercentage',
      { min: 0, max: 100, integer: false },
    ),
    label: options.label,
    resultSelector: value(options.resultSelector, 'ResultSelector'),
    resultPath: parsePath(options.resultPath, name, 'ResultPath', true),
  };
  const pending: PendingState = withOrigin({
    kind: 'Map' as const,
    name,
    terminal: false,
    fields,
    processor: chainNodeOf(options.processor),
    ...(options.processorComment === undefined
      ? {}
      : { processorComment: options.processorComment }),
  });
  return new MapBuilder(applyErrorOptions(pending, options));
}

/**
 * A Distributed Map: `map()` with `mode: 'DISTRIBUTED'` and `executionType: 'STANDARD'` unless
 * given. Items usually come from S3 through `itemReader`.
 *
 * @example
 * ```ts
 * distributedMap('Each object', {
 *   itemReader: { resource: integration('s3', 'listObjectsV2'), parameters: { Bucket: 'my-bucket' } },
 *   toleratedFailurePercentage: 5,
 *   label: 'EachObject',
 *   processor: task('Process', { resource: lambdaInvoke() }),
 * });
 * ```
 */
export function distributedMap(
  name: string,
  options: Omit<MapOptions, 'mode' | 'iterator'>,
): MapBuilder {
  return map(name, { executionType: 'STANDARD', ...options, mode: 'DISTRIBUTED' });
}
