import { CatcherNode } from '../../ir/catcher-node.ts';
import { ChoiceNode } from '../../ir/choice-node.ts';
import {
  ChoiceRuleNode,
  ComparisonNode,
  CompoundNode,
  JsonataConditionNode,
  NotNode,
  type ConditionNode,
} from '../../ir/choice-rule-node.ts';
import { JsonPathNode, type DeployString, type JsonataNode } from '../../ir/expression-node.ts';
import { FailNode, type FailField } from '../../ir/fail-node.ts';
import type { GraphNode } from '../../ir/graph-node.ts';
import { MapNode, type ItemReaderNode, type ResultWriterNode } from '../../ir/map-node.ts';
import { ParallelNode } from '../../ir/parallel-node.ts';
import { PassNode } from '../../ir/pass-node.ts';
import { RetrierNode } from '../../ir/retrier-node.ts';
import type { StateNode } from '../../ir/state-node.ts';
import { SucceedNode } from '../../ir/succeed-node.ts';
import { TaskNode } from '../../ir/task-node.ts';
import type { ValueNode } from '../../ir/value-node.ts';
import { WaitNode } from '../../ir/wait-node.ts';
import { isJsonObject } from '../../util/json.ts';
import { appendPointer } from '../../util/json-pointer.ts';
import { AslFields } from './fields.ts';
import { looksLikeIntrinsic } from '../../asl/intrinsic/parse.ts';
import {
  readDeployString,
  readIntrinsicText,
  readJsonata,
  readObject,
  readPlainText,
  readValue,
  unsupported,
} from './read-value.ts';

const QUERY_LANGUAGES = ['JSONPath', 'JSONata'] as const;

/** A payload field, when present. */
function value(f: AslFields, key: string, literal = false): ValueNode | undefined {
  const v = f.raw(key);
  return v === undefined ? undefined : readValue(v, f.at(key), literal);
}

/** `Assign`, when present. */
function assign(f: AslFields): ReturnType<typeof readObject> | undefined {
  const v = f.raw('Assign');
  return v === undefined ? undefined : readObject(v, f.at('Assign'));
}

/** What every state has, and `Next`/`End` for the states that transition. */
function base(f: AslFields, name: string) {
  return {
    name,
    comment: f.text('Comment'),
    queryLanguage: f.choice('QueryLanguage', QUERY_LANGUAGES),
  };
}

function transition(f: AslFields) {
  return { next: f.text('Next'), end: f.boolean('End') === true ? true : undefined };
}

function io(f: AslFields) {
  return { inputPath: f.path('InputPath'), outputPath: f.path('OutputPath') };
}

function retriers(f: AslFields): RetrierNode[] | undefined {
  const list = f.raw('Retry');
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) unsupported(f.at('Retry'), 'Retry must be a list', 'fix the file');
  return list.map((r, i) => {
    const rf = new AslFields(r, appendPointer(f.at('Retry'), i));
    const node = RetrierNode.create({
      errorEquals: rf.strings('ErrorEquals') ?? [],
      comment: rf.text('Comment'),
      intervalSeconds: rf.number('IntervalSeconds'),
      maxAttempts: rf.number('MaxAttempts'),
      backoffRate: rf.number('BackoffRate'),
      maxDelaySeconds: rf.number('MaxDelaySeconds'),
      jitterStrategy: rf.choice('JitterStrategy', ['FULL', 'NONE']),
    });
    rf.done('a retrier');
    return node;
  });
}

function catchers(f: AslFields): CatcherNode[] | undefined {
  const list = f.raw('Catch');
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) unsupported(f.at('Catch'), 'Catch must be a list', 'fix the file');
  return list.map((c, i) => {
    const cf = new AslFields(c, appendPointer(f.at('Catch'), i));
    const node = CatcherNode.create({
      errorEquals: cf.strings('ErrorEquals') ?? [],
      comment: cf.text('Comment'),
      resultPath: cf.path('ResultPath'),
      output: value(cf, 'Output'),
      assign: assign(cf),
      next: cf.text('Next') ?? '',
    });
    cf.done('a catcher');
    return node;
  });
}

