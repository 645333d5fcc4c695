import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { aslSchema } from '../../src/validate/schema/schema-validator.ts';
import { generateStandaloneValidator } from '../../src/validate/schema/standalone.ts';
import precompiled from '../../src/validate/schema/asl-schema.generated.ts';
import Ajv2020 from 'ajv/dist/2020.js';
import { ASL_SCHEMA_AJV_OPTIONS } from '../../src/validate/schema/standalone.ts';
import { repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';

const generated = join(repoRoot, 'src/validate/schema/asl-schema.generated.ts');

describe('the precompiled schema validator', () => {
  test('is up to date with schemas/asl.schema.json', () => {
    expectGolden(generated, generateStandaloneValidator(aslSchema()));
  });

  test('gives the same errors as ajv compiling the schema at run time', () => {
    const runtime = new Ajv2020.default(ASL_SCHEMA_AJV_OPTIONS).compile(aslSchema());
    const strip = (errors: unknown) =>
      JSON.parse(
        JSON.stringify(errors, (k, v) => (k === 'schema' || k === 'parentSchema' ? undefined : v)),
      );
    const samples: unknown[] = [
      { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
      { StartAt: 'A', States: { A: { Type: 'Pass', Catch: [], End: true } } },
      {
        QueryLanguage: 'JSONata',
        StartAt: 'A',
        States: { A: { Type: 'Pass', Parameters: {}, End: true } },
      },
      { StartAt: 1, States: [] },
      readFileSync(join(repoRoot, 'golden/workflows/jsonpath/task-lambda.asl.json'), 'utf8'),
    ].map((s) => (typeof s === 'string' ? JSON.parse(s) : s));
    for (const sample of samples) {
      const a = (precompiled as unknown as (d: unknown) => boolean)(sample);
      const b = runtime(sample);
      expect(a).toBe(b);
      expect(strip((precompiled as unknown as { errors: unknown }).errors)).toEqual(
        strip(runtime.errors),
      );
    }
  });
});
