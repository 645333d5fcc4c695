// Start-up: what users feel on every call. Each command runs as a whole process from the built
// package (dist/), as `aslc` does when npm starts it; the figure is the median wall time of
// RUNS runs after one warm-up run (which also fills Node's compile cache, as the first call of
// a day does). Compared in the same run with `node -e 0` and with the tools users would
// otherwise call: asl-validator's CLI for validation, aws-local-stepfunctions' `local-sfn` for
// a local run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const RUNS = Number(process.env['ASLC_BENCH_RUNS'] ?? '9');
const work = mkdtempSync(join(tmpdir(), 'aslc-startup-'));
const oneState = join(work, 'one.asl.json');
writeFileSync(oneState, '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}\n');

/** Median wall time of a command, in ms (after one warm-up run); throws when it fails. */
function time(args: readonly string[], input?: string): number {
  const once = (): number => {
    const start = performance.now();
    const r = spawnSync(node, args, {
      cwd: root,
      encoding: 'utf8',
      stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
      ...(input === undefined ? {} : { input }),
    });
    const ms = performance.now() - start;
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  once();
  const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const aslc = join(root, 'dist', 'cli', 'main.js');
const baseline = time(['-e', '0']);
const rows: { what: string; ms: number; limit?: number; absolute?: number }[] = [
  { what: 'node -e 0', ms: baseline },
  { what: 'aslc --version', ms: time([aslc, '--version']), limit: 2 },
  { what: 'aslc validate <one-state file>', ms: time([aslc, 'validate', oneState]), limit: 2 },
  { what: 'aslc run <one-state file>', ms: time([aslc, 'run', oneState]), limit: 2 },
  {
    what: 'aslc compile <README example> --stdout',
    ms: time([aslc, 'compile', 'fixtures/workflows/readme-example.ts', '--stdout']),
    limit: 2,
  },
  {
    what: 'aslc build (bundled example project, 4 workflows, 36 files)',
    ms: time([
      aslc,
      'build',
      '--config',
      'fixtures/projects/demand-execution/aslc.config.json',
      '--env',
      'dev',
      '--out',
      join(work, 'out'),
      '-q',
    ]),
    absolute: 500,
  },
  {
    what: 'asl-validator --json-path <one-state file> (asl-validator 4)',
    ms: time([
      join(root, 'node_modules/asl-validator/dist/bin/asl-validator.js'),
      '--json-path',
      oneState,
      '--silent',
    ]),
  },
  {
    what: 'local-sfn -f <one-state file> < {} (aws-local-stepfunctions 3)',
    ms: time(
      [join(root, 'node_modules/aws-local-stepfunctions/bin/CLI.cjs'), '-f', oneState],
      '{}',
    ),
  },
];
rmSync(work, { recursive: true, force: true });

console.log(`Start-up: whole process, median of ${RUNS} runs (ms), against node -e 0`);
for (const r of rows) {
  const ratio = r.ms / baseline;
  const verdict =
    r.limit !== undefined
      ? `  target <= ${r.limit}x: ${ratio <= r.limit ? 'met' : 'MISSED'}`
      : r.absolute !== undefined
        ? `  target < ${r.absolute} ms: ${r.ms < r.absolute ? 'met' : 'MISSED'}`
        : '';
  console.log(
    `${r.ms.toFixed(0).padStart(6)} ms  ${ratio.toFixed(2).padStart(5)}x  ${r.what}${verdict}`,
  );
}
