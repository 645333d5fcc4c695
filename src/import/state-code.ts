/**
 * One state as a DSL builder call: `task('Charge', { … }).retry({ … }).catch(…)`,
 * `choice('Paid?').when(Condition.…, ship).otherwise(declined)`, and so on for the eight types.
 * Targets of rules and catchers and nested graphs are code the layout gives.
 */
import { isJsonObject } from '../util/json.ts';
import { stringLiteral } from './code-text.ts';
import { conditionCode } from './condition-code.ts';
import { jsonataCode, pathCode } from './expression-code.ts';
import {
  FieldReader,
  headOptions,
  modeOf,
  numberOption,
  pathOption,
  payloadOption,
  extraOption,
  retrierCode,
  tailOptions,
  type Lang,
} from './field-code.ts';
import { use, type GenContext } from './gen-context.ts';
import type { StateModel } from './graph-model.ts';
import { intrinsicCode } from './intrinsic-code.ts';
import { mapCode } from './map-code.ts';
import { resourceCode } from './resource-code.ts';

/** What {@link stateCode} needs besides the state. */
export interface StateCodeInput {
  readonly ctx: GenContext;
  readonly state: StateModel;
  /** The state's query language (its own, or the machine's). */
  readonly lang: Lang;
  /** Code of reference `index` (rule targets, then `Default`, then catch handlers). */
  readonly refCode: (index: number) => string;
  /** Code of a nested graph (a branch, the processor). */
  readonly graphCode: (graph: number) => string;
  /** The state name as code, when it is not the literal name (in a fragment function). */
  readonly nameCode?: string;
}

/** Notes a construct the DSL cannot write. */
function unsupported(input: StateCodeInput, field: string, reason: string): void {
  input.ctx.unsupported.push({ state: input.state.name, field, reason });
}

/** `.retry(…)` and `.catch(…)` calls. */
function errorHandling(input: StateCodeInput, fields: FieldReader, firstCatch: number): string {
  let code = '';
  const retry = fields.take('Retry');
  if (Array.isArray(retry) && retry.length === 0) fields.add('retry', '[]');
  if (Array.isArray(retry)) {
    for (const r of retry) {
      const c = retrierCode(r);
      if ('problem' in c) unsupported(input, 'Retry', c.problem);
      else code += `.retry(${c.code})`;
    }
  }
  const catchers = fields.take('Catch');
  if (Array.isArray(catchers) && catchers.length === 0) fields.add('catch', '[]');
  if (Array.isArray(catchers)) {
    catchers.forEach((c: unknown, i) => {
      const catcher = new FieldReader(c as Record<string, unknown>);
      const errors = catcher.take('ErrorEquals');
      if (!(Array.isArray(errors) && errors.length === 1 && errors[0] === 'States.ALL')) {
        catcher.add(
          'errors',
          `[${(errors as unknown[]).map((e) => stringLiteral(String(e))).join(', ')}]`,
        );
      }
      if (catcher.has('Comment'))
        catcher.add('comment', stringLiteral(String(catcher.take('Comment'))));
      pathOption(catcher, 'ResultPath', 'resultPath');
      payloadOption(input.ctx, catcher, 'Output', 'output', 'jsonata');
      payloadOption(input.ctx, catcher, 'Assign', 'assign', modeOf(input.lang));
      catcher.take('Next');
      for (const f of catcher.rest())
        unsupported(input, `Catch ${f}`, `Catch field '${f}' is not supported`);
      const handler = input.refCode(firstCatch + i);
      code +=
        catcher.options.length === 0
          ? `.catch(${handler})`
          : `.catch(${handler}, ${catcher.object()})`;
    });
  }
  return code;
}

