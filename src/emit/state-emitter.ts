import type { AslState } from '../asl/types.ts';
import type { CatcherNode } from '../ir/catcher-node.ts';
import type { ChoiceNode } from '../ir/choice-node.ts';
import type { ChoiceRuleNode, ConditionNode } from '../ir/choice-rule-node.ts';
import type { FailField, FailNode } from '../ir/fail-node.ts';
import type { GraphNode } from '../ir/graph-node.ts';
import type { ItemBatcherNode, ItemReaderNode, MapNode, ResultWriterNode } from '../ir/map-node.ts';
import type { ParallelNode } from '../ir/parallel-node.ts';
import type { PassNode } from '../ir/pass-node.ts';
import type { RetrierNode } from '../ir/retrier-node.ts';
import type { StateNode } from '../ir/state-node.ts';
import type { SucceedNode } from '../ir/succeed-node.ts';
import type { TaskNode } from '../ir/task-node.ts';
import type { WaitNode } from '../ir/wait-node.ts';
import type { ObjectEntry, ObjectNode, ValueNode } from '../ir/value-node.ts';
import { setOwn } from '../util/json.ts';
import { ordered } from './key-order.ts';
import { intrinsicText } from './intrinsic-text.ts';
import { deployStringText } from './placeholder-text.ts';
import { type EmitContext, emitNumberField, emitValue, jsonataText } from './value-emitter.ts';

/** Emits the states of a graph (used for nested branches and processors). */
export type GraphEmitter = (graph: GraphNode, ctx: EmitContext) => Record<string, unknown>;

type Out = Record<string, unknown>;

/**
 * Emits one state as an ASL object with its keys in the canonical order of `STATE_KEY_ORDER`
 * (key-order.ts): one emitter per state kind writes its fields in that order directly (no
 * sorting, which keeps emission fast for large machines; a test checks the order against the
 * list). The dispatch is exhaustive over the kinds, and each emitter destructures its whole node,
 * so an IR field that no emitter writes is a compile error.
 *
 * @example
 * ```ts
 * emitState(PassNode.create({ name: 'A', end: true }), DEFAULT_EMIT_CONTEXT, emitGraph); // { Type: 'Pass', End: true }
 * ```
 */
export function emitState(state: StateNode, ctx: EmitContext, emitGraph: GraphEmitter): AslState {
  let o: Out;
  switch (state.kind) {
    case 'Pass':
      o = emitPass(state, ctx);
      break;
    case 'Task':
      o = emitTask(state, ctx);
      break;
    case 'Choice':
      o = emitChoice(state, ctx);
      break;
    case 'Wait':
      o = emitWait(state, ctx);
      break;
    case 'Succeed':
      o = emitSucceed(state, ctx);
      break;
    case 'Fail':
      o = emitFail(state, ctx);
      break;
    case 'Parallel':
      o = emitParallel(state, ctx, emitGraph);
      break;
    case 'Map':
      o = emitMap(state, ctx, emitGraph);
      break;
    default: {
      const unknown: never = state;
      throw new Error(`no emitter for ${String((unknown as StateNode).kind)}`);
    }
  }
  return o as unknown as AslState;
}

/**
 * Proves at compile time that an emitter read every field of its node: each emitter
 * destructures its node and passes the rest here, which must be empty. A field added to an IR
 * node and not emitted is a type error.
 */
function emittedAll(rest: Record<string, never>): void {
  void rest;
}

/** `Type`, `Comment`, `QueryLanguage`. */
function head(kind: string, comment: string | undefined, queryLanguage: string | undefined): Out {
  // Built from `{}`, which V8 makes with room for four properties, where `{ Type: kind }` has
  // room for one: most states fit without a separate property store.
  const o: Out = {};
  o['Type'] = kind;
  if (comment !== undefined) o['Comment'] = comment;
  if (queryLanguage !== undefined) o['QueryLanguage'] = queryLanguage;
  return o;
}

/** A payload field, when set. */
function value(o: Out, key: string, v: ValueNode | undefined, ctx: EmitContext): void {
  if (v !== undefined) o[key] = emitValue(v, ctx);
}

/** A path field (`null` included: it discards), when set. */
function pathField(o: Out, key: string, v: string | null | undefined): void {
  if (v !== undefined) o[key] = v;
}

