import type { AslState } from '../asl/types.ts';
import type { CatcherNode } from '../ir/catcher-node.ts';
import type { ChoiceRuleNode, ConditionNode } from '../ir/choice-rule-node.ts';
import type { FailField } from '../ir/fail-node.ts';
import type { GraphNode } from '../ir/graph-node.ts';
import type { ItemBatcherNode, ItemReaderNode, MapNode, ResultWriterNode } from '../ir/map-node.ts';
import type { RetrierNode } from '../ir/retrier-node.ts';
import type { StateNode } from '../ir/state-node.ts';
import type { ChoiceNode } from '../ir/choice-node.ts';
import type { ParallelNode } from '../ir/parallel-node.ts';
import type { WaitNode } from '../ir/wait-node.ts';
import type { NumberField } from '../ir/state-base.ts';
import type { ValueNode } from '../ir/value-node.ts';
import {
  CATCHER_KEY_ORDER,
  CHOICE_RULE_TAIL_ORDER,
  RETRIER_KEY_ORDER,
  ordered,
} from './key-order.ts';
import { intrinsicText } from './intrinsic-text.ts';
import { type EmitContext, emitNumberField, emitValue, jsonataText } from './value-emitter.ts';

/** Emits the states of a graph (used for nested branches and processors). */
export type GraphEmitter = (graph: GraphNode, ctx: EmitContext) => Record<string, unknown>;

/** Every field any state node may have, for reading without narrowing. */
interface LooseState {
  readonly kind: StateNode['kind'];
  readonly comment?: string;
  readonly queryLanguage?: string;
  readonly resource?: string | { readonly name: string };
  readonly credentials?: ValueNode;
  readonly inputPath?: string | null;
  readonly parameters?: ValueNode;
  readonly arguments?: ValueNode;
  readonly result?: ValueNode;
  readonly items?: ValueNode;
  readonly itemsPath?: string | { readonly path: string };
  readonly itemReader?: ItemReaderNode;
  readonly itemSelector?: ValueNode;
  readonly itemBatcher?: ItemBatcherNode;
  readonly maxConcurrency?: NumberField;
  readonly toleratedFailureCount?: NumberField;
  readonly toleratedFailurePercentage?: NumberField;
  readonly label?: string;
  readonly resultWriter?: ResultWriterNode;
  readonly seconds?: NumberField;
  readonly timestamp?: unknown;
  readonly error?: FailField;
  readonly cause?: FailField;
  readonly timeoutSeconds?: NumberField;
  readonly heartbeatSeconds?: NumberField;
  readonly resultSelector?: ValueNode;
  readonly resultPath?: string | null;
  readonly outputPath?: string | null;
  readonly output?: ValueNode;
  readonly assign?: ValueNode;
  readonly retry?: readonly RetrierNode[];
  readonly catch?: readonly CatcherNode[];
  readonly next?: string;
  readonly end?: boolean;
}

/**
 * Emits one state as an ASL object with its keys in the canonical order of
 * `STATE_KEY_ORDER` (key-order.ts): fields are written in that order directly (no sorting), which keeps
 * emission fast for large machines. A test checks the order against the list.
 *
 * @example
 * ```ts
 * emitState(PassNode.create({ name: 'A', end: true }), ctx, emitGraph); // { Type: 'Pass', End: true }
 * ```
 */
