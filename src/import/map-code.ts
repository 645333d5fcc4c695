/**
 * A Map state as `map(…)` or `distributedMap(…)`: the item processor and its configuration, the
 * items, the Distributed Map reader, batcher and writer.
 */
import { isJsonObject } from '../util/json.ts';
import { stringLiteral } from './code-text.ts';
import {
  FieldReader,
  headOptions,
  modeOf,
  numberOption,
  pathOption,
  extraOption,
  payloadOption,
  tailOptions,
} from './field-code.ts';
import { use } from './gen-context.ts';
import { resourceCode } from './resource-code.ts';
import { literalStringCode } from './expression-code.ts';
import type { StateCodeInput } from './state-code.ts';

/** `ItemReader`, `ItemBatcher`, `ResultWriter` and their configurations. */
function distributedParts(input: StateCodeInput, fields: FieldReader, problems: string[][]): void {
  const { ctx, lang } = input;
  const sub = (field: string, option: string, read: (r: FieldReader) => void): void => {
    const value = fields.take(field);
    if (value === undefined) return;
    if (!isJsonObject(value)) {
      problems.push([field, `${field} is not an object`]);
      return;
    }
    const r = new FieldReader(value);
    read(r);
    for (const f of r.rest())
      problems.push([`${field}.${f}`, `${field} field '${f}' is not supported by the DSL`]);
    fields.add(option, r.object());
  };
  const config = (
    r: FieldReader,
    field: string,
    option: string,
    keys: readonly (readonly [string, string])[],
    numbers: readonly (readonly [string, string])[] = [],
  ): void => {
    const value = r.take(field);
    if (value === undefined) return;
    if (!isJsonObject(value)) {
      problems.push([field, `${field} is not an object`]);
      return;
    }
    const c = new FieldReader(value);
    for (const [f, o] of keys) {
      if (!c.has(f)) continue;
      const v = c.take(f);
      c.add(
        o,
        Array.isArray(v)
          ? `[${v.map((x) => stringLiteral(String(x))).join(', ')}]`
          : stringLiteral(String(v)),
      );
    }
    for (const [f, o] of numbers) {
      const p = numberOption(ctx, c, f, o);
      if (p !== undefined) problems.push([`${field}.${f}`, p]);
    }
    for (const f of c.rest())
      problems.push([`${field}.${f}`, `${field} field '${f}' is not supported by the DSL`]);
    r.add(option, c.object());
  };
  sub('ItemReader', 'itemReader', (r) => {
    const resource = r.take('Resource');
    r.add(
      'resource',
      typeof resource === 'string' ? resourceCode(ctx, resource) : stringLiteral(String(resource)),
    );
    payloadOption(ctx, r, 'Parameters', 'parameters', 'jsonpath');
    payloadOption(ctx, r, 'Arguments', 'arguments', 'jsonata');
    config(
      r,
      'ReaderConfig',
      'readerConfig',
      [
        ['InputType', 'inputType'],
        ['CSVHeaderLocation', 'csvHeaderLocation'],
        ['CSVHeaders', 'csvHeaders'],
        ['CSVDelimiter', 'csvDelimiter'],
        ['ItemsPointer', 'itemsPointer'],
        ['ManifestType', 'manifestType'],
        ['Transformation', 'transformation'],
      ],
      [['MaxItems', 'maxItems']],
    );
  });
  sub('ItemBatcher', 'itemBatcher', (r) => {
    for (const [f, o] of [
      ['MaxItemsPerBatch', 'maxItemsPerBatch'],
      ['MaxInputBytesPerBatch', 'maxInputBytesPerBatch'],
    ] as const) {
      const p = numberOption(ctx, r, f, o);
      if (p !== undefined) problems.push([`ItemBatcher.${f}`, p]);
    }
    payloadOption(ctx, r, 'BatchInput', 'batchInput', modeOf(lang));
  });
  sub('ResultWriter', 'resultWriter', (r) => {
    if (r.has('Resource')) {
      const resource = r.take('Resource');
      r.add(
        'resource',
        typeof resource === 'string'
          ? resourceCode(ctx, resource)
          : stringLiteral(String(resource)),
      );
    }
    payloadOption(ctx, r, 'Parameters', 'parameters', 'jsonpath');
    payloadOption(ctx, r, 'Arguments', 'arguments', 'jsonata');
    config(r, 'WriterConfig', 'writerConfig', [
      ['Transformation', 'transformation'],
      ['OutputType', 'outputType'],
    ]);
  });
}

