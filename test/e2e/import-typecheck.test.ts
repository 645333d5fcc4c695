// The modules aslc import writes type-check with tsc in a project of their own (issue 13): an
// external tool on aslc's output, in the integration project (npm run test:integration).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, test } from 'vitest';
import { cliProcess, repoRoot } from '../support/cli.ts';

const temps: string[] = [];
/** A new folder where `aslc` resolves (node_modules/aslc is this repository). */
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'aslc-import-tsc-'));
  temps.push(d);
  mkdirSync(join(d, 'node_modules'));
  symlinkSync(repoRoot, join(d, 'node_modules', 'aslc'), 'dir');
  symlinkSync(join(repoRoot, 'node_modules', '@types'), join(d, 'node_modules', '@types'), 'dir');
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('aslc import', () => {
  test('the generated modules type-check with tsc --noEmit in a project of their own', () => {
    const project = tempDir();
    expect(
      cliProcess(['import', 'fixtures/import', '--out', join(project, 'workflows'), '-q']).code,
    ).toBe(0);
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'flows', type: 'module', private: true }),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2023',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          customConditions: ['aslc-source'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          allowImportingTsExtensions: true,
          types: ['node'],
        },
        include: ['workflows'],
      }),
    );
    const tsc = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project],
      {
        encoding: 'utf8',
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
