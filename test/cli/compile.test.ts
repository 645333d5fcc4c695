import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cli, cliProcess, repoRoot } from '../support/cli.ts';

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'aslc-compile-'));
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

  test('--check passes on the golden folder and fails (exit 1, nothing written) when a file differs', async () => {
    expect(
      (await cli(['compile', 'fixtures/workflows', '--out', 'golden/workflows', '--check', '-q']))
        .code,
    ).toBe(0);
    const out = tempDir();
    cpSync(join(repoRoot, 'golden/workflows'), out, { recursive: true });
    writeFileSync(join(out, 'hello-world.asl.json'), '{}\n');
    const r = await cli(['compile', 'fixtures/workflows', '--out', out, '--check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ hello-world .*\(differs\)/);
    expect(r.stderr).toContain('differ from the files on disk');
    expect(readFileSync(join(out, 'hello-world.asl.json'), 'utf8')).toBe('{}\n');
    const u = await cli(['compile', 'fixtures/workflows', '--out', out, '--update']);
    expect(u.code).toBe(0);
    expect(u.stdout).toMatch(/hello-world .*\(updated\)/);
    expect(u.stdout).toMatch(/readme-example .*\(unchanged\)/);
    expect(readFileSync(join(out, 'hello-world.asl.json'), 'utf8')).toBe(
      readFileSync(join(repoRoot, 'golden/workflows/hello-world.asl.json'), 'utf8'),
    );
  });

  test('--stdout prints the ASL; --format json prints one document', async () => {
    const r = await cli(['compile', 'fixtures/workflows/hello-world.ts', '--stdout']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      readFileSync(join(repoRoot, 'golden/workflows/hello-world.asl.json'), 'utf8'),
    );
    const out = tempDir();
    const j = await cli([
      'compile',
      'fixtures/workflows/hello-world.ts',
      '--out',
      out,
      '--format',
      'json',
    ]);
    expect(JSON.parse(j.stdout)).toMatchObject({
      files: [{ name: 'hello-world', states: 2, status: 'created' }],
      summary: { machines: 1, differing: 0 },
    });
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

  test('compile validates: an invalid definition is refused (exit 1), --no-validate writes it', async () => {
    const out = tempDir();
    const r = await cli(['compile', 'fixtures/cli/broken/invalid-jsonata.ts', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "invalid-jsonata.ts (invalid-jsonata):/States/Compute/Output/total: error InvalidJsonata (state 'Compute')",
    );
    expect(existsSync(join(out, 'invalid-jsonata.asl.json'))).toBe(false);
    const forced = await cli([
      'compile',
      'fixtures/cli/broken/invalid-jsonata.ts',
      '--out',
      out,
      '--no-validate',
    ]);
    expect(forced.code).toBe(0);
    expect(existsSync(join(out, 'invalid-jsonata.asl.json'))).toBe(true);
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

  test('usage errors exit 2; a missing input exits 1', async () => {
    expect((await cli(['compile'])).code).toBe(2);
    expect((await cli(['compile', 'fixtures/workflows', '--check', '--update'])).code).toBe(2);
    expect((await cli(['compile', 'fixtures/workflows', '--bogus'])).code).toBe(2);
    const missing = await cli(['compile', 'no/such/folder', '--out', tempDir()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('FileNotFound');
  });
});