/** `ResultSelector` … `Assign`: what a state writes. */
function results(
  o: Out,
  ctx: EmitContext,
  f: {
    readonly resultSelector?: ValueNode;
    readonly resultPath?: string | null;
    readonly outputPath?: string | null;
    readonly output?: ValueNode;
    readonly assign?: ValueNode;
  },
): void {
  value(o, 'ResultSelector', f.resultSelector, ctx);
  pathField(o, 'ResultPath', f.resultPath);
  pathField(o, 'OutputPath', f.outputPath);
  value(o, 'Output', f.output, ctx);
  value(o, 'Assign', f.assign, ctx);
}

/** `Retry`, `Catch`, `Next`, `End`. */
function tail(
  o: Out,
  ctx: EmitContext,
  retry: readonly RetrierNode[] | undefined,
  catchers: readonly CatcherNode[] | undefined,
  next: string | undefined,
  end: boolean | undefined,
): void {
  if (retry !== undefined) o['Retry'] = retry.map(emitRetrier);
  // An empty list is written as given (a plain ASL file may hold one; the DSL writes `Retry: []`
  // for `retry: []` and never an empty Catch).
  if (catchers !== undefined) o['Catch'] = catchers.map((c) => emitCatcher(c, ctx));
  if (next !== undefined) o['Next'] = next;
  if (end === true) o['End'] = true;
}

/**
 * The fields set through the DSL's `extra` escape hatch: after every field aslc writes, sorted by
 * key (the IR keeps them sorted), so their position is deterministic.
 */
function extras(o: Out, extra: ObjectNode | undefined, ctx: EmitContext): void {
  if (extra === undefined) return;
  const entries = extra.entries;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as ObjectEntry;
    setOwn(o, e.key, emitValue(e.value, ctx));
  }
}

function emitPass(node: PassNode, ctx: EmitContext): Out {
  const {
    kind,
    name: _name,
    comment,
    queryLanguage,
    extra,
    inputPath,
    parameters,
    result,
    resultPath,
    outputPath,
    output,
    assign,
    next,
    end,
    ...rest
  } = node;
  emittedAll(rest);
  const o = head(kind, comment, queryLanguage);
  pathField(o, 'InputPath', inputPath);
  value(o, 'Parameters', parameters, ctx);
  value(o, 'Result', result, ctx);
  results(o, ctx, { resultPath, outputPath, output, assign });
  tail(o, ctx, undefined, undefined, next, end);
  extras(o, extra, ctx);
  return o;
}

function emitTask(node: TaskNode, ctx: EmitContext): Out {
  const {
    kind,
    name: _name,
    comment,
    queryLanguage,
    extra,
    resource,
    credentials,
    inputPath,
    parameters,
    arguments: args,
    timeoutSeconds,
    heartbeatSeconds,
    resultSelector,
    resultPath,
    outputPath,
    output,
    assign,
    retry,
    catch: catchers,
    next,
    end,
    ...rest
  } = node;
  emittedAll(rest);
  const o = head(kind, comment, queryLanguage);
  o['Resource'] = deployStringText(resource, ctx.placeholder);
  value(o, 'Credentials', credentials, ctx);
  pathField(o, 'InputPath', inputPath);
  value(o, 'Parameters', parameters, ctx);
  value(o, 'Arguments', args, ctx);
  emitNumberField(o, 'TimeoutSeconds', timeoutSeconds);
  emitNumberField(o, 'HeartbeatSeconds', heartbeatSeconds);
  results(o, ctx, { resultSelector, resultPath, outputPath, output, assign });
  tail(o, ctx, retry, catchers, next, end);
  extras(o, extra, ctx);
  return o;
}

function emitChoice(node: ChoiceNode, ctx: EmitContext): Out {
  const {
    kind,
    name: _name,
    comment,
    queryLanguage,
    extra,
    inputPath,
    choices,
    default: otherwise,
    outputPath,
    output,
    assign,
    ...rest
  } = node;
  emittedAll(rest);
  const o = head(kind, comment, queryLanguage);
  pathField(o, 'InputPath', inputPath);
  o['Choices'] = choices.map((r) => emitChoiceRule(r, ctx));
  if (otherwise !== undefined) o['Default'] = otherwise;
  results(o, ctx, { outputPath, output, assign });
  extras(o, extra, ctx);
  return o;
}

