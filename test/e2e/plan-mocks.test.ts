// A user testing their own job plan with the CLI as a child process (issue 14, "Checked by"):
// `aslc mocks` writes each case's mock file, `aslc test` runs the cases and checks the status
// sequence in expected.json, `aslc run --statuses` prints it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliProcess, repoRoot } from '../support/cli.ts';

const fixture = 'fixtures/run/plan-mocks';
const temp = mkdtempSync(join(tmpdir(), 'aslc-e2e-plan-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Each case of the fixture and the `aslc mocks` options its mocks.json was written with. */
const CASES: Readonly<Record<string, readonly string[]>> = {
  success: [],
  'enrich-fails': ['--fail', 'enrich'],
  'publish-times-out': ['--fail', 'publish', '--error', 'States.Timeout'],
};

const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');

describe('testing a job plan with aslc mocks, aslc test and aslc run --statuses', () => {
  it("aslc mocks writes each case's mocks.json exactly (the command its case.json names)", () => {
    for (const [name, options] of Object.entries(CASES)) {
      const out = join(temp, `${name}.mocks.json`);
      const r = cliProcess(['mocks', `${fixture}/ingest.plan.yaml`, ...options, '--out', out]);
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(/✓ .*\(created\): test case '(Success|Failure)' of 'ingest'/);
      expect(readFileSync(out, 'utf8'), name).toBe(read(`${fixture}/${name}/mocks.json`));
      expect(read(`${fixture}/${name}/case.json`), name).toContain(
        ['aslc mocks ../ingest.plan.yaml', ...options, '--out mocks.json'].join(' '),
      );
    }
    // without --out the file goes to stdout, byte for byte
    const printed = cliProcess(['mocks', `${fixture}/ingest.plan.yaml`]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(read(`${fixture}/success/mocks.json`));
  });

  it('aslc test passes every case, statuses included', () => {
    const r = cliProcess(['test', fixture]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const name of Object.keys(CASES)) {
      expect(r.stdout).toMatch(new RegExp(`${fixture}/${name}\\s+native\\s+pass`));
    }
    expect(r.stdout).toContain('3 passed, 0 failed, 0 skipped');
  });

  it('aslc test fails a case whose statuses differ, naming the first difference', () => {
    const copy = join(temp, 'plan-mocks');
    cpSync(join(repoRoot, fixture), copy, { recursive: true });
    const file = join(copy, 'enrich-fails/expected.json');
    const expected = JSON.parse(readFileSync(file, 'utf8')) as { statuses: string[] };
    const at = expected.statuses.indexOf('clean SUCCEEDED');
    expected.statuses[at] = 'clean FAILED';
    writeFileSync(file, JSON.stringify(expected));
    const r = cliProcess(['test', copy]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `statuses: #${at + 1} expected "clean FAILED", got "clean SUCCEEDED"`,
    );
    expect(r.stdout).toContain('2 passed, 1 failed');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('aslc run --statuses prints the status sequence the case expects', () => {
    for (const name of Object.keys(CASES)) {
      const r = cliProcess([
        'run',
        `${fixture}/ingest.plan.yaml`,
        '--mocks',
        `${fixture}/${name}/mocks.json`,
        '--statuses',
      ]);
      expect(r.code, name).toBe(0);
      const out = JSON.parse(r.stdout) as { status: string; statuses: string[] };
      const expected = JSON.parse(read(`${fixture}/${name}/expected.json`)) as typeof out;
      expect(out.status, name).toBe(expected.status);
      expect(out.statuses, name).toStrictEqual(expected.statuses);
    }
  });

  it('refusals are one line with a hint, and --out writes nothing then', () => {
    const out = join(temp, 'refused.json');
    const r = cliProcess([
      'mocks',
      `${fixture}/ingest.plan.yaml`,
      '--fail',
      'transform',
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `aslc: ${fixture}/ingest.plan.yaml: NotAJob: 'transform' is a group, not a job. Hint: name a job that runs (its group fails with it): fetch, clean, enrich, publish\n`,
    );
    expect(() => readFileSync(out)).toThrow();
    const notPlan = cliProcess(['mocks', 'fixtures/run/choice/definition.asl.json']);
    expect(notPlan.code).toBe(1);
    expect(notPlan.stderr).toMatch(
      /^aslc: fixtures\/run\/choice\/definition\.asl\.json: NotAPlan: not a job plan\. Hint: /,
    );
  });
});
