/**
 * Fields shared by several state types, as DSL options: comments and query languages, JSONPath
 * input/output, number fields with their `…Path` twins, `Assign`/`Output`, retriers.
 */
import { numberLiteral, propertyKey, stringLiteral } from './code-text.ts';
import { jsonataCode, pathCode } from './expression-code.ts';
import type { GenContext } from './gen-context.ts';
import { valueCode, type ValueMode } from './value-code.ts';

/** The query language a state's expressions are read in. */
export type Lang = 'JSONPath' | 'JSONata';

/**
 * The fields of one ASL object being turned into options: each field read is marked, so that
 * what is left (a field the DSL has no option for) is known at the end.
 */
export class FieldReader {
  readonly json: Record<string, unknown>;
  readonly #read = new Set<string>();
  /** `key: code` pairs of the options object. */
  readonly options: string[] = [];

  constructor(json: Record<string, unknown>) {
    this.json = json;
  }

  /** The value of a field (marking it read), or undefined. */
  take(field: string): unknown {
    if (!Object.hasOwn(this.json, field)) return undefined;
    this.#read.add(field);
    return this.json[field];
  }

  /** True when the object has the field. */
  has(field: string): boolean {
    return Object.hasOwn(this.json, field);
  }

  /** Adds `option: code` to the options. */
  add(option: string, code: string): void {
    this.options.push(`${propertyKey(option)}: ${code}`);
  }

  /** Fields not read. */
  rest(): string[] {
    return Object.keys(this.json).filter((k) => !this.#read.has(k));
  }

  /** The options as an object literal (`{}` when there are none). */
  object(): string {
    return this.options.length === 0 ? '{}' : `{ ${this.options.join(', ')} }`;
  }
}

/**
 * The payload mode of a state's query language.
 *
 * @example
 * ```ts
 * modeOf('JSONata'); // 'jsonata'
 * ```
 */
export function modeOf(lang: Lang): ValueMode {
  return lang === 'JSONata' ? 'jsonata' : 'jsonpath';
}

/**
 * Reads a payload field into an option (`Parameters` → `parameters: { … }`).
 *
 * @example
 * ```ts
 * payloadOption(ctx, fields, 'Parameters', 'parameters', 'jsonpath');
 * ```
 */
export function payloadOption(
  ctx: GenContext,
  fields: FieldReader,
  field: string,
  option: string,
  mode: ValueMode,
): void {
  if (!fields.has(field)) return;
  fields.add(option, valueCode(ctx, fields.take(field), mode));
}

/**
 * Reads a path field (`InputPath`, `ResultPath`…): a string, or `null`.
 *
 * @example
 * ```ts
 * pathOption(fields, 'ResultPath', 'resultPath'); // resultPath: '$.result' (or null)
 * ```
 */
export function pathOption(fields: FieldReader, field: string, option: string): void {
  if (!fields.has(field)) return;
  const v = fields.take(field);
  fields.add(option, v === null ? 'null' : stringLiteral(String(v)));
}

/**
 * Why a number field cannot be written, or undefined after writing it.
 *
 * @example
 * ```ts
 * numberOption(ctx, fields, 'Seconds', 'seconds'); // seconds: 5, path('$.wait') or jsonata('…')
 * ```
 */
export function numberOption(
  ctx: GenContext,
  fields: FieldReader,
  field: string,
  option: string,
): string | undefined {
  if (fields.has(`${field}Path`)) {
    const p = fields.take(`${field}Path`);
    if (typeof p !== 'string') return `${field}Path is not a path`;
    fields.add(option, pathCode(ctx, p));
    return undefined;
  }
  if (!fields.has(field)) return undefined;
  const v = fields.take(field);
  if (typeof v === 'number') {
    fields.add(option, numberLiteral(v));
    return undefined;
  }
  if (typeof v === 'string') {
    const code = jsonataCode(ctx, v);
    if (code !== undefined) {
      fields.add(option, code);
      return undefined;
    }
    return `${field} '${v}' is not written as '{% <expression> %}' (one space inside each delimiter)`;
  }
  return `${field} is not a number`;
}

/**
 * `Comment` and `QueryLanguage`, first among the options.
 *
 * @example
 * ```ts
 * headOptions(fields); // comment: '…', queryLanguage: 'JSONata'
 * ```
 */
export function headOptions(fields: FieldReader): void {
  if (fields.has('Comment')) fields.add('comment', stringLiteral(String(fields.take('Comment'))));
  if (fields.has('QueryLanguage')) {
    fields.add('queryLanguage', stringLiteral(String(fields.take('QueryLanguage'))));
  }
}

/**
 * `OutputPath`, `Output` and `Assign`: what a state passes on, last among the options.
 *
 * @example
 * ```ts
 * tailOptions(ctx, fields, 'JSONPath'); // outputPath: '$.x', assign: { n: path('$.n') }
 * ```
 */
export function tailOptions(ctx: GenContext, fields: FieldReader, lang: Lang, assign = true): void {
  pathOption(fields, 'OutputPath', 'outputPath');
  payloadOption(ctx, fields, 'Output', 'output', 'jsonata');
  if (assign) payloadOption(ctx, fields, 'Assign', 'assign', modeOf(lang));
}

/**
 * `extra: { Field: value }` for the fields no option of the builder reads (fields the DSL does
 * not model), written as fixed values. Must come last: it takes what is left.
 *
 * @example
 * ```ts
 * extraOption(ctx, fields); // extra: { NewAwsField: 'value' }
 * ```
 */
export function extraOption(ctx: GenContext, fields: FieldReader): void {
  const rest = fields.rest();
  if (rest.length === 0) return;
  const entries = rest.map(
    (f) => `${propertyKey(f)}: ${valueCode(ctx, fields.take(f), 'literal')}`,
  );
  fields.add('extra', `{ ${entries.join(', ')} }`);
}

/**
 * Why a retrier cannot be written, or its `.retry({ … })` options.
 *
 * @example
 * ```ts
 * retrierCode({ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }); // { code: "{ errors: ['States.Timeout'], maxAttempts: 2 }" }
 * ```
 */
export function retrierCode(retrier: unknown): { code: string } | { problem: string } {
  if (typeof retrier !== 'object' || retrier === null || Array.isArray(retrier)) {
    return { problem: 'a retrier is not an object' };
  }
  const fields = new FieldReader(retrier as Record<string, unknown>);
  const errors = fields.take('ErrorEquals');
  if (!(Array.isArray(errors) && errors.length === 1 && errors[0] === 'States.ALL')) {
    fields.add(
      'errors',
      `[${(errors as unknown[]).map((e) => stringLiteral(String(e))).join(', ')}]`,
    );
  }
  if (fields.has('Comment')) fields.add('comment', stringLiteral(String(fields.take('Comment'))));
  for (const [field, option] of [
    ['IntervalSeconds', 'intervalSeconds'],
    ['MaxAttempts', 'maxAttempts'],
    ['BackoffRate', 'backoffRate'],
    ['MaxDelaySeconds', 'maxDelaySeconds'],
  ] as const) {
    if (!fields.has(field)) continue;
    const v = fields.take(field);
    if (typeof v !== 'number') return { problem: `Retry ${field} is not a number` };
    fields.add(option, numberLiteral(v));
  }
  if (fields.has('JitterStrategy')) {
    fields.add('jitterStrategy', stringLiteral(String(fields.take('JitterStrategy'))));
  }
  const rest = fields.rest();
  if (rest.length > 0) return { problem: `Retry field '${rest[0] as string}' is not supported` };
  return { code: fields.object() };
}
