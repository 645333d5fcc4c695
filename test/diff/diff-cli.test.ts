import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/cli/commands/diff.ts';
import { createCliContext } from '../../src/cli/context.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { captureIo } from '../../src/cli/io.ts';
import { cli, repoRoot } from '../support/cli.ts';

import { after, before, expectedLines, reformatted } from './support.ts';

describe('aslc diff', () => {
  it('exits 0 and says so when only key order and whitespace differ', async () => {
    expect(await cli(['diff', before, reformatted])).toEqual({
      code: 0,
      stdout: 'no differences\n',
      stderr: '',
    });
    expect(await cli(['diff', before, reformatted, '-q'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('exits 1 with one line per change and a summary', async () => {
    const r = await cli(['diff', before, after]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        ...expectedLines,
        '7 differences: 1 state added, 1 state removed, 1 state renamed, 1 transition changed, 3 field changes',
      ].join('\n') + '\n',
    );
  });

  it('prints only the changes with --quiet', async () => {
    const r = await cli(['diff', before, after, '--quiet']);
    expect(r).toEqual({ code: 1, stdout: expectedLines.join('\n') + '\n', stderr: '' });
  });

  it('prints JSON with --format json', async () => {
    const r = await cli(['diff', before, after, '--format', 'json']);
    expect(r.code).toBe(1);
    const data = JSON.parse(r.stdout) as {
      equal: boolean;
      summary: { total: number };
      entries: unknown[];
    };
    expect(data.equal).toBe(false);
    expect(data.summary.total).toBe(7);
    expect(data.entries[5]).toEqual({
      kind: 'state-renamed',
      pointer: '/States/Order failed',
      oldPointer: '/States/Failed',
      from: 'Failed',
      to: 'Order failed',
      type: 'Fail',
    });
    const same = await cli(['diff', before, reformatted, '-f', 'json', '-q']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toEqual({
      equal: true,
      summary: {
        total: 0,
        statesAdded: 0,
        statesRemoved: 0,
        statesRenamed: 0,
        transitionsChanged: 0,
        fieldsChanged: 0,
      },
      entries: [],
    });
  });

  it('colours lines only when asked or on a terminal', async () => {
    const plain = await cli(['diff', before, after, '-q']);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await cli(['diff', before, after, '-q', '--color']);
    expect(forced.stdout).toContain("\u001b[32m+ state 'Notify' (Task)\u001b[0m");
    expect(forced.stdout).toContain("\u001b[31m- state 'Legacy'\u001b[0m");
    const io = captureIo({ cwd: repoRoot });
    expect(await runCli(['diff', before, after, '-q'], { ...io, isTTY: true })).toBe(1);
    expect(io.out()).toContain('\u001b[33m~ /Comment');
    const noColor = captureIo({ cwd: repoRoot, env: { NO_COLOR: '1' } });
    await runCli(['diff', before, after, '-q'], { ...noColor, isTTY: true });
    expect(noColor.out()).not.toContain('\u001b[');
  });

  it('exits 1 with a clear line when a file is missing or not JSON', async () => {
    const missing = await cli(['diff', before, 'nope.asl.json']);
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr: 'aslc: nope.asl.json: FileNotFound: cannot read it: no such file or folder.\n',
    });
    const dir = mkdtempSync(join(tmpdir(), 'aslc-diff-'));
    writeFileSync(join(dir, 'broken.json'), '{"StartAt": ');
    const broken = await cli(['diff', join(dir, 'broken.json'), join(process.cwd(), before)], {
      cwd: dir,
    });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /broken\.json: InvalidJson: not valid JSON \(line 1, column 13\)/,
    );
  });

  it('exits 2 on wrong usage', async () => {
    expect((await cli(['diff', before])).code).toBe(2);
    const r = await cli(['diff', before, after, '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Argument: format, Given: "yaml"/);
  });

  it('checks its arguments when called without yargs', async () => {
    const ctx = createCliContext(captureIo(), { quiet: false, color: false });
    const bad = { before, after, format: 'yaml' };
    const handler = await diffCommand.load();
    await expect(handler(bad, ctx)).rejects.toThrow(/unknown --format 'yaml'/);
    await expect(handler({ before }, ctx)).rejects.toMatchObject({
      code: 'UsageError',
    });
  });

  it('shows examples in --help', async () => {
    const r = await cli(['diff', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('aslc diff a.asl.json b.asl.json --format json');
  });
});
