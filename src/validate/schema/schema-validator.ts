import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import precompiled from './asl-schema.generated.ts';
import { ASL_SCHEMA_AJV_OPTIONS } from './ajv-options.ts';
import { packageFile } from '../../util/package-root.ts';

/** The ASL JSON Schema (schemas/asl.schema.json), read once. */
let schemaCache: Record<string, unknown> | undefined;
/** The schema validator, chosen at first use and kept for the life of the process. */
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
    readFileSync(packageFile('schemas/asl.schema.json'), 'utf8'),
  ) as Record<string, unknown>;
  return schemaCache;
}

/**
 * The schema validator: the precompiled standalone one (asl-schema.generated.ts, kept up to date
 * by a test), typed here; `ASLC_COMPILE_SCHEMA=1` compiles schemas/asl.schema.json with ajv
 * instead (used by the test that checks the generated file).
 */
function compiled(): ValidateFunction {
  if (validatorCache === undefined) {
    if (process.env['ASLC_COMPILE_SCHEMA'] === '1') {
      // Loaded only here, so that ordinary runs never pay for ajv.
      const Ajv2020 = createRequire(import.meta.url)(
        'ajv/dist/2020.js',
      ) as typeof Ajv2020Module.default;
      const ajv = new Ajv2020.default(ASL_SCHEMA_AJV_OPTIONS);
      validatorCache = ajv.compile(aslSchema()) as ValidateFunction;
    } else {
      validatorCache = precompiled as unknown as ValidateFunction;
    }
  }
  return validatorCache as ValidateFunction;
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
