import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli.ts';

const env = { SFN_E2E_AWS: undefined, SFN_LOCAL_DISABLE: undefined };

interface JsonReport {
  verdicts: {
    case: string;
    engine: string;
    verdict: string;
    reason?: string;
    differences?: string[];
  }[];
  summary: { passed: number; failed: number; skipped: number };
}

describe('aslc test', () => {
  it('runs the cases on native by default and prints a table; exit 0', async () => {
    const r = await cli(['test', 'fixtures/run'], { env });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('running 44 case(s) on native');
    expect(lines[1]).toMatch(/^CASE +ENGINE +RESULT +DETAIL$/);
    expect(lines).toContain(
      'fixtures/run/lambda-sqs-integration/retry-path                     native  pass',
    );
    // workflow modules load through the CLI, and the scaffolding service is registered
    expect(lines).toContain(
      'fixtures/run/fragments/demand-execution/success                    native  pass',
    );
    expect(lines.at(-1)).toBe('44 passed, 0 failed, 0 skipped');
  });

  it('runs every engine with --engine all; skips do not fail', async () => {
    const r = await cli(
      [
        'test',
        'fixtures/run/choice',
        'fixtures/run/variables',
        '--engine',
        'all',
        '--format',
        'json',
      ],
      {
        env: { ...env, SFN_LOCAL_DISABLE: '1' },
      },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.verdicts.map((v) => [v.case, v.engine, v.verdict, v.reason])).toStrictEqual([
      ['fixtures/run/choice', 'native', 'pass', undefined],
      ['fixtures/run/choice', 'embedded', 'pass', undefined],
      ['fixtures/run/choice', 'sfn-local', 'skipped', 'disabled by SFN_LOCAL_DISABLE=1'],
      [
        'fixtures/run/choice',
        'aws',
        'skipped',
        'AWS calls need an opt-in: set SFN_E2E_AWS=1 or pass --aws (they use a real account)',
      ],
      ['fixtures/run/variables', 'native', 'pass', undefined],
      [
        'fixtures/run/variables',
        'embedded',
        'skipped',
        "not supported by the embedded engine: Assign (variables) at state 'Remember'",
      ],
      ['fixtures/run/variables', 'sfn-local', 'skipped', 'disabled by SFN_LOCAL_DISABLE=1'],
      [
        'fixtures/run/variables',
        'aws',
        'skipped',
        'AWS calls need an opt-in: set SFN_E2E_AWS=1 or pass --aws (they use a real account)',
      ],
    ]);
    expect(report.summary).toStrictEqual({ passed: 3, failed: 0, skipped: 5 });
  });

  it('accepts repeated and comma-separated engines', async () => {
    const a = await cli(
      ['test', 'fixtures/run/choice', '-e', 'native', '-e', 'embedded', '-f', 'json'],
      { env },
    );
    const b = await cli(
      ['test', 'fixtures/run/choice', '--engine', 'native,embedded', '-f', 'json'],
      { env },
    );
    const c = await cli(
      ['test', '-e', 'native', '-e', 'embedded', 'fixtures/run/choice', '-f', 'json'],
      { env },
    );
    for (const r of [a, b, c])
      expect((JSON.parse(r.stdout) as JsonReport).verdicts.map((v) => v.engine)).toStrictEqual([
        'native',
        'embedded',
      ]);
  });

  it('exits 1 when a case fails, showing the differences', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aslc-test-'));
    const dir = join(root, 'wrong');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'definition.asl.json'),
      JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: 1, End: true } } }),
    );
    writeFileSync(join(dir, 'expected.json'), JSON.stringify({ status: 'SUCCEEDED', output: 2 }));
    const r = await cli(['test', '.', '-e', 'embedded'], { env, cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('wrong  embedded  fail     1 difference(s)');
    expect(r.stdout).toContain('- output: expected 2, got 1');
    expect(r.stdout).toContain('0 passed, 1 failed, 0 skipped');
  });

  it('reports an invalid case as a failure and goes on with the others', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aslc-test-'));
    mkdirSync(join(root, 'broken'));
    writeFileSync(join(root, 'broken', 'expected.json'), JSON.stringify({ status: 'DONE' }));
    const r = await cli(['test', root, '--format', 'json'], { env });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.verdicts[0]).toMatchObject({
      verdict: 'fail',
      reason: expect.stringMatching(/^invalid case: .*no workflow/),
    });
  });

  it('exits 1 without cases and 2 for an unknown engine', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'aslc-test-'));
    const none = await cli(['test', empty], { env });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/NoCases: no case found under/);
    const bad = await cli(['test', 'fixtures/run', '--engine', 'local'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown engine 'local'/);
  });
});
