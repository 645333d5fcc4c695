import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findWorkflowFiles, loadWorkflowModule } from '../../src/cli/module-loader.ts';
import { compile } from '../../src/compile.ts';
import { STATE_KEY_ORDER } from '../../src/emit/key-order.ts';
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

  test('every emitted state lists its keys in the canonical order (src/emit/README.md)', () => {
    const rank = new Map<string, number>(STATE_KEY_ORDER.map((k, i) => [k, i]));
    const check = (states: Record<string, Record<string, unknown>>, where: string) => {
      for (const [name, state] of Object.entries(states)) {
        // Fields the DSL does not model (`extra`) come after every known field, sorted by key.
        const keys = Object.keys(state);
        const firstExtra = keys.findIndex((k) => !rank.has(k));
        const known = firstExtra < 0 ? keys : keys.slice(0, firstExtra);
        const extra = firstExtra < 0 ? [] : keys.slice(firstExtra);
        expect(extra.filter((k) => rank.has(k)), `${where}/${name}: extra fields last`).toEqual([]);
        expect(extra, `${where}/${name}: extra fields sorted`).toEqual([...extra].sort());
        const ranks = known.map((k) => rank.get(k) as number);
        expect(ranks, `${where}/${name}`).toEqual([...ranks].sort((a, b) => a - b));
        for (const b of (state['Branches'] as { States: Record<string, Record<string, unknown>> }[]) ?? []) {
          check(b.States, `${where}/${name}/Branches`);
        }
        const p = (state['ItemProcessor'] ?? state['Iterator']) as
          | { States: Record<string, Record<string, unknown>> }
          | undefined;
        if (p !== undefined) check(p.States, `${where}/${name}/ItemProcessor`);
      }
    };
    for (const file of goldenFiles(join(repoRoot, 'golden/workflows'))) {
      const asl = JSON.parse(readFileSync(file, 'utf8')) as { States: Record<string, Record<string, unknown>> };
      check(asl.States, relative(repoRoot, file));
    }
  });

  test('there are at least 25 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  test('every golden file has a fixture', () => {
    const orphans = goldenFiles(join(repoRoot, 'golden/workflows')).filter((g) => !expected.has(g));
    expect(orphans.map((o) => relative(repoRoot, o))).toEqual([]);
  });
});