function taskCode(input: StateCodeInput, fields: FieldReader): string {
  const { ctx, lang } = input;
  headOptions(fields);
  const resource = fields.take('Resource');
  fields.add(
    'resource',
    typeof resource === 'string' ? resourceCode(ctx, resource) : stringLiteral(String(resource)),
  );
  pathOption(fields, 'InputPath', 'inputPath');
  payloadOption(ctx, fields, 'Parameters', 'parameters', 'jsonpath');
  payloadOption(ctx, fields, 'Arguments', 'arguments', 'jsonata');
  payloadOption(ctx, fields, 'ResultSelector', 'resultSelector', 'jsonpath');
  pathOption(fields, 'ResultPath', 'resultPath');
  payloadOption(ctx, fields, 'Credentials', 'credentials', modeOf(lang));
  for (const [field, option] of [
    ['TimeoutSeconds', 'timeoutSeconds'],
    ['HeartbeatSeconds', 'heartbeatSeconds'],
  ] as const) {
    const problem = numberOption(ctx, fields, field, option);
    if (problem !== undefined) unsupported(input, field, problem);
  }
  tailOptions(ctx, fields, lang);
  const handling = errorHandling(input, fields, 0);
  extraOption(ctx, fields);
  return `${use(ctx, 'task')}(${input.nameCode ?? stringLiteral(input.state.name)}, ${fields.object()})${handling}`;
}

function passCode(input: StateCodeInput, fields: FieldReader): string {
  const { ctx, lang } = input;
  headOptions(fields);
  pathOption(fields, 'InputPath', 'inputPath');
  payloadOption(ctx, fields, 'Parameters', 'parameters', 'jsonpath');
  payloadOption(ctx, fields, 'Result', 'result', 'literal');
  pathOption(fields, 'ResultPath', 'resultPath');
  tailOptions(ctx, fields, lang);
  return builder(input, 'pass', fields);
}

function waitCode(input: StateCodeInput, fields: FieldReader): string {
  const { ctx, lang } = input;
  headOptions(fields);
  pathOption(fields, 'InputPath', 'inputPath');
  const problem = numberOption(ctx, fields, 'Seconds', 'seconds');
  if (problem !== undefined) unsupported(input, 'Seconds', problem);
  if (fields.has('TimestampPath')) {
    fields.add('timestamp', pathCode(ctx, String(fields.take('TimestampPath'))));
  } else if (fields.has('Timestamp')) {
    const ts = String(fields.take('Timestamp'));
    const expr = jsonataCode(ctx, ts);
    if (expr !== undefined) fields.add('timestamp', expr);
    else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(ts)) {
      fields.add('timestamp', stringLiteral(ts));
    } else
      unsupported(
        input,
        'Timestamp',
        `Timestamp '${ts}' is not an RFC 3339 timestamp the DSL accepts`,
      );
  }
  tailOptions(ctx, fields, lang);
  return builder(input, 'wait', fields);
}

function succeedCode(input: StateCodeInput, fields: FieldReader): string {
  headOptions(fields);
  pathOption(fields, 'InputPath', 'inputPath');
  tailOptions(input.ctx, fields, input.lang, false);
  return builder(input, 'succeed', fields);
}

function failCode(input: StateCodeInput, fields: FieldReader): string {
  const { ctx } = input;
  headOptions(fields);
  for (const [field, option] of [
    ['Error', 'error'],
    ['Cause', 'cause'],
  ] as const) {
    if (fields.has(`${field}Path`)) {
      const text = String(fields.take(`${field}Path`));
      const code = text.startsWith('$')
        ? pathCode(ctx, text)
        : intrinsicCode(ctx, text, { exact: false });
      if (code === undefined)
        unsupported(
          input,
          `${field}Path`,
          `${field}Path '${text}' is neither a path nor an intrinsic call the DSL writes`,
        );
      else fields.add(option, code);
    } else if (fields.has(field)) {
      const text = String(fields.take(field));
      fields.add(
        option,
        (input.lang === 'JSONata' ? jsonataCode(ctx, text) : undefined) ?? stringLiteral(text),
      );
    }
  }
  return builder(input, 'fail', fields);
}

