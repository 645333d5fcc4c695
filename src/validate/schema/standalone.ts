import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { ASL_SCHEMA_AJV_OPTIONS } from './ajv-options.ts';

export { ASL_SCHEMA_AJV_OPTIONS };

const HEADER = `// @ts-nocheck
/* eslint-disable */
// GENERATED from schemas/asl.schema.json by src/validate/schema/standalone.ts: do not edit.
// Regenerate with ASLC_UPDATE_GOLDEN=1 npx vitest run test/validate/standalone.test.ts
// (a test fails while this file is out of date). Precompiling the schema saves ~150 ms of ajv
// compilation at the start of every aslc command that validates.
`;

/** ajv's `ucs2length`: the length of a string in Unicode code points. */
const UCS2LENGTH = `function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; ) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}
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
  const validate = ajv.compile(schema);
  let code = standaloneCode.default(ajv, validate);
  // ajv's ESM output still `require`s its runtime helpers; the schema needs only ucs2length
  // (string lengths in code points), inlined here so the module has no CommonJS interop.
  code = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'ucs2length');
  const left = /require\([^)]*\)/.exec(code);
  if (left !== null) {
    throw new Error(`the standalone validator needs ${left[0]}: inline it in standalone.ts`);
  }
  return `${HEADER}${UCS2LENGTH}${code.replace(/^"use strict";/, '')}\n`;
}
