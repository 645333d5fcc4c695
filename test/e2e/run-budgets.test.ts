// Execution budgets with the CLI as a real child process: runaway workflows end, with a clear
// outcome and bounded memory (peak RSS read with /usr/bin/time -f %M where it exists).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_COMMAND } from '../support/cli.ts';

const TIME = '/usr/bin/time';
const dir = mkdtempSync(join(tmpdir(), 'aslc-e2e-budgets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `aslc <args>` (test/support/cli.ts, CLI_COMMAND); `peakKb` when /usr/bin/time is there. */
function aslc(args: string[]): { code: number; stdout: string; stderr: string; peakKb?: number } {
  const node = [process.execPath, ...CLI_COMMAND, ...args];
  const timed = existsSync(TIME);
  const [command, ...rest] = timed ? [TIME, '-f', 'peak-rss-kb=%M', ...node] : node;
  const r = spawnSync(command as string, rest, {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  let stderr = r.stderr;
  let peakKb: number | undefined;
  // GNU time adds "Command exited with non-zero status N" before its own line.
  const m = /(?:Command exited with non-zero status \d+\n)?peak-rss-kb=(\d+)\n?$/.exec(stderr);
  if (timed && m) {
    peakKb = Number(m[1]);
    stderr = stderr.slice(0, m.index);
  }
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr,
    ...(peakKb === undefined ? {} : { peakKb }),
  };
}

describe('aslc run on runaway workflows', () => {
  it('the 110-byte $range loop ends at its budget in bounded memory (it grew to 4.4 GB)', () => {
    // Each state's output is 229 KB, under the 256 KiB quota: AWS would run it to the history
    // quota; here the wall-clock budget ends it first, and the history keeps sizes, not copies.
    const file = join(dir, 'range.asl.json');
    writeFileSync(
      file,
      '{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% $range(1,40000,1) %}","Next":"P"}}}',
    );
    // 3 s: the history's payload budget (16 MiB) is reached after about 70 states, well within it;
    // the heavy hostile case runs the same loop for 8 s.
    const r = aslc(['run', file, '--timeout', '3']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^aslc: ExecutionBudgetExceeded: the execution ran longer than its wall-clock budget of 3 s \(state 'P'\)/,
    );
    if (r.peakKb !== undefined) expect(r.peakKb).toBeLessThan(500 * 1024);
  }, 60_000);

  it('an endless loop of small states fails at AWS history quota, exit 0', () => {
    const file = join(dir, 'loop.asl.json');
    writeFileSync(file, '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"A"}}}');
    const r = aslc(['run', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toStrictEqual({
      status: 'FAILED',
      output: null,
      error: 'States.Runtime',
      cause: 'The execution reached the maximum number of history events (25000).',
    });
    if (r.peakKb !== undefined) expect(r.peakKb).toBeLessThan(500 * 1024);
  }, 60_000);
});
