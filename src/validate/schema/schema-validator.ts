import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** The ASL JSON Schema (schemas/asl.schema.json), read once. */
let schemaCache: Record<string, unknown> | undefined;
/** The compiled validator, built at first use and kept for the life of the process. */
let validatorCache: ValidateFunction | undefined;

/**
 * The ASL JSON Schema written for aslc (JSON Schema 2020-12), as data.
 *
 * @example
 * ```ts
 * const schema = aslSchema();
 * Object.keys(schema.$defs as object).includes('jsonataTask'); // true
 * ```
 */
export function aslSchema(): Record<string, unknown> {
  schemaCache ??= JSON.parse(
    readFileSync(new URL('../../../schemas/asl.schema.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  return schemaCache;
}

/** Compiles the schema with ajv once per process (lazily, at first use). */
function compiled(): ValidateFunction {
  if (validatorCache === undefined) {
    const ajv = new Ajv2020.default({
      allErrors: true,
      strict: true,
      strictTypes: false,
      allowUnionTypes: true,
      verbose: true,
      validateFormats: false,
    });
    validatorCache = ajv.compile(aslSchema());
  }
  return validatorCache;
}

/**
 * Runs the schema and returns ajv's raw errors (empty when valid). Only the schema translator
 * reads these; they never leave the validator.
 *
 * @example
 * ```ts
 * runSchema({ StartAt: 'A', States: {} }); // []
 * ```
 */
export function runSchema(definition: unknown): readonly ErrorObject[] {
  const validate = compiled();
  return validate(definition) ? [] : [...(validate.errors ?? [])];
}