/** The results a state writes: `ResultSelector` … `Assign`. */
function results(f: AslFields) {
  return {
    resultSelector: value(f, 'ResultSelector'),
    resultPath: f.path('ResultPath'),
    output: value(f, 'Output'),
    assign: assign(f),
  };
}

/** A JSONPath condition (`Variable` + operator, `And`, `Or`, `Not`). */
function condition(raw: unknown, pointer: string, top: boolean): ConditionNode {
  const f = new AslFields(raw, pointer);
  // A top-level rule's Comment is the rule's; a nested rule's is its condition's.
  const comment = top ? undefined : f.text('Comment');
  let node: ConditionNode;
  const jsonata = f.raw('Condition');
  if (jsonata !== undefined) {
    const expr = readJsonata(jsonata, f.at('Condition'));
    node = JsonataConditionNode.create({
      condition: typeof jsonata === 'boolean' ? jsonata : (expr as JsonataNode),
    });
    if (typeof jsonata !== 'boolean' && expr === undefined) {
      unsupported(f.at('Condition'), 'Condition must be a JSONata expression', 'fix the file');
    }
  } else if (f.raw('And') !== undefined || f.raw('Or') !== undefined) {
    const operator = f.raw('And') !== undefined ? 'And' : 'Or';
    const list = f.raw(operator);
    if (!Array.isArray(list))
      unsupported(f.at(operator), `${operator} must be a list`, 'fix the file');
    node = CompoundNode.create({
      operator,
      conditions: list.map((c, i) => condition(c, appendPointer(f.at(operator), i), false)),
      comment,
    });
  } else if (f.raw('Not') !== undefined) {
    node = NotNode.create({ condition: condition(f.raw('Not'), f.at('Not'), false), comment });
  } else {
    const variable = f.text('Variable') ?? '';
    const operators = Object.keys(f.object).filter(
      (k) => !['Variable', 'Next', 'Comment', 'Output', 'Assign'].includes(k),
    );
    const operator = operators[0];
    if (operators.length !== 1 || operator === undefined) {
      unsupported(pointer, 'a Choice rule needs exactly one comparison operator', 'fix the file');
    }
    const v = f.raw(operator);
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      unsupported(
        f.at(operator),
        `${operator} must be a string, number or boolean`,
        'fix the file',
      );
    }
    node = ComparisonNode.create({
      variable,
      operator,
      value: typeof v === 'string' ? (f.text(operator) as string) : v,
      comment,
    });
  }
  if (!top) f.done('a nested Choice rule');
  return node;
}

function choiceRule(raw: unknown, pointer: string): ChoiceRuleNode {
  const f = new AslFields(raw, pointer);
  const rule = ChoiceRuleNode.create({
    condition: condition(raw, pointer, true),
    comment: f.text('Comment'),
    output: value(f, 'Output'),
    assign: assign(f),
    next: f.text('Next') ?? '',
  });
  return rule;
}

/** Fail `Error`/`Cause`: literal, `…Path` (a path or an intrinsic) or JSONata. */
function failField(f: AslFields, key: 'Error' | 'Cause'): FailField | undefined {
  const path = f.raw(`${key}Path`);
  if (typeof path === 'string') {
    const at = f.at(`${key}Path`);
    return looksLikeIntrinsic(path)
      ? readIntrinsicText(path, at)
      : JsonPathNode.create({ path: readPlainText(path, at, `${key}Path`) });
  }
  return readJsonata(f.raw(key), f.at(key)) ?? f.text(key);
}

/** A nested graph: a Parallel branch or a Map item processor. */
export type GraphReader = (raw: unknown, pointer: string) => GraphNode;

