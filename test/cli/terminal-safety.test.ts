import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { captureIo } from '../../src/cli/io.ts';
import { createCliContext } from '../../src/cli/context.ts';
import { cli } from '../support/cli.ts';

/** Escape sequences a hostile name could carry: a window title, screen clearing, a bell, C1 CSI, a bidi override, a forged line. */
const HOSTILE = 'A\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e\r\nvalid: all good';
/** Any control character a terminal acts on (newlines aside). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function workflowDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aslc-terminal-'));
  const definition = {
    StartAt: HOSTILE,
    States: {
      [HOSTILE]: { Type: 'Pass', Next: 'Missing' },
    },
  };
  writeFileSync(join(dir, 'bad.asl.json'), JSON.stringify(definition));
  const good = { StartAt: HOSTILE, States: { [HOSTILE]: { Type: 'Pass', End: true } } };
  writeFileSync(join(dir, 'good.asl.json'), JSON.stringify(good));
  return dir;
}

describe('nothing a user fed in reaches the terminal raw', () => {
  test('diagnostics, events, diffs and errors escape control characters; JSON stays exact', async () => {
    const dir = workflowDir();
    const outputs = [
      await cli(['validate', 'bad.asl.json'], { cwd: dir }),
      await cli(['run', 'good.asl.json', '--events'], { cwd: dir }),
      await cli(['diff', 'bad.asl.json', 'good.asl.json'], { cwd: dir }),
      await cli(['render', 'good.asl.json'], { cwd: dir }),
      await cli(['validate', '--format', HOSTILE, 'good.asl.json'], { cwd: dir }),
      await cli([HOSTILE], { cwd: dir }),
    ];
    for (const r of outputs) {
      expect(r.stdout + r.stderr).not.toMatch(RAW);
      // no forged line: the hostile name's CR/LF never starts a line of its own
      expect((r.stdout + r.stderr).split('\n').some((l) => l.startsWith('valid: all good'))).toBe(
        false,
      );
    }
    expect(outputs[0]?.stdout).toContain(
      'A\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e\\u000d\\u000avalid',
    );
    const json = await cli(['validate', 'bad.asl.json', '--format', 'json'], { cwd: dir });
    expect(json.stdout).not.toMatch(RAW);
    const doc = JSON.parse(json.stdout) as { files: { diagnostics: { state?: string }[] }[] };
    expect(doc.files[0]?.diagnostics.map((d) => d.state)).toContain(HOSTILE);
    const run = await cli(['run', 'good.asl.json', '--input', JSON.stringify({ name: HOSTILE })], {
      cwd: dir,
    });
    expect((JSON.parse(run.stdout) as { output: { name: string } }).output.name).toBe(HOSTILE);
  });

  test("colours are the only escape sequences, and only aslc's own", () => {
    const io = captureIo();
    const ctx = createCliContext(io, { quiet: false, color: true });
    ctx.out(`${ctx.paint('red', 'error')} in state '\u001b[31mX'`);
    expect(io.out()).toBe("\u001b[31merror\u001b[0m in state '\\u001b[31mX'\n");
    ctx.block('flowchart TD\n\tA\u0007 --> B');
    expect(io.out().endsWith('flowchart TD\n\tA\\u0007 --> B\n')).toBe(true);
  });
});