function choiceCode(input: StateCodeInput, fields: FieldReader): string {
  const { ctx, lang } = input;
  headOptions(fields);
  pathOption(fields, 'InputPath', 'inputPath');
  tailOptions(ctx, fields, lang);
  let code = '';
  const rules = fields.take('Choices');
  let index = 0;
  if (Array.isArray(rules)) {
    for (const r of rules) {
      const rule = r as Record<string, unknown>;
      const condition = conditionCode(ctx, rule, lang);
      if (condition === undefined)
        unsupported(
          input,
          'Choices',
          `rule ${index + 1} cannot be written with Condition.* or jsonata()`,
        );
      const options = new FieldReader(rule);
      if (options.has('Comment'))
        options.add('comment', stringLiteral(String(options.take('Comment'))));
      payloadOption(ctx, options, 'Assign', 'assign', modeOf(lang));
      payloadOption(ctx, options, 'Output', 'output', 'jsonata');
      const target = input.refCode(index++);
      code += `.when(${condition ?? 'false'}, ${target}${options.options.length === 0 ? '' : `, ${options.object()}`})`;
    }
  }
  if (fields.has('Default')) {
    fields.take('Default');
    code += `.otherwise(${input.refCode(index)})`;
  }
  return `${builder(input, 'choice', fields)}${code}`;
}

function parallelCode(input: StateCodeInput, fields: FieldReader): string {
  const { ctx, lang } = input;
  headOptions(fields);
  pathOption(fields, 'InputPath', 'inputPath');
  payloadOption(ctx, fields, 'Parameters', 'parameters', 'jsonpath');
  payloadOption(ctx, fields, 'Arguments', 'arguments', 'jsonata');
  const branches = fields.take('Branches');
  if (Array.isArray(branches)) {
    const codes = input.state.nested.map((g, i) => {
      const b: unknown = branches[i];
      const code = input.graphCode(g);
      if (!isJsonObject(b) || typeof b['Comment'] !== 'string') return code;
      return `${use(ctx, 'branch')}(${code}, { comment: ${stringLiteral(b['Comment'])} })`;
    });
    fields.add('branches', `[${codes.join(', ')}]`);
  }
  payloadOption(ctx, fields, 'ResultSelector', 'resultSelector', 'jsonpath');
  pathOption(fields, 'ResultPath', 'resultPath');
  tailOptions(ctx, fields, lang);
  const handling = errorHandling(input, fields, 0);
  return `${builder(input, 'parallel', fields)}${handling}`;
}

/** `name(stateName, { … })`, without the options when there are none. */
function builder(input: StateCodeInput, name: string, fields: FieldReader): string {
  extraOption(input.ctx, fields);
  const options = fields.options.length === 0 ? '' : `, ${fields.object()}`;
  return `${use(input.ctx, name)}(${input.nameCode ?? stringLiteral(input.state.name)}${options})`;
}

/**
 * A state as a builder call.
 *
 * @example
 * ```ts
 * stateCode({ ctx, state, lang: 'JSONPath', refCode, graphCode });
 * // "task('Charge', { resource: lambdaInvoke(), parameters: { … } }).retry({ maxAttempts: 3 })"
 * ```
 */
export function stateCode(input: StateCodeInput): string {
  const fields = new FieldReader(input.state.json);
  fields.take('Type');
  fields.take('Next');
  fields.take('End');
  let code: string;
  switch (input.state.type) {
    case 'Task':
      code = taskCode(input, fields);
      break;
    case 'Pass':
      code = passCode(input, fields);
      break;
    case 'Wait':
      code = waitCode(input, fields);
      break;
    case 'Succeed':
      code = succeedCode(input, fields);
      break;
    case 'Fail':
      code = failCode(input, fields);
      break;
    case 'Choice':
      code = choiceCode(input, fields);
      break;
    case 'Parallel':
      code = parallelCode(input, fields);
      break;
    case 'Map':
      code = mapCode(input, fields, (firstCatch) => errorHandling(input, fields, firstCatch));
      break;
    default:
      unsupported(input, 'Type', `unknown state type '${input.state.type}'`);
      return 'undefined';
  }
  return code;
}
