import { Ajv2020 } from 'ajv/dist/2020.js';
import { standaloneModule } from '../../util/standalone-schema.ts';
import { CONFIG_SCHEMA_ID, PRECOMPILED_CONFIG_REFS, configSchemaAjv } from './config-schema.ts';

const HEADER = `// @ts-nocheck
/* eslint-disable */
// GENERATED from schemas/aslc-config.schema.json by src/iac/config/config-schema-standalone.ts:
// do not edit. Regenerate with ASLC_UPDATE_GOLDEN=1 npx vitest run test/iac/config-schema-standalone.test.ts
// (a test fails while this file is out of date). Precompiling the schema saves ~100 ms of ajv
// compilation at the start of every aslc build.
`;

/**
 * Generates src/iac/config/config-schema.generated.ts: the configuration and environment file
 * validators, precompiled with ajv's standalone code generation.
 *
 * @example
 * ```ts
 * const source = generateConfigValidators();
 * ```
 */
export function generateConfigValidators(): string {
  const ajv = configSchemaAjv(Ajv2020, { code: { source: true, esm: true, lines: true } });
  const refs = Object.fromEntries(
    Object.entries(PRECOMPILED_CONFIG_REFS).map(([name, ref]) => [name, CONFIG_SCHEMA_ID + ref]),
  );
  return standaloneModule(ajv, refs, HEADER);
}
