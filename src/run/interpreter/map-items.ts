/**
 * What a Map state iterates over: the items (`ItemsPath` / `Items`, or a Distributed Map's
 * `ItemReader` through `options.itemReader`), each item through `ItemSelector` (or the legacy
 * `Parameters`) with `$$.Map.Item`, then grouped by `ItemBatcher` into
 * `{"BatchInput": …, "Items": […]}` inputs.
 */
import { isJsonObject } from '../../util/json.ts';
import {
  ExecutionBudgetExceeded,
  InterpreterError,
  StatesError,
  fieldValueError,
  interpreterError,
  isNativeError,
  messageOf,
  runtimeError,
} from './errors.ts';
import { integerField, numberField } from './fields.ts';
import { applyTemplate } from './io-jsonpath.ts';
import { evaluateTemplate, jsonataExpression } from './jsonata-env.ts';
import { checkDepth } from './json-values.ts';
import { evaluatePayloadTemplate } from './payload-template.ts';
import { parseReference, readReference, referenceRoot } from './reference.ts';
import type { AslItemBatcher, AslItemReader, AslMapState } from '../../asl/types.ts';
import type { StateRun } from './runtime.ts';
import { jsonataScope, pathEnv } from './runtime.ts';
import { PAYLOAD_LIMIT_BYTES, jsonByteLength } from './size.ts';

/** The JSON type of a value as AWS names it in causes ('array', 'object', 'null', …). */
function jsonTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/**
 * Evaluates a template field against `input` in the state's language: a JSONPath payload template
 * or a JSONata template (`field` names it in causes).
 *
 * @example
 * ```ts
 * await stateTemplate(run, reader.Arguments, input, 'ItemReader/Arguments');
 * ```
 */
export async function stateTemplate(
  run: StateRun,
  value: unknown,
  input: unknown,
  field: string,
): Promise<unknown> {
  return run.language === 'JSONPath'
    ? applyTemplate(run, value, input)
    : evaluateTemplate(value, jsonataScope(run, { input }), field);
}

/** `States.ReferencePathConflict`, AWS's error when ItemsPath designates nothing. */
function itemsPathConflict(run: StateRun<AslMapState>, path: string, input: unknown): StatesError {
  const ref = parseReference(path);
  const root = referenceRoot(ref, pathEnv(run, input));
  let cur: unknown = root.found ? root.value : undefined;
  let step = ref.variable ?? '$';
  for (const seg of ref.ast.segments) {
    const sel = seg.selector;
    step = sel.kind === 'name' ? sel.name : sel.kind === 'index' ? String(sel.index) : sel.kind;
    if (sel.kind === 'name' && isJsonObject(cur) && Object.hasOwn(cur, sel.name))
      cur = cur[sel.name];
    else if (sel.kind === 'index' && Array.isArray(cur) && cur[sel.index] !== undefined)
      cur = cur[sel.index];
    else break;
  }
  return new StatesError(
    'States.ReferencePathConflict',
    `Unable to apply step "${step}" to input ${JSON.stringify(root.found ? root.value : null) ?? 'null'}`,
  );
}

async function readItems(run: StateRun<AslMapState>, input: unknown): Promise<unknown> {
  const reader = run.def.ItemReader;
  if (isJsonObject(reader)) return readFromItemReader(run, reader, input);
  if (run.language === 'JSONata') {
    if (run.def.Items === undefined) return input;
    const items = await evaluateTemplate(run.def.Items, jsonataScope(run, { input }), 'Items');
    const expr = jsonataExpression(run.def.Items);
    if (!Array.isArray(items) && expr !== undefined) {
      // localstack test_base_scenarios.snapshot.json, test_map_state_items_eval_jsonata_fail
      throw interpreterError(
        'States.QueryEvaluationError',
        `The JSONata expression '${expr.trim()}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${jsonTypeName(items)}' for value: ${JSON.stringify(items) ?? 'null'}`,
      );
    }
    return items;
  }
  const path = run.def.ItemsPath;
  if (path === undefined || path === '$') return input;
  if (typeof path !== 'string') throw runtimeError('ItemsPath must be a string');
  const r = readReference(path, pathEnv(run, input));
  if (!r.found) throw itemsPathConflict(run, path, input);
  return r.value;
}