export function emitState(state: StateNode, ctx: EmitContext, emitGraph: GraphEmitter): AslState {
  const s = state as unknown as LooseState;
  const o: Record<string, unknown> = { Type: s.kind };
  if (s.comment !== undefined) o['Comment'] = s.comment;
  if (s.queryLanguage !== undefined) o['QueryLanguage'] = s.queryLanguage;
  if (s.resource !== undefined) {
    o['Resource'] = typeof s.resource === 'string' ? s.resource : ctx.placeholder(s.resource.name);
  }
  if (s.credentials !== undefined) o['Credentials'] = emitValue(s.credentials, ctx);
  if (s.inputPath !== undefined) o['InputPath'] = s.inputPath;
  if (s.parameters !== undefined) o['Parameters'] = emitValue(s.parameters, ctx);
  if (s.arguments !== undefined) o['Arguments'] = emitValue(s.arguments, ctx);
  if (s.result !== undefined) o['Result'] = emitValue(s.result, ctx);
  if (s.kind === 'Map') emitMapFields(o, state as MapNode, ctx, emitGraph);
  if (s.kind === 'Parallel')
    o['Branches'] = (state as ParallelNode).branches.map((b) => emitGraph(b, ctx));
  if (s.kind === 'Choice') {
    const choice = state as ChoiceNode;
    o['Choices'] = choice.choices.map((r) => emitChoiceRule(r, ctx));
    if (choice.default !== undefined) o['Default'] = choice.default;
  }
  emitNumberField(o, 'Seconds', s.seconds);
  if (s.timestamp !== undefined) {
    const ts = (state as WaitNode).timestamp;
    if (typeof ts === 'string') o['Timestamp'] = ts;
    else if (ts !== undefined && ts.kind === 'JsonPath') o['TimestampPath'] = ts.path;
    else if (ts !== undefined) o['Timestamp'] = jsonataText(ts);
  }
  emitFailField(o, 'Error', s.error, ctx);
  emitFailField(o, 'Cause', s.cause, ctx);
  emitNumberField(o, 'TimeoutSeconds', s.timeoutSeconds);
  emitNumberField(o, 'HeartbeatSeconds', s.heartbeatSeconds);
  if (s.resultSelector !== undefined) o['ResultSelector'] = emitValue(s.resultSelector, ctx);
  if (s.resultPath !== undefined) o['ResultPath'] = s.resultPath;
  if (s.outputPath !== undefined) o['OutputPath'] = s.outputPath;
  if (s.output !== undefined) o['Output'] = emitValue(s.output, ctx);
  if (s.assign !== undefined) o['Assign'] = emitValue(s.assign, ctx);
  if (s.retry !== undefined && s.retry.length > 0) o['Retry'] = s.retry.map(emitRetrier);
  if (s.catch !== undefined && s.catch.length > 0)
    o['Catch'] = s.catch.map((c) => emitCatcher(c, ctx));
  if (s.next !== undefined) o['Next'] = s.next;
  if (s.end === true) o['End'] = true;
  return o as unknown as AslState;
}

function emitFailField(
  f: Record<string, unknown>,
  key: 'Error' | 'Cause',
  field: FailField | undefined,
  ctx: EmitContext,
): void {
  if (field === undefined) return;
  if (typeof field === 'string') f[key] = field;
  else if (field.kind === 'JsonPath') f[key + 'Path'] = field.path;
  else if (field.kind === 'Intrinsic') f[key + 'Path'] = intrinsicText(field, ctx.placeholder);
  else f[key] = jsonataText(field);
}

/** Writes the Map fields, from Items to ResultWriter, in canonical order. */
function emitMapFields(
  o: Record<string, unknown>,
  state: MapNode,
  ctx: EmitContext,
  emitGraph: GraphEmitter,
): void {
  if (state.items !== undefined) o['Items'] = emitValue(state.items, ctx);
  if (state.itemsPath !== undefined) {
    o['ItemsPath'] = typeof state.itemsPath === 'string' ? state.itemsPath : state.itemsPath.path;
  }
  if (state.itemReader !== undefined) o['ItemReader'] = emitItemReader(state.itemReader, ctx);
  if (state.itemSelector !== undefined) o['ItemSelector'] = emitValue(state.itemSelector, ctx);
  if (state.itemBatcher !== undefined) o['ItemBatcher'] = emitItemBatcher(state.itemBatcher, ctx);
  emitNumberField(o, 'MaxConcurrency', state.maxConcurrency);
  emitNumberField(o, 'ToleratedFailureCount', state.toleratedFailureCount);
  emitNumberField(o, 'ToleratedFailurePercentage', state.toleratedFailurePercentage);
  if (state.label !== undefined) o['Label'] = state.label;
  const graph = emitGraph(state.processor, ctx);
  const processor: Record<string, unknown> = {};
  if (graph['Comment'] !== undefined) processor['Comment'] = graph['Comment'];
  if (state.processorConfig !== undefined) {
    const pc: Record<string, unknown> = {};
    if (state.processorConfig.mode !== undefined) pc['Mode'] = state.processorConfig.mode;
    if (state.processorConfig.executionType !== undefined) {
      pc['ExecutionType'] = state.processorConfig.executionType;
    }
    processor['ProcessorConfig'] = pc;
  }
  processor['StartAt'] = graph['StartAt'];
  processor['States'] = graph['States'];
  o[state.legacyIterator === true ? 'Iterator' : 'ItemProcessor'] = processor;
  if (state.resultWriter !== undefined)
    o['ResultWriter'] = emitResultWriter(state.resultWriter, ctx);
}

function resourceText(r: ItemReaderNode['resource'], ctx: EmitContext): string {
  return typeof r === 'string' ? r : ctx.placeholder(r.name);
}

