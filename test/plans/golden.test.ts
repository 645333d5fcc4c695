import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadWorkflowModule } from '../../src/cli/module-loader.ts';
import { compile } from '../../src/compile.ts';
import { repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';

/**
 * The compiled machines of the plan fixtures are golden files (golden/plans/, rewritten only on
 * purpose with ASLC_UPDATE_GOLDEN=1), compiled as the CLI compiles them, validated with no error
 * and no warning, and byte-stable. The README example exists as JSON, YAML and TypeScript: the
 * three compile to the same bytes.
 */
const FIXTURES: readonly [string, string][] = [
  ['fixtures/plans/readme/nightly.plan.yaml', 'golden/plans/readme/nightly.asl.json'],
  ['fixtures/plans/readme/nightly.plan.json', 'golden/plans/readme/nightly.asl.json'],
  ['fixtures/plans/readme/nightly.ts', 'golden/plans/readme/nightly.asl.json'],
  ['fixtures/plans/options.plan.yaml', 'golden/plans/options.asl.json'],
  ['fixtures/run/plans/nightly-risk.plan.yaml', 'golden/plans/run/nightly-risk.asl.json'],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('golden plans: plan fixtures → golden/plans/**/*.asl.json', () => {
  for (const [fixture, golden] of FIXTURES) {
    test(`${fixture} → ${golden}`, async () => {
      const machines = await loadWorkflowModule(join(repoRoot, fixture), fixture);
      expect(machines.map((m) => m.name)).toHaveLength(1);
      const [{ machine }] = machines as [(typeof machines)[number]];
      const result = compile(machine);
      expect(result.diagnostics).toStrictEqual([]);
      expect(compile(machine).json, 'compiling twice gives the same bytes').toBe(result.json);
      expectGolden(join(repoRoot, golden), result.json);
    });
  }

  test('every golden file has a fixture, and every plan fixture a golden file', () => {
    const goldens = new Set(FIXTURES.map(([, g]) => g));
    expect(
      files(join(repoRoot, 'golden/plans'))
        .map((f) => relative(repoRoot, f))
        .sort(),
    ).toStrictEqual([...goldens].sort());
    const plans = [
      ...files(join(repoRoot, 'fixtures/plans')),
      ...files(join(repoRoot, 'fixtures/run/plans')).filter((f) => /\.plan\.(json|ya?ml)$/.test(f)),
    ].map((f) => relative(repoRoot, f));
    expect(plans.sort()).toStrictEqual(FIXTURES.map(([f]) => f).sort());
  });

  test('the README shows the example plan: its JSON, YAML and TypeScript forms are the fixtures', () => {
    const readme = readFileSync(join(repoRoot, 'src/plans/README.md'), 'utf8');
    for (const [marker, fixture] of [
      ['plan-json', 'fixtures/plans/readme/nightly.plan.json'],
      ['plan-yaml', 'fixtures/plans/readme/nightly.plan.yaml'],
      ['plan-ts', 'fixtures/plans/readme/nightly.ts'],
    ] as const) {
      const at = readme.indexOf(`<!-- ${marker} -->`);
      expect(at, marker).toBeGreaterThanOrEqual(0);
      const block = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
      expect(block, marker).toBe(readFileSync(join(repoRoot, fixture), 'utf8'));
    }
  });
});
