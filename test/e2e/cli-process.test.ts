// The CLI as a real child process (the `aslc` bin on the sources): exit codes, whole stdout,
// no stack traces. In-process tests of the same commands are beside each layer's tests.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, test } from 'vitest';
import { cliProcess, repoRoot } from '../support/cli.ts';
import { fixturePath } from '../scaffolding/support.ts';
import { after, before, expectedLines, reformatted } from '../diff/support.ts';

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'aslc-e2e-'));
  temps.push(d);
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name), base) : [join(dir, e.name).slice(base.length + 1)],
    )
    .sort();
}

describe('aslc compile', () => {
  test('compiling fixtures/workflows twice gives identical bytes, equal to golden/workflows', () => {
    const a = tempDir();
    const b = tempDir();
    const first = cliProcess(['compile', 'fixtures/workflows', '--out', a]);
    expect(first.stderr).not.toMatch(/: error /);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/✓ readme-example\s+5 states\s+\d+ bytes/);
    expect(cliProcess(['compile', 'fixtures/workflows', '--out', b, '--quiet']).code).toBe(0);
    const golden = join(repoRoot, 'golden/workflows');
    const list = files(a);
    expect(list).toEqual(files(b));
    expect(list).toEqual(
      files(golden).filter((f) => list.includes(f) || !f.startsWith('fragments/')),
    );
    for (const f of list) {
      const bytes = readFileSync(join(a, f));
      expect(bytes.equals(readFileSync(join(b, f))), f).toBe(true);
      expect(bytes.equals(readFileSync(join(golden, f))), f).toBe(true);
    }
  });

  test('a DSL mistake is one line naming the file and the state; nothing is written', () => {
    const out = tempDir();
    const r = cliProcess([
      'compile',
      'fixtures/workflows/hello-world.ts',
      'fixtures/cli/broken/duplicate-name.ts',
      '--out',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "fixtures/cli/broken/duplicate-name.ts: DuplicateStateName: two different states are named 'Step'",
    );
    expect(r.stderr).toContain("(state 'Step')");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'hello-world.asl.json'))).toBe(false);
  });

  test('modules that cannot load or export nothing are reported, not crashed on', () => {
    const r = cliProcess([
      'compile',
      'fixtures/cli/broken/syntax-error.ts',
      'fixtures/cli/broken/no-export.ts',
      '--out',
      tempDir(),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('syntax-error.ts: ModuleLoadFailed');
    expect(r.stderr).toContain('no-export.ts: NotAWorkflowModule');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('aslc validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aslc-validate-'));
    writeFileSync(
      join(dir, 'valid.asl.json'),
      '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}\n',
    );
    writeFileSync(
      join(dir, 'invalid.asl.json'),
      '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"}}}\n',
    );
    writeFileSync(join(dir, 'broken.json'), '{\n  "StartAt": "A",\n  "States": {\n');
  });

  it('runs as a real process with the same exit codes', () => {
    expect(cliProcess(['validate', 'valid.asl.json'], { cwd: dir }).code).toBe(0);
    const bad = cliProcess(['validate', 'invalid.asl.json', 'broken.json'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).not.toContain('    at ');
    expect(cliProcess(['validate', 'nope.json'], { cwd: dir }).code).toBe(2);
  });
});

describe('aslc run', () => {
  function result(stdout: string): unknown {
    const lines = stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    return JSON.parse(lines[0] ?? '');
  }

  it('prints outputs of several hundred KB whole from a child process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-run-'));
    const def = join(dir, 'echo.asl.json');
    writeFileSync(
      def,
      JSON.stringify({ StartAt: 'Echo', States: { Echo: { Type: 'Pass', End: true } } }),
    );
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ i, text: `row ${i} `.padEnd(90, 'x') }));
    // ~500 KB on the embedded engine (it does not enforce the 256 KiB payload quota) and
    // ~240 KB on the native one (just under the quota it enforces, as AWS does)
    for (const [engine, n, size] of [
      ['embedded', 5000, 500_000],
      ['native', 2200, 230_000],
    ] as const) {
      const input = join(dir, `${engine}.json`);
      writeFileSync(input, JSON.stringify({ rows: rows(n) }));
      const r = cliProcess(['run', def, '--input', input, '--engine', engine]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(size);
      expect(r.stdout.endsWith('}\n')).toBe(true);
      expect(result(r.stdout)).toStrictEqual({
        status: 'SUCCEEDED',
        output: { rows: rows(n) },
        error: null,
        cause: null,
      });
    }
  });
});

describe('aslc build', () => {
  /** A project in a temporary folder whose workflow is the orders fixture. */
  function project(): string {
    const dir = tempDir();
    const fulfilment = join(repoRoot, 'fixtures/projects/orders/workflows/order-fulfilment.ts');
    writeFileSync(
      join(dir, 'aslc.config.json'),
      JSON.stringify({
        workflows: [relative(dir, fulfilment)],
        outDir: 'build/{env}',
        targets: { asl: {}, terraform: {}, iam: {} },
        environments: {
          dev: {
            placeholders: {
              ChargeFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:c',
              OrdersTableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/o',
              ShippingStateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:s',
            },
          },
        },
      }),
    );
    return dir;
  }

  it('runs as a real process: exit codes, no stack trace', () => {
    const dir = project();
    const ok = cliProcess(['build', '--env', 'dev', '-q'], { cwd: dir });
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    const bad = cliProcess(['build', '--env', 'nope'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('aslc render', () => {
  const linear = 'fixtures/render/linear.asl.json';
  const golden = (name: string): string =>
    readFileSync(join(repoRoot, 'golden/render', name), 'utf8');

  it('works as a real process', () => {
    const r = cliProcess(['render', linear, '--format', 'dot']);
    expect(r).toEqual({ code: 0, stdout: golden('linear.dot'), stderr: '' });
    expect(cliProcess(['render', linear, '--format', 'gif']).code).toBe(2);
  });
});

describe('aslc diff', () => {
  it('exits 0/1/2 as a real process', () => {
    expect(cliProcess(['diff', before, reformatted]).code).toBe(0);
    const changed = cliProcess(['diff', before, after, '-q']);
    expect(changed.code).toBe(1);
    expect(changed.stdout.trimEnd().split('\n')).toEqual(expectedLines);
    expect(cliProcess(['diff', before]).code).toBe(2);
  });
});

describe('aslc scaffold', () => {
  const env = fixturePath('ex2-inputs-outputs', 'environment.json');
  const request = fixturePath('ex2-inputs-outputs', 'request.json');

  it('runs end-to-end as a process: exit codes and no stack traces', () => {
    const ok = cliProcess(['scaffold', request, '--environment', env]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).setup_configs.batch_create_request.job_name).toBe(
      'dev-marmotdev-custom-c431e44370f62fcf5b604702eeacb1fb3da8d7b51847424d778ee3b3eaddf5b0',
    );
    const bad = cliProcess(['scaffold', fixturePath('ex4-name-budget', 'request.json'), '-e', env]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^aslc: .*NameBudgetExceeded: /);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(cliProcess(['scaffold', request]).code).toBe(2);
  });
});
