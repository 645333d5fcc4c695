import type { AslState } from '../util/asl.ts';
import type { CatcherNode } from '../ir/catcher-node.ts';
import type { ChoiceRuleNode, ConditionNode } from '../ir/choice-rule-node.ts';
import type { FailField } from '../ir/fail-node.ts';
import type { GraphNode } from '../ir/graph-node.ts';
import type { ItemBatcherNode, ItemReaderNode, MapNode, ResultWriterNode } from '../ir/map-node.ts';
import type { RetrierNode } from '../ir/retrier-node.ts';
import type { StateNode } from '../ir/state-node.ts';
import {
  CATCHER_KEY_ORDER,
  CHOICE_RULE_TAIL_ORDER,
  RETRIER_KEY_ORDER,
  STATE_KEY_ORDER,
  ordered,
} from './key-order.ts';
import { intrinsicText } from './intrinsic-text.ts';
import { type EmitContext, emitNumberField, emitValue, jsonataText } from './value-emitter.ts';

/** Emits the states of a graph (used for nested branches and processors). */
export type GraphEmitter = (graph: GraphNode, ctx: EmitContext) => Record<string, unknown>;

/**
 * Emits one state as an ASL object with its keys in the canonical order of
 * {@link STATE_KEY_ORDER}.
 *
 * @example
 * ```ts
 * emitState(PassNode.create({ name: 'A', end: true }), ctx, emitGraph); // { Type: 'Pass', End: true }
 * ```
 */
export function emitState(state: StateNode, ctx: EmitContext, emitGraph: GraphEmitter): AslState {
  const f: Record<string, unknown> = { Type: state.kind };
  f['Comment'] = state.comment;
  f['QueryLanguage'] = state.queryLanguage;
  const value = (v: Parameters<typeof emitValue>[0] | undefined) =>
    v === undefined ? undefined : emitValue(v, ctx);

  if ('inputPath' in state) f['InputPath'] = state.inputPath;
  if ('outputPath' in state) f['OutputPath'] = state.outputPath;
  if ('resultPath' in state) f['ResultPath'] = state.resultPath;
  if ('assign' in state) f['Assign'] = value(state.assign);
  if ('output' in state) f['Output'] = value(state.output);
  if ('next' in state) f['Next'] = state.next;
  if ('end' in state && state.end === true) f['End'] = true;
  if ('retry' in state && state.retry !== undefined && state.retry.length > 0) {
    f['Retry'] = state.retry.map(emitRetrier);
  }
  if ('catch' in state && state.catch !== undefined && state.catch.length > 0) {
    f['Catch'] = state.catch.map((c) => emitCatcher(c, ctx));
  }

  switch (state.kind) {
    case 'Pass':
      f['Parameters'] = value(state.parameters);
      f['Result'] = value(state.result);
      break;
    case 'Task':
      f['Resource'] =
        typeof state.resource === 'string' ? state.resource : ctx.placeholder(state.resource.name);
      f['Parameters'] = value(state.parameters);
      f['Arguments'] = value(state.arguments);
      f['ResultSelector'] = value(state.resultSelector);
      f['Credentials'] = value(state.credentials);
      emitNumberField(f, 'TimeoutSeconds', state.timeoutSeconds);
      emitNumberField(f, 'HeartbeatSeconds', state.heartbeatSeconds);
      break;
    case 'Choice':
      f['Choices'] = state.choices.map((r) => emitChoiceRule(r, ctx));
      f['Default'] = state.default;
      break;
    case 'Wait':
      emitNumberField(f, 'Seconds', state.seconds);
      if (state.timestamp !== undefined) {
        if (typeof state.timestamp === 'string') f['Timestamp'] = state.timestamp;
        else if (state.timestamp.kind === 'JsonPath') f['TimestampPath'] = state.timestamp.path;
        else f['Timestamp'] = jsonataText(state.timestamp);
      }
      break;
    case 'Succeed':
      break;
    case 'Fail':
      emitFailField(f, 'Error', state.error, ctx);
      emitFailField(f, 'Cause', state.cause, ctx);
      break;
    case 'Parallel':
      f['Branches'] = state.branches.map((b) => emitGraph(b, ctx));
      f['Parameters'] = value(state.parameters);
      f['Arguments'] = value(state.arguments);
      f['ResultSelector'] = value(state.resultSelector);
      break;
    case 'Map':
      emitMapFields(f, state, ctx, emitGraph);
      break;
  }
  return ordered(f, STATE_KEY_ORDER) as unknown as AslState;
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

function emitMapFields(
  f: Record<string, unknown>,
  state: MapNode,
  ctx: EmitContext,
  emitGraph: GraphEmitter,
): void {
  const value = (v: Parameters<typeof emitValue>[0] | undefined) =>
    v === undefined ? undefined : emitValue(v, ctx);
  const processor = emitGraph(state.processor, ctx);
  if (state.processorConfig !== undefined) {
    const pc: Record<string, unknown> = {};
    if (state.processorConfig.mode !== undefined) pc['Mode'] = state.processorConfig.mode;
    if (state.processorConfig.executionType !== undefined) {
      pc['ExecutionType'] = state.processorConfig.executionType;
    }
    processor['ProcessorConfig'] = pc;
  }
  f[state.legacyIterator === true ? 'Iterator' : 'ItemProcessor'] = ordered(processor, [
    'Comment',
    'ProcessorConfig',
    'StartAt',
    'States',
  ]);
  if (state.itemsPath !== undefined) {
    f['ItemsPath'] = typeof state.itemsPath === 'string' ? state.itemsPath : state.itemsPath.path;
  }
  f['Items'] = value(state.items);
  f['ItemSelector'] = value(state.itemSelector);
  f['Parameters'] = value(state.parameters);
  f['ItemReader'] = state.itemReader && emitItemReader(state.itemReader, ctx);
  f['ItemBatcher'] = state.itemBatcher && emitItemBatcher(state.itemBatcher, ctx);
  f['ResultWriter'] = state.resultWriter && emitResultWriter(state.resultWriter, ctx);
  emitNumberField(f, 'MaxConcurrency', state.maxConcurrency);
  emitNumberField(f, 'ToleratedFailureCount', state.toleratedFailureCount);
  emitNumberField(f, 'ToleratedFailurePercentage', state.toleratedFailurePercentage);
  f['Label'] = state.label;
  f['ResultSelector'] = value(state.resultSelector);
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