async function readFromItemReader(
  run: StateRun<AslMapState>,
  reader: AslItemReader,
  input: unknown,
): Promise<unknown[]> {
  const handler = run.fiber.rt.options.itemReader;
  if (handler === undefined) {
    throw runtimeError(
      `The Map state '${run.name}' has an ItemReader but no itemReader was given to the interpreter. Pass options.itemReader to serve it.`,
    );
  }
  const source = run.language === 'JSONPath' ? reader.Parameters : reader.Arguments;
  const args =
    source === undefined ? {} : await stateTemplate(run, source, input, 'ItemReader/Arguments');
  const config = isJsonObject(reader.ReaderConfig) ? reader.ReaderConfig : {};
  const maxItems = await integerField(
    run,
    numberField('MaxItems', config.MaxItems, config.MaxItemsPath),
    input,
    0,
  );
  let items: unknown;
  try {
    items = await run.fiber.rt.budget.race(
      handler({
        stateName: run.name,
        resource: String(reader.Resource),
        arguments: args,
        readerConfig: { ...config, ...(maxItems === undefined ? {} : { MaxItems: maxItems }) },
      }),
    );
    checkDepth(items);
  } catch (e) {
    if (e instanceof StatesError || e instanceof ExecutionBudgetExceeded) throw e;
    if (isNativeError(e)) throw new InterpreterError(e, run.name);
    throw new StatesError('States.ItemReaderFailed', messageOf(e));
  }
  if (!Array.isArray(items))
    throw new StatesError('States.ItemReaderFailed', 'The itemReader did not return an array');
  return maxItems === undefined || maxItems === 0 ? items : items.slice(0, maxItems);
}

/**
 * The inputs of the Map's iterations, in item order.
 *
 * @example
 * ```ts
 * await iterationInputs(run, { items: [1, 2] }); // e.g. [1, 2], or the ItemSelector outputs
 * ```
 */
export async function iterationInputs(
  run: StateRun<AslMapState>,
  input: unknown,
): Promise<unknown[]> {
  const items = await readItems(run, input);
  if (!Array.isArray(items)) {
    // AWS's sentence for a JSONata Map whose input is not an array (localstack
    // test_map_state_items_input_types); the JSONPath error name is aslc's guess.
    throw fieldValueError(
      run.language,
      `Map state input must be an array but was: ${JSON.stringify(items) ?? 'null'}`,
    );
  }
  const selector =
    run.def.ItemSelector ?? (run.language === 'JSONPath' ? run.def.Parameters : undefined);
  const selected: unknown[] = [];
  for (const [index, value] of items.entries()) {
    if (selector === undefined) {
      selected.push(value);
    } else if (run.language === 'JSONPath') {
      selected.push(
        evaluatePayloadTemplate(selector, pathEnv(run, input, { index, value }), run.fiber.rt.rng),
      );
    } else {
      selected.push(
        await evaluateTemplate(
          selector,
          jsonataScope(run, { input }, { index, value }),
          'ItemSelector',
        ),
      );
    }
  }
  const batcher = run.def.ItemBatcher;
  return isJsonObject(batcher) ? batch(run, batcher, selected, input) : selected;
}

async function batch(
  run: StateRun<AslMapState>,
  batcher: AslItemBatcher,
  items: readonly unknown[],
  input: unknown,
): Promise<unknown[]> {
  const maxItems =
    (await integerField(
      run,
      numberField('MaxItemsPerBatch', batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath),
      input,
      1,
    )) ?? Infinity;
  const maxBytes = Math.min(
    (await integerField(
      run,
      numberField(
        'MaxInputBytesPerBatch',
        batcher.MaxInputBytesPerBatch,
        batcher.MaxInputBytesPerBatchPath,
      ),
      input,
      1,
    )) ?? PAYLOAD_LIMIT_BYTES,
    PAYLOAD_LIMIT_BYTES,
  );
  const batchInput =
    batcher.BatchInput === undefined
      ? undefined
      : await stateTemplate(run, batcher.BatchInput, input, 'ItemBatcher/BatchInput');
  const wrap = (group: unknown[]): unknown => ({
    ...(batchInput === undefined ? {} : { BatchInput: batchInput }),
    Items: group,
  });
  const batches: unknown[] = [];
  let group: unknown[] = [];
  for (const item of items) {
    const candidate = [...group, item];
    if (
      group.length > 0 &&
      (candidate.length > maxItems || jsonByteLength(wrap(candidate)) > maxBytes)
    ) {
      batches.push(wrap(group));
      group = [item];
    } else {
      group = candidate;
    }
  }
  if (group.length > 0) batches.push(wrap(group));
  return batches;
}
