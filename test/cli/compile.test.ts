import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cli, repoRoot } from '../support/cli.ts';

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'aslc-compile-'));
  temps.push(d);
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('aslc compile', () => {
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

  test('usage errors exit 2; a missing input exits 1', async () => {
    expect((await cli(['compile'])).code).toBe(2);
    expect((await cli(['compile', 'fixtures/workflows', '--check', '--update'])).code).toBe(2);
    expect((await cli(['compile', 'fixtures/workflows', '--bogus'])).code).toBe(2);
    const missing = await cli(['compile', 'no/such/folder', '--out', tempDir()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('FileNotFound');
  });
});