function emitWait(node: WaitNode, ctx: EmitContext): Out {
  const {
    kind,
    name: _name,
    comment,
    queryLanguage,
    extra,
    inputPath,
    seconds,
    timestamp,
    outputPath,
    output,
    assign,
    next,
    end,
    ...rest
  } = node;
  emittedAll(rest);
  const o = head(kind, comment, queryLanguage);
  pathField(o, 'InputPath', inputPath);
  emitNumberField(o, 'Seconds', seconds);
  if (typeof timestamp === 'string') o['Timestamp'] = timestamp;
  else if (timestamp?.kind === 'JsonPath') o['TimestampPath'] = timestamp.path;
  else if (timestamp !== undefined) o['Timestamp'] = jsonataText(timestamp);
  results(o, ctx, { outputPath, output, assign });
  tail(o, ctx, undefined, undefined, next, end);
  extras(o, extra, ctx);
  return o;
}

function emitSucceed(node: SucceedNode, ctx: EmitContext): Out {
  const {
    kind,
    name: _name,
    comment,
    queryLanguage,
    extra,
    inputPath,
    outputPath,
    output,
    ...rest
  } = node;
  emittedAll(rest);
  const o = head(kind, comment, queryLanguage);
  pathField(o, 'InputPath', inputPath);
  results(o, ctx, { outputPath, output });
  extras(o, extra, ctx);
  return o;
}

function emitFail(node: FailNode, ctx: EmitContext): Out {
  const { kind, name: _name, comment, queryLanguage, extra, error, cause, ...rest } = node;
  emittedAll(rest);
  const o = head(kind, comment, queryLanguage);
  emitFailField(o, 'Error', error, ctx);
  emitFailField(o, 'Cause', cause, ctx);
  extras(o, extra, ctx);
  return o;
}

function emitParallel(node: ParallelNode, ctx: EmitContext, emitGraph: GraphEmitter): Out {
  const {
    kind,
    name: _name,
    comment,
    queryLanguage,
    extra,
    inputPath,
    parameters,
    arguments: args,
    branches,
    resultSelector,
    resultPath,
    outputPath,
    output,
    assign,
    retry,
    catch: catchers,
    next,
    end,
    ...rest
  } = node;
  emittedAll(rest);
  const o = head(kind, comment, queryLanguage);
  pathField(o, 'InputPath', inputPath);
  value(o, 'Parameters', parameters, ctx);
  value(o, 'Arguments', args, ctx);
  o['Branches'] = branches.map((b) => emitGraph(b, ctx));
  results(o, ctx, { resultSelector, resultPath, outputPath, output, assign });
  tail(o, ctx, retry, catchers, next, end);
  extras(o, extra, ctx);
  return o;
}

function emitMap(node: MapNode, ctx: EmitContext, emitGraph: GraphEmitter): Out {
  const {
    kind,
    name: _name,
    comment,
    queryLanguage,
    extra,
    inputPath,
    parameters,
    items,
    itemsPath,
    itemReader,
    itemSelector,
    itemBatcher,
    maxConcurrency,
    toleratedFailureCount,
    toleratedFailurePercentage,
    label,
    processor,
    processorConfig,
    legacyIterator,
    resultWriter,
    resultSelector,
    resultPath,
    outputPath,
    output,
    assign,
    retry,
    catch: catchers,
    next,
    end,
    ...rest
  } = node;
  emittedAll(rest);
  const o = head(kind, comment, queryLanguage);
  pathField(o, 'InputPath', inputPath);
  value(o, 'Parameters', parameters, ctx);
  value(o, 'Items', items, ctx);
  if (itemsPath !== undefined) {
    o['ItemsPath'] = typeof itemsPath === 'string' ? itemsPath : itemsPath.path;
  }
  if (itemReader !== undefined) o['ItemReader'] = emitItemReader(itemReader, ctx);
  value(o, 'ItemSelector', itemSelector, ctx);
  if (itemBatcher !== undefined) o['ItemBatcher'] = emitItemBatcher(itemBatcher, ctx);
  emitNumberField(o, 'MaxConcurrency', maxConcurrency);
  emitNumberField(o, 'ToleratedFailureCount', toleratedFailureCount);
  emitNumberField(o, 'ToleratedFailurePercentage', toleratedFailurePercentage);
  if (label !== undefined) o['Label'] = deployStringText(label, ctx.placeholder);
  const graph = emitGraph(processor, ctx);
  const p: Out = {};
  if (graph['Comment'] !== undefined) p['Comment'] = graph['Comment'];
  if (processorConfig !== undefined) {
    const pc: Out = {};
    if (processorConfig.mode !== undefined) pc['Mode'] = processorConfig.mode;
    if (processorConfig.executionType !== undefined) {
      pc['ExecutionType'] = processorConfig.executionType;
    }
    p['ProcessorConfig'] = pc;
  }
  p['StartAt'] = graph['StartAt'];
  p['States'] = graph['States'];
  o[legacyIterator === true ? 'Iterator' : 'ItemProcessor'] = p;
  if (resultWriter !== undefined) o['ResultWriter'] = emitResultWriter(resultWriter, ctx);
  results(o, ctx, { resultSelector, resultPath, outputPath, output, assign });
  tail(o, ctx, retry, catchers, next, end);
  extras(o, extra, ctx);
  return o;
}

