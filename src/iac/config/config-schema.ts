import { readFileSync } from 'node:fs';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { appendPointer } from '../../util/json-pointer.ts';
import { lazyRequire } from '../../util/lazy-require.ts';
import { packageFile } from '../../util/package-root.ts';
import * as precompiled from './config-schema.generated.ts';

/** A problem in a configuration file, at a JSON pointer. */
export interface ConfigIssue {
  /** JSON pointer into the file (`''` for the whole document). */
  readonly pointer: string;
  readonly message: string;
}

/** The `$id` of the configuration schema. */
export const CONFIG_SCHEMA_ID = 'https://aslc.dev/schemas/aslc-config.schema.json';

/**
 * The schema references validated with precompiled code (config-schema.generated.ts, kept in
 * step with the schema by a test): the configuration file and an environment file.
 */
export const PRECOMPILED_CONFIG_REFS = {
  projectConfig: '#',
  environmentFile: '#/$defs/environmentFile',
} as const;

/** ajv's options for the configuration schema, shared by the generator and the run-time compiler. */
export const CONFIG_SCHEMA_AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  verbose: true,
};

/**
 * An ajv instance holding the configuration schema, with aslc's `x-error` keyword (the message
 * to show when the schema holding it fails).
 *
 * @example
 * ```ts
 * const ajv = configSchemaAjv(Ajv2020, { code: { source: true, esm: true } });
 * ```
 */
export function configSchemaAjv(Ajv: typeof Ajv2020, extra: Options = {}): Ajv2020 {
  const ajv = new Ajv({ ...CONFIG_SCHEMA_AJV_OPTIONS, ...extra });
  ajv.addKeyword({ keyword: 'x-error', schemaType: 'string' });
  ajv.addSchema(projectConfigSchema());
  return ajv;
}

const ajv2020 = lazyRequire<{ readonly Ajv2020: typeof Ajv2020 }>('ajv/dist/2020.js');
let schemaCache: Record<string, unknown> | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * The project configuration schema (schemas/aslc-config.schema.json, JSON Schema 2020-12).
 *
 * @example
 * ```ts
 * projectConfigSchema().title; // 'aslc project configuration (aslc.config.json)'
 * ```
 */
export function projectConfigSchema(): Record<string, unknown> {
  schemaCache ??= JSON.parse(
    readFileSync(packageFile('schemas/aslc-config.schema.json'), 'utf8'),
  ) as Record<string, unknown>;
  return schemaCache;
}

/**
 * The validator of a schema reference: precompiled for the configuration and environment files
 * (no ajv at run time), compiled by ajv otherwise or when `ASLC_COMPILE_SCHEMA=1` (the test
 * that checks the generated file).
 */
function validator(ref: string): ValidateFunction {
  let v = validators.get(ref);
  if (v === undefined) {
    const name = Object.entries(PRECOMPILED_CONFIG_REFS).find(([, r]) => r === ref)?.[0];
    const fast =
      name !== undefined && process.env['ASLC_COMPILE_SCHEMA'] !== '1'
        ? (precompiled as unknown as Record<string, ValidateFunction>)[name]
        : undefined;
    v = fast ?? configSchemaAjv(ajv2020().Ajv2020).compile({ $ref: CONFIG_SCHEMA_ID + ref });
    validators.set(ref, v);
  }
  return v;
}

/** The `x-error` message of the schema an error comes from, if any. */
function customMessage(e: ErrorObject): string | undefined {
  const parent = e.parentSchema as Record<string, unknown> | undefined;
  const m = parent?.['x-error'];
  return typeof m === 'string' ? m : undefined;
}

function describe(e: ErrorObject): ConfigIssue | undefined {
  const p = e.params as Record<string, unknown>;
  const custom = customMessage(e);
  if (e.keyword === 'propertyNames') return undefined; // the inner error names the property
  if (e.propertyName !== undefined) {
    return {
      pointer: e.instancePath,
      message: `invalid name '${e.propertyName}': ${custom ?? e.message ?? e.keyword}`,
    };
  }
  switch (e.keyword) {
    case 'required':
      return {
        pointer: e.instancePath,
        message: `missing property '${String(p['missingProperty'])}'`,
      };
    case 'additionalProperties':
      return {
        pointer: appendPointer(e.instancePath, String(p['additionalProperty'])),
        message: 'unknown property',
      };
    case 'unevaluatedProperties':
      return {
        pointer: appendPointer(e.instancePath, String(p['unevaluatedProperty'])),
        message: 'unknown property',
      };
    case 'enum':
      return {
        pointer: e.instancePath,
        message: `must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    default:
      return { pointer: e.instancePath, message: custom ?? e.message ?? e.keyword };
  }
}

/**
 * Validates a value against the configuration schema (or one of its definitions, such as
 * `#/$defs/environmentFile`) and returns the problems with JSON pointers, de-duplicated. Errors
 * of the alternatives of a `oneOf` that another alternative explains better are dropped.
 *
 * @example
 * ```ts
 * checkAgainstSchema({ workflows: [], targets: {} });
 * // [{ pointer: '/workflows', message: 'must NOT have fewer than 1 items' }, …]
 * ```
 */
export function checkAgainstSchema(value: unknown, ref = '#'): ConfigIssue[] {
  const validate = validator(ref);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const alternatives = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf';
  const generic = (e: ErrorObject) => alternatives(e) || e.keyword === 'type';
  const specific = errors.filter((e) => !generic(e));
  const below = (e: ErrorObject) =>
    specific.some(
      (s) => s.instancePath === e.instancePath || s.instancePath.startsWith(e.instancePath + '/'),
    );
  // A oneOf with its own message (`x-error`) stands for its alternatives' type errors.
  const explained = new Set(
    errors
      .filter((e) => alternatives(e) && customMessage(e) !== undefined)
      .map((e) => e.instancePath),
  );
  // A failed alternative or a type error only repeats what a more specific error says.
  const kept = errors.filter((e) => {
    if (!generic(e)) return true;
    if (below(e)) return false;
    return customMessage(e) !== undefined || !explained.has(e.instancePath);
  });
  const seen = new Set<string>();
  const out: ConfigIssue[] = [];
  for (const e of kept) {
    const issue = describe(e);
    if (issue === undefined) continue;
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}
