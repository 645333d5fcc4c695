// The lcov tracefile of `aslc test --coverage-format lcov`, read by lcov itself (issue 15,
// point 2): `lcov --summary` counts the lines and branches the in-process test expects, and
// `genhtml` renders it. In the integration project; skipped with the reason when lcov is absent.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../../support/cli.ts';

const cases = 'fixtures/coverage/orders';
const root = mkdtempSync(join(tmpdir(), 'aslc-lcov-tool-'));
cpSync(join(repoRoot, cases), join(root, cases), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const lcovVersion = spawnSync('lcov', ['--version'], { encoding: 'utf8' });
const skip =
  lcovVersion.status === 0
    ? undefined
    : 'lcov is not installed (apt-get install lcov): the tracefile is checked by the in-process reader only';

describe.skipIf(skip !== undefined)(
  `lcov reads aslc's tracefile${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    it('lcov --summary counts 9 of 11 lines and 10 of 13 branches; genhtml renders it', async () => {
      const dir = join(root, 'coverage');
      const r = await cli(['test', cases, '--coverage-format', 'lcov', '--coverage-dir', dir], {
        cwd: root,
        env: { SFN_E2E_AWS: undefined, SFN_LOCAL_DISABLE: '1' },
      });
      expect(r.code).toBe(0);
      const trace = join(dir, 'lcov.info');
      // lcov 1.x names the setting lcov_branch_coverage, 2.x branch_coverage.
      const major = Number(/version (\d+)/i.exec(lcovVersion.stdout)?.[1] ?? '1');
      const rc = major >= 2 ? 'branch_coverage=1' : 'lcov_branch_coverage=1';
      const summary = spawnSync('lcov', ['--summary', trace, '--rc', rc], { encoding: 'utf8' });
      const text = summary.stdout + summary.stderr;
      expect(summary.status, text).toBe(0);
      expect(text).toMatch(/lines\.*: 81\.8% \(9 of 11 lines\)/);
      expect(text).toMatch(/branches\.*: 76\.9% \(10 of 13 branches\)/);
      const html = join(root, 'html');
      const gen = spawnSync('genhtml', [trace, '--output-directory', html, '--rc', rc], {
        encoding: 'utf8',
        cwd: root,
      });
      expect(gen.status, gen.stdout + gen.stderr).toBe(0);
      expect(existsSync(join(html, 'index.html'))).toBe(true);
    });
  },
);