function emitFailField(
  o: Out,
  key: 'Error' | 'Cause',
  field: FailField | undefined,
  ctx: EmitContext,
): void {
  if (field === undefined) return;
  if (typeof field === 'string') o[key] = field;
  else if (field.kind === 'JsonPath') o[key + 'Path'] = field.path;
  else if (field.kind === 'Intrinsic') o[key + 'Path'] = intrinsicText(field, ctx.placeholder);
  else o[key] = jsonataText(field);
}

function emitItemReader(reader: ItemReaderNode, ctx: EmitContext): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Resource: deployStringText(reader.resource, ctx.placeholder),
  };
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
  if (writer.resource !== undefined)
    out['Resource'] = deployStringText(writer.resource, ctx.placeholder);
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

/** Emits one retrier, its keys in `RETRIER_KEY_ORDER`. */
export function emitRetrier(r: RetrierNode): Record<string, unknown> {
  const o: Out = { ErrorEquals: [...r.errorEquals] };
  if (r.comment !== undefined) o['Comment'] = r.comment;
  if (r.intervalSeconds !== undefined) o['IntervalSeconds'] = r.intervalSeconds;
  if (r.maxAttempts !== undefined) o['MaxAttempts'] = r.maxAttempts;
  if (r.backoffRate !== undefined) o['BackoffRate'] = r.backoffRate;
  if (r.maxDelaySeconds !== undefined) o['MaxDelaySeconds'] = r.maxDelaySeconds;
  if (r.jitterStrategy !== undefined) o['JitterStrategy'] = r.jitterStrategy;
  return o;
}

/** Emits one catcher, its keys in `CATCHER_KEY_ORDER`. */
export function emitCatcher(c: CatcherNode, ctx: EmitContext): Record<string, unknown> {
  const o: Out = { ErrorEquals: [...c.errorEquals] };
  if (c.comment !== undefined) o['Comment'] = c.comment;
  if (c.resultPath !== undefined) o['ResultPath'] = c.resultPath;
  value(o, 'Output', c.output, ctx);
  value(o, 'Assign', c.assign, ctx);
  o['Next'] = c.next;
  return o;
}

/** Emits a condition (JSONPath rules, or a JSONata `Condition`). */
export function emitCondition(cond: ConditionNode): Record<string, unknown> {
  const commented = (o: Record<string, unknown>, comment: string | undefined) => {
    if (comment !== undefined) o['Comment'] = comment;
    return o;
  };
  switch (cond.kind) {
    case 'Comparison':
      return commented({ Variable: cond.variable, [cond.operator]: cond.value }, cond.comment);
    case 'Compound':
      return commented({ [cond.operator]: cond.conditions.map(emitCondition) }, cond.comment);
    case 'Not':
      return commented({ Not: emitCondition(cond.condition) }, cond.comment);
    case 'JsonataCondition':
      return {
        // A literal boolean is written as given (AWS accepts `"Condition": true`); write
        // jsonata('true') for the expression form.
        Condition:
          typeof cond.condition === 'boolean' ? cond.condition : jsonataText(cond.condition),
      };
  }
}

/** Emits one Choice rule: the condition, then `CHOICE_RULE_TAIL_ORDER`. */
function emitChoiceRule(rule: ChoiceRuleNode, ctx: EmitContext): Record<string, unknown> {
  const o = emitCondition(rule.condition);
  if (rule.comment !== undefined) o['Comment'] = rule.comment;
  value(o, 'Output', rule.output, ctx);
  value(o, 'Assign', rule.assign, ctx);
  o['Next'] = rule.next;
  return o;
}
