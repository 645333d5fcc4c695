import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCliContext } from '../../src/cli/context.ts';
import { captureIo } from '../../src/cli/io.ts';
import { loadDefinition } from '../../src/cli/load-definition.ts';
import { repoRoot } from '../support/cli.ts';

const ctx = createCliContext(captureIo({ cwd: repoRoot }), { quiet: false, color: false });

describe('loadDefinition: ASL files and workflow modules', () => {
  test('a workflow module is compiled on the fly', async () => {
    const { definition } = await loadDefinition('fixtures/workflows/readme-example.ts', ctx);
    expect(definition).toStrictEqual(
      JSON.parse(readFileSync(join(repoRoot, 'golden/workflows/readme-example.asl.json'), 'utf8')),
    );
  });

  test('#name selects one machine of a module that exports several', async () => {
    const { definition } = await loadDefinition(
      'fixtures/workflows/multi-machine.ts#multi-second',
      ctx,
    );
    expect(definition['StartAt']).toBe('Second');
    await expect(loadDefinition('fixtures/workflows/multi-machine.ts', ctx)).rejects.toMatchObject({
      code: 'AmbiguousWorkflow',
      file: 'fixtures/workflows/multi-machine.ts',
    });
    await expect(
      loadDefinition('fixtures/workflows/multi-machine.ts#nope', ctx),
    ).rejects.toMatchObject({
      code: 'AmbiguousWorkflow',
    });
  });

  test('module errors name the file', async () => {
    await expect(
      loadDefinition('fixtures/cli/broken/duplicate-name.ts', ctx),
    ).rejects.toMatchObject({
      code: 'DuplicateStateName',
      file: 'fixtures/cli/broken/duplicate-name.ts',
    });
    await expect(loadDefinition('fixtures/cli/broken/missing.ts', ctx)).rejects.toMatchObject({
      code: 'FileNotFound',
    });
  });
});
