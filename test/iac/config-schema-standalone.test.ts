import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { generateConfigValidators } from '../../src/iac/config/config-schema-standalone.ts';
import {
  CONFIG_SCHEMA_ID,
  PRECOMPILED_CONFIG_REFS,
  configSchemaAjv,
} from '../../src/iac/config/config-schema.ts';
import * as precompiled from '../../src/iac/config/config-schema.generated.ts';
import { repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';

const generated = join(repoRoot, 'src/iac/config/config-schema.generated.ts');

/** Every configuration and environment file the project holds. */
function samples(): { ref: keyof typeof PRECOMPILED_CONFIG_REFS; value: unknown }[] {
  const out: { ref: keyof typeof PRECOMPILED_CONFIG_REFS; value: unknown }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'aslc.config.json')
        out.push({ ref: 'projectConfig', value: JSON.parse(readFileSync(p, 'utf8')) });
      else if (dir.endsWith('environments') && e.name.endsWith('.json')) {
        out.push({ ref: 'environmentFile', value: JSON.parse(readFileSync(p, 'utf8')) });
      }
    }
  };
  walk(join(repoRoot, 'fixtures'));
  walk(join(repoRoot, 'templates'));
  return out;
}

describe('the precompiled configuration schema validators', () => {
  test('are up to date with schemas/aslc-config.schema.json', () => {
    expectGolden(generated, generateConfigValidators());
  });

  test('give the same verdicts and errors as ajv compiling the schema at run time', () => {
    const ajv = configSchemaAjv(Ajv2020);
    const strip = (errors: unknown) =>
      JSON.parse(
        JSON.stringify(errors, (k, v) => (k === 'schema' || k === 'parentSchema' ? undefined : v)),
      );
    const broken = [
      { ref: 'projectConfig' as const, value: { workflows: [], targets: {} } },
      {
        ref: 'projectConfig' as const,
        value: { workflows: ['a.ts'], targets: { asl: { bogus: 1 } }, outDir: 3 },
      },
      { ref: 'environmentFile' as const, value: { placeholders: { 'bad name': 1 } } },
    ];
    const all = [...samples(), ...broken];
    expect(all.length).toBeGreaterThan(5);
    for (const { ref, value } of all) {
      const runtime = ajv.compile({ $ref: CONFIG_SCHEMA_ID + PRECOMPILED_CONFIG_REFS[ref] });
      const fast = (precompiled as unknown as Record<string, typeof runtime>)[
        ref
      ] as typeof runtime;
      expect(fast(value), JSON.stringify(value)).toBe(runtime(value));
      expect(strip(fast.errors)).toEqual(strip(runtime.errors));
    }
  });
});