function mapState(f: AslFields, name: string, readGraph: GraphReader): MapNode {
  const legacy = f.raw('Iterator') !== undefined;
  const key = legacy ? 'Iterator' : 'ItemProcessor';
  const pf = new AslFields(f.raw(key), f.at(key));
  const config = pf.raw('ProcessorConfig');
  let processorConfig: MapNode['processorConfig'];
  if (config !== undefined) {
    const cf = new AslFields(config, pf.at('ProcessorConfig'));
    processorConfig = {
      mode: cf.choice('Mode', ['INLINE', 'DISTRIBUTED']),
      executionType: cf.choice('ExecutionType', ['STANDARD', 'EXPRESS']),
    };
    cf.done('ProcessorConfig');
  }
  const { ProcessorConfig: _config, ...graph } = pf.object;
  const processor = readGraph(graph, pf.pointer);
  let itemReader: ItemReaderNode | undefined;
  if (f.raw('ItemReader') !== undefined) {
    const rf = new AslFields(f.raw('ItemReader'), f.at('ItemReader'));
    let readerConfig: ItemReaderNode['readerConfig'];
    if (rf.raw('ReaderConfig') !== undefined) {
      const c = new AslFields(rf.raw('ReaderConfig'), rf.at('ReaderConfig'));
      readerConfig = {
        inputType: c.choice('InputType', ['CSV', 'JSON', 'JSONL', 'PARQUET', 'MANIFEST']),
        csvHeaderLocation: c.choice('CSVHeaderLocation', ['FIRST_ROW', 'GIVEN']),
        csvHeaders: c.strings('CSVHeaders'),
        csvDelimiter: c.choice('CSVDelimiter', ['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB']),
        itemsPointer: c.text('ItemsPointer'),
        maxItems: c.numberField('MaxItems'),
        manifestType: c.choice('ManifestType', ['ATHENA_DATA', 'S3_INVENTORY']),
        transformation: c.choice('Transformation', ['NONE', 'LOAD_AND_FLATTEN']),
      };
      c.done('ReaderConfig');
    }
    itemReader = {
      resource: readDeployString(rf.text('Resource') ?? '', rf.at('Resource')),
      ...(readerConfig === undefined ? {} : { readerConfig }),
      ...optional('parameters', value(rf, 'Parameters')),
      ...optional('arguments', value(rf, 'Arguments')),
    };
    rf.done('ItemReader');
  }
  let itemBatcher: MapNode['itemBatcher'];
  if (f.raw('ItemBatcher') !== undefined) {
    const bf = new AslFields(f.raw('ItemBatcher'), f.at('ItemBatcher'));
    itemBatcher = {
      ...optional('maxItemsPerBatch', bf.numberField('MaxItemsPerBatch')),
      ...optional('maxInputBytesPerBatch', bf.numberField('MaxInputBytesPerBatch')),
      ...optional('batchInput', value(bf, 'BatchInput')),
    };
    bf.done('ItemBatcher');
  }
  let resultWriter: ResultWriterNode | undefined;
  if (f.raw('ResultWriter') !== undefined) {
    const wf = new AslFields(f.raw('ResultWriter'), f.at('ResultWriter'));
    let writerConfig: ResultWriterNode['writerConfig'];
    if (wf.raw('WriterConfig') !== undefined) {
      const c = new AslFields(wf.raw('WriterConfig'), wf.at('WriterConfig'));
      writerConfig = {
        ...optional('transformation', c.choice('Transformation', ['NONE', 'COMPACT', 'FLATTEN'])),
        ...optional('outputType', c.choice('OutputType', ['JSON', 'JSONL'])),
      };
      c.done('WriterConfig');
    }
    const resource = wf.text('Resource');
    resultWriter = {
      ...optional(
        'resource',
        resource === undefined ? undefined : readDeployString(resource, wf.at('Resource')),
      ),
      ...optional('writerConfig', writerConfig),
      ...optional('parameters', value(wf, 'Parameters')),
      ...optional('arguments', value(wf, 'Arguments')),
    };
    wf.done('ResultWriter');
  }
  return MapNode.create({
    ...base(f, name),
    ...io(f),
    processor,
    processorConfig,
    legacyIterator: legacy ? true : undefined,
    itemsPath: f.text('ItemsPath'),
    items: value(f, 'Items'),
    itemSelector: value(f, 'ItemSelector'),
    parameters: value(f, 'Parameters'),
    itemReader,
    itemBatcher,
    resultWriter,
    maxConcurrency: f.numberField('MaxConcurrency'),
    toleratedFailureCount: f.numberField('ToleratedFailureCount'),
    toleratedFailurePercentage: f.numberField('ToleratedFailurePercentage'),
    label: readLabel(f),
    ...results(f),
    retry: retriers(f),
    catch: catchers(f),
    ...transition(f),
  });
}