/**
 * A Map state as a builder call; `handling` writes its `.retry(…)`/`.catch(…)` calls.
 *
 * @example
 * ```ts
 * mapCode(input, fields, (first) => errorHandling(input, fields, first));
 * // "map('Each', { itemsPath: '$.items', processor: ship })"
 * ```
 */
export function mapCode(
  input: StateCodeInput,
  fields: FieldReader,
  handling: (firstCatch: number) => string,
): string {
  const { ctx, lang } = input;
  const problems: string[][] = [];
  headOptions(fields);
  const legacy = fields.has('Iterator');
  const processor = fields.take(legacy ? 'Iterator' : 'ItemProcessor');
  let mode: unknown;
  let executionType: unknown;
  let processorComment: string | undefined;
  if (isJsonObject(processor)) {
    const p = new FieldReader(processor);
    p.take('StartAt');
    p.take('States');
    if (p.has('Comment')) processorComment = stringLiteral(String(p.take('Comment')));
    const config = p.take('ProcessorConfig');
    if (config !== undefined) {
      if (!isJsonObject(config))
        problems.push(['ProcessorConfig', 'ProcessorConfig is not an object']);
      else {
        const c = new FieldReader(config);
        mode = c.take('Mode');
        executionType = c.take('ExecutionType');
        for (const f of c.rest())
          problems.push([
            `ProcessorConfig.${f}`,
            `ProcessorConfig field '${f}' is not supported by the DSL`,
          ]);
        if (mode === undefined && executionType === undefined) {
          problems.push(['ProcessorConfig', 'an empty ProcessorConfig is not written by the DSL']);
        }
      }
    }
    for (const f of p.rest())
      problems.push([
        `ItemProcessor.${f}`,
        `ItemProcessor field '${f}' is not supported by the DSL`,
      ]);
  }
  const distributed = mode === 'DISTRIBUTED';
  // distributedMap() writes ExecutionType STANDARD unless told otherwise: use it when the
  // definition says which, map() with mode otherwise.
  const viaDistributed = distributed && executionType !== undefined;
  if (!viaDistributed && mode !== undefined) fields.add('mode', stringLiteral(String(mode)));
  if (executionType !== undefined && !(viaDistributed && executionType === 'STANDARD')) {
    fields.add('executionType', stringLiteral(String(executionType)));
  }
  if (legacy) fields.add('iterator', 'true');
  pathOption(fields, 'InputPath', 'inputPath');
  pathOption(fields, 'ItemsPath', 'itemsPath');
  payloadOption(ctx, fields, 'Items', 'items', 'jsonata');
  payloadOption(ctx, fields, 'ItemSelector', 'itemSelector', modeOf(lang));
  payloadOption(ctx, fields, 'Parameters', 'parameters', 'jsonpath');
  distributedParts(input, fields, problems);
  for (const [field, option] of [
    ['MaxConcurrency', 'maxConcurrency'],
    ['ToleratedFailureCount', 'toleratedFailureCount'],
    ['ToleratedFailurePercentage', 'toleratedFailurePercentage'],
  ] as const) {
    const p = numberOption(ctx, fields, field, option);
    if (p !== undefined) problems.push([field, p]);
  }
  if (fields.has('Label'))
    fields.add('label', literalStringCode(ctx, String(fields.take('Label'))));
  if (processorComment !== undefined) fields.add('processorComment', processorComment);
  fields.add('processor', input.graphCode(input.state.nested[0] as number));
  payloadOption(ctx, fields, 'ResultSelector', 'resultSelector', 'jsonpath');
  pathOption(fields, 'ResultPath', 'resultPath');
  tailOptions(ctx, fields, lang);
  for (const [field, reason] of problems) {
    ctx.unsupported.push({
      state: input.state.name,
      field: field as string,
      reason: reason as string,
    });
  }
  const handlingCode = handling(0);
  extraOption(ctx, fields);
  const name = viaDistributed ? 'distributedMap' : 'map';
  return `${use(ctx, name)}(${input.nameCode ?? stringLiteral(input.state.name)}, ${fields.object()})${handlingCode}`;
}
