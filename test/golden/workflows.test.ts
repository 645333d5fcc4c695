import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findWorkflowFiles, loadWorkflowModule } from '../../src/cli/workflow-loader.ts';
import { compile } from '../../src/compile.ts';
import { repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';

const fixtures = findWorkflowFiles(['fixtures/workflows'], repoRoot);

function goldenFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? goldenFiles(join(dir, e.name)) : e.name.endsWith('.asl.json') ? [join(dir, e.name)] : [],
  );
}

describe('golden workflows: fixtures/workflows/**/*.ts → golden/workflows/**/*.asl.json', () => {
  const expected = new Set<string>();
  for (const file of fixtures) {
    const rel = relative(repoRoot, file.path);
    test(rel, async () => {
      const machines = await loadWorkflowModule(file.path, rel);
      expect(machines.length).toBeGreaterThan(0);
      for (const { name, machine } of machines) {
        const golden = join(repoRoot, 'golden/workflows', file.relDir, `${name}.asl.json`);
        expected.add(golden);
        const first = compile(machine).json;
        expect(compile(machine).json, 'compiling twice gives the same bytes').toBe(first);
        expectGolden(golden, first);
      }
    });
  }

  test('there are at least 25 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  test('every golden file has a fixture', () => {
    const orphans = goldenFiles(join(repoRoot, 'golden/workflows')).filter((g) => !expected.has(g));
    expect(orphans.map((o) => relative(repoRoot, o))).toEqual([]);
  });
});