/** A Map `Label`: a literal, or placeholders filled in at deploy time. */
function readLabel(f: AslFields): DeployString | undefined {
  const v = f.raw('Label');
  if (v === undefined) return undefined;
  if (typeof v !== 'string') unsupported(f.at('Label'), 'Label must be a string', 'fix the file');
  return readDeployString(v, f.at('Label'));
}

/** `{ key: value }` when the value is defined, else nothing. */
function optional<K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: V };
}

/**
 * One state of a validated ASL definition as an IR node. @internal
 *
 * @example
 * ```ts
 * readState('A', { Type: 'Pass', End: true }, '/States/A', readGraph); // PassNode
 * ```
 */
export function readState(
  name: string,
  raw: unknown,
  pointer: string,
  readGraph: GraphReader,
): StateNode {
  if (!isJsonObject(raw)) unsupported(pointer, 'a state must be an object', 'fix the file');
  const f = new AslFields(raw, pointer);
  let node: StateNode;
  switch (f.text('Type')) {
    case 'Pass':
      node = PassNode.create({
        ...base(f, name),
        ...io(f),
        parameters: value(f, 'Parameters'),
        result: value(f, 'Result', true),
        ...results(f),
        ...transition(f),
      });
      break;
    case 'Task':
      node = TaskNode.create({
        ...base(f, name),
        ...io(f),
        resource: readDeployString(String(f.raw('Resource') ?? ''), f.at('Resource')),
        parameters: value(f, 'Parameters'),
        arguments: value(f, 'Arguments'),
        credentials: value(f, 'Credentials'),
        timeoutSeconds: f.numberField('TimeoutSeconds'),
        heartbeatSeconds: f.numberField('HeartbeatSeconds'),
        ...results(f),
        retry: retriers(f),
        catch: catchers(f),
        ...transition(f),
      });
      break;
    case 'Choice': {
      const rules = f.raw('Choices');
      if (!Array.isArray(rules))
        unsupported(f.at('Choices'), 'Choices must be a list', 'fix the file');
      node = ChoiceNode.create({
        ...base(f, name),
        ...io(f),
        choices: rules.map((r, i) => choiceRule(r, appendPointer(f.at('Choices'), i))),
        default: f.text('Default'),
        output: value(f, 'Output'),
        assign: assign(f),
      });
      break;
    }
    case 'Wait': {
      const timestampPath = f.text('TimestampPath');
      const timestamp = f.raw('Timestamp');
      node = WaitNode.create({
        ...base(f, name),
        ...io(f),
        seconds: f.numberField('Seconds'),
        timestamp:
          timestampPath !== undefined
            ? JsonPathNode.create({ path: timestampPath })
            : (readJsonata(timestamp, f.at('Timestamp')) ?? f.text('Timestamp')),
        output: value(f, 'Output'),
        assign: assign(f),
        ...transition(f),
      });
      break;
    }
    case 'Succeed':
      node = SucceedNode.create({ ...base(f, name), ...io(f), output: value(f, 'Output') });
      break;
    case 'Fail':
      node = FailNode.create({
        ...base(f, name),
        error: failField(f, 'Error'),
        cause: failField(f, 'Cause'),
      });
      break;
    case 'Parallel': {
      const branches = f.raw('Branches');
      if (!Array.isArray(branches)) {
        unsupported(f.at('Branches'), 'Branches must be a list', 'fix the file');
      }
      node = ParallelNode.create({
        ...base(f, name),
        ...io(f),
        parameters: value(f, 'Parameters'),
        arguments: value(f, 'Arguments'),
        branches: branches.map((b, i) => readGraph(b, appendPointer(f.at('Branches'), i))),
        ...results(f),
        retry: retriers(f),
        catch: catchers(f),
        ...transition(f),
      });
      break;
    }
    case 'Map':
      node = mapState(f, name, readGraph);
      break;
    default:
      return unsupported(f.at('Type'), `unknown state type`, 'fix the file');
  }
  f.done(`state '${name}'`);
  return node;
}