function emitItemReader(reader: ItemReaderNode, ctx: EmitContext): Record<string, unknown> {
  const out: Record<string, unknown> = { Resource: resourceText(reader.resource, ctx) };
  if (reader.readerConfig !== undefined) {
    const c = reader.readerConfig;
    const rc: Record<string, unknown> = {};
    rc['InputType'] = c.inputType;
    rc['CSVHeaderLocation'] = c.csvHeaderLocation;
    rc['CSVHeaders'] = c.csvHeaders;
    rc['CSVDelimiter'] = c.csvDelimiter;
    rc['ItemsPointer'] = c.itemsPointer;
    emitNumberField(rc, 'MaxItems', c.maxItems);
    rc['ManifestType'] = c.manifestType;
    rc['Transformation'] = c.transformation;
    out['ReaderConfig'] = ordered(rc, [
      'InputType',
      'CSVHeaderLocation',
      'CSVHeaders',
      'CSVDelimiter',
      'ItemsPointer',
      'MaxItems',
      'MaxItemsPath',
      'ManifestType',
      'Transformation',
    ]);
  }
  if (reader.parameters !== undefined) out['Parameters'] = emitValue(reader.parameters, ctx);
  if (reader.arguments !== undefined) out['Arguments'] = emitValue(reader.arguments, ctx);
  return out;
}

function emitItemBatcher(batcher: ItemBatcherNode, ctx: EmitContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  emitNumberField(out, 'MaxItemsPerBatch', batcher.maxItemsPerBatch);
  emitNumberField(out, 'MaxInputBytesPerBatch', batcher.maxInputBytesPerBatch);
  if (batcher.batchInput !== undefined) out['BatchInput'] = emitValue(batcher.batchInput, ctx);
  return out;
}

function emitResultWriter(writer: ResultWriterNode, ctx: EmitContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (writer.resource !== undefined) out['Resource'] = resourceText(writer.resource, ctx);
  if (writer.writerConfig !== undefined) {
    const wc: Record<string, unknown> = {};
    if (writer.writerConfig.transformation !== undefined) {
      wc['Transformation'] = writer.writerConfig.transformation;
    }
    if (writer.writerConfig.outputType !== undefined)
      wc['OutputType'] = writer.writerConfig.outputType;
    out['WriterConfig'] = wc;
  }
  if (writer.parameters !== undefined) out['Parameters'] = emitValue(writer.parameters, ctx);
  if (writer.arguments !== undefined) out['Arguments'] = emitValue(writer.arguments, ctx);
  return out;
}

/** Emits one retrier. */
export function emitRetrier(r: RetrierNode): Record<string, unknown> {
  return ordered(
    {
      ErrorEquals: [...r.errorEquals],
      Comment: r.comment,
      IntervalSeconds: r.intervalSeconds,
      MaxAttempts: r.maxAttempts,
      BackoffRate: r.backoffRate,
      MaxDelaySeconds: r.maxDelaySeconds,
      JitterStrategy: r.jitterStrategy,
    },
    RETRIER_KEY_ORDER,
  );
}

/** Emits one catcher. */
export function emitCatcher(c: CatcherNode, ctx: EmitContext): Record<string, unknown> {
  return ordered(
    {
      ErrorEquals: [...c.errorEquals],
      Comment: c.comment,
      ResultPath: c.resultPath,
      Output: c.output === undefined ? undefined : emitValue(c.output, ctx),
      Assign: c.assign === undefined ? undefined : emitValue(c.assign, ctx),
      Next: c.next,
    },
    CATCHER_KEY_ORDER,
  );
}

/** Emits a condition (JSONPath rules, or a JSONata `Condition`). */
export function emitCondition(cond: ConditionNode): Record<string, unknown> {
  switch (cond.kind) {
    case 'Comparison':
      return { Variable: cond.variable, [cond.operator]: cond.value };
    case 'Compound':
      return { [cond.operator]: cond.conditions.map(emitCondition) };
    case 'Not':
      return { Not: emitCondition(cond.condition) };
    case 'JsonataCondition':
      return {
        // A literal boolean is written as an expression: AWS documents Condition as a JSONata
        // string, and validators (asl-validator 4) reject a bare boolean.
        Condition:
          typeof cond.condition === 'boolean'
            ? `{% ${String(cond.condition)} %}`
            : jsonataText(cond.condition),
      };
  }
}

function emitChoiceRule(rule: ChoiceRuleNode, ctx: EmitContext): Record<string, unknown> {
  const tail = ordered(
    {
      Comment: rule.comment,
      Output: rule.output === undefined ? undefined : emitValue(rule.output, ctx),
      Assign: rule.assign === undefined ? undefined : emitValue(rule.assign, ctx),
      Next: rule.next,
    },
    CHOICE_RULE_TAIL_ORDER,
  );
  return { ...emitCondition(rule.condition), ...tail };
}
