// vitest globalSetup of every project: the run's temporary files go under one folder of their
// own (TMPDIR, which os.tmpdir(), the workers and the CLI processes the tests start all read),
// removed when the run ends. A test that forgets to remove what it made leaves nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'aslc-test-run-'));
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(root, { recursive: true, force: true });
  };
}
