import Ajv2020 from 'ajv/dist/2020.js';
import { standaloneModule } from '../../util/standalone-schema.ts';
import { ASL_SCHEMA_AJV_OPTIONS } from './ajv-options.ts';

export { ASL_SCHEMA_AJV_OPTIONS };

const HEADER = `// @ts-nocheck
/* eslint-disable */
// GENERATED from schemas/asl.schema.json by src/validate/schema/standalone.ts: do not edit.
// Regenerate with ASLC_UPDATE_GOLDEN=1 npx vitest run test/validate/standalone.test.ts
// (a test fails while this file is out of date). Precompiling the schema saves ~150 ms of ajv
// compilation at the start of every aslc command that validates.
`;

/**
 * Generates the source of a standalone validator for the ASL schema (ajv's standalone code
 * generation, as an ES module without `require`): the file
 * src/validate/schema/asl-schema.generated.ts.
 *
 * @example
 * ```ts
 * const source = generateStandaloneValidator(aslSchema());
 * source.startsWith('// @ts-nocheck'); // true
 * ```
 */
export function generateStandaloneValidator(schema: Record<string, unknown>): string {
  const ajv = new Ajv2020.default({
    ...ASL_SCHEMA_AJV_OPTIONS,
    code: { source: true, esm: true, lines: true },
  });
  return standaloneModule(ajv, ajv.compile(schema), HEADER);
}
