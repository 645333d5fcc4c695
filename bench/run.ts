// aslc benchmarks: `npm run bench` (installs bench/'s baselines, builds dist/, runs this). Each measurement runs in a fresh process (cold = the first
// build in that process, warm = the median of the next runs; peak RSS of that process).
// Baselines in the same run: AWS CDK (aws-cdk-lib, installed in bench/node_modules by the npm
// script) for compilation, asl-validator 4 for validation (bench/validate.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const node = process.execPath;
const flags = ['--conditions=aslc-source', '--disable-warning=ExperimentalWarning'];

interface Measurement {
  tool: string;
  states: number;
  coldMs: number;
  warmMs: number;
  peakRssMb: number;
  bytes?: number;
  locateMs?: number;
}

function measure(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Measurement & { wallMs: number } {
  const start = performance.now();
  const r = spawnSync(node, [...flags, `${here}${script}`, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env },
  });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${r.stderr}`);
  return { ...(JSON.parse(r.stdout.trim().split('\n').pop() as string) as Measurement), wallMs };
}

const fmt = (n: number) => n.toFixed(1).padStart(9);
const rows: Measurement[] = [];
const only = process.argv[2];

if (only === undefined || only === 'compile') {
  const coldOnly = (states: number) => measure('compile-worker.mjs', [String(states), '0']);
  const aslc1k = measure('compile-worker.mjs', ['1000', '9']);
  const aslc10k = measure('compile-worker.mjs', ['10000', '5']);
  const cold10k = coldOnly(10000);
  rows.push(aslc1k, aslc10k);
  console.log(
    'Compile: build + emit a machine (Pass, Task with Retry/Catch, Choice, Parallel, Map)',
  );
  console.log('tool          states   cold ms   warm ms  peak RSS MB');
  for (const m of rows)
    console.log(
      `${m.tool.padEnd(12)} ${String(m.states).padStart(7)} ${fmt(m.coldMs)} ${fmt(m.warmMs)} ${fmt(m.peakRssMb)}`,
    );
  console.log(
    `aslc        ${String(cold10k.states).padStart(7)} ${fmt(cold10k.coldMs)}         -  ${fmt(cold10k.peakRssMb)}  (one cold build alone: the CLI case)`,
  );
  const targetMs = cold10k.coldMs < 200 ? 'met' : 'MISSED';
  const targetMb = cold10k.peakRssMb < 150 ? 'met' : 'MISSED';
  console.log(`target 10,000 states < 200 ms: ${targetMs}; < 150 MB: ${targetMb}`);
  // The same cold build while source locations are recorded (aslc test --coverage).
  const located = measure('compile-worker.mjs', ['10000', '0'], { ASLC_SOURCE_LOCATIONS: '1' });
  console.log(
    `aslc        ${String(located.states).padStart(7)} ${fmt(located.coldMs)}         -  ${fmt(located.peakRssMb)}  ` +
      `(one cold build recording source locations; resolving them: ${(located.locateMs ?? 0).toFixed(1)} ms)`,
  );
  if (existsSync(`${here}node_modules/aws-cdk-lib`)) {
    const cdk = measure('cdk-worker.mjs', ['1000', '3']);
    console.log(
      `${cdk.tool.padEnd(12)} ${String(cdk.states).padStart(7)} ${fmt(cdk.coldMs)} ${fmt(cdk.warmMs)} ${fmt(cdk.peakRssMb)}`,
    );
    // End to end: a fresh process that loads the tool, builds the machine once and produces the
    // definition (node start-up and module loading included), as `cdk synth` or `aslc` run.
    const aslcOnce = measure('compile-worker.mjs', ['1000', '0']);
    const cdkOnce = measure('cdk-worker.mjs', ['1000', '0']);
    console.log(
      `end to end, fresh process, 1,000 states: aslc ${aslcOnce.wallMs.toFixed(0)} ms, AWS CDK ${cdkOnce.wallMs.toFixed(0)} ms`,
    );
    console.log(
      `aslc vs AWS CDK synth, 1,000 states: ${(cdk.coldMs / aslc1k.coldMs).toFixed(0)}x faster cold, ` +
        `${(cdk.warmMs / aslc1k.warmMs).toFixed(0)}x warm, ${(cdkOnce.wallMs / aslcOnce.wallMs).toFixed(0)}x end to end (target 100x)`,
    );
  } else {
    console.log(
      'AWS CDK baseline skipped: bench/node_modules/aws-cdk-lib is missing (npm run bench installs it)',
    );
  }
}

for (const part of ['validate', 'startup']) {
  if (only !== undefined && only !== part) continue;
  const r = spawnSync(node, [...flags, `${here}${part}.ts`], {
    encoding: 'utf8',
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exitCode = 1;
}
