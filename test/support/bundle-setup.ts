// vitest globalSetup of the projects that start the CLI as a child process (e2e, hostile): the
// bundled CLI (dist/, scripts/bundle.ts, under a second) is what they run, as users do. A
// child process of the bundle starts in about half the time of one that loads the sources
// (0.15 s against 0.3 s), and these suites start hundreds.
import { spawnSync } from 'node:child_process';
import { repoRoot } from './cli.ts';

export default function setup(): void {
  const r = spawnSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'scripts/bundle.ts'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`scripts/bundle.ts failed: ${r.stderr}`);
}
