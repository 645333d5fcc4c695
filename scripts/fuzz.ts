// Fuzzing aslc with hostile input, outside CI (issue 11, point 10).
//
//   node scripts/fuzz.ts [--minutes N] [--seed S] [--dist] [--include-known] [--skip-named]
//                        [--replay PATH] [--keep DIR]
//
// What it does. First every named case of the hostile suite (test/support/hostile-cases.ts),
// the heavy ones included, each on the real CLI as a child process; then, until the time is up,
// generated hostile scenarios (test/support/hostile-scenario.ts: definitions, inputs, mocks,
// test cases, scaffolding requests, plans, configurations, mangled bytes, at fuzzing scale:
// deeper, larger, with loops) through every command, each command a child process. Every
// command must exit 0, 1 or 2 within 30 s, under 700 MB of peak memory (read with
// /usr/bin/time when it exists), without a stack trace, an internal error or a raw control
// character, print nothing on stdout when it fails (scaffold, compile --stdout), and leave
// nothing but its outputs. The CLI runs from the sources (the pinned Node, `--conditions
// aslc-source`); `--dist` runs the built one (`npm run build` first).
//
// Known bugs. Inputs that trigger a bug the suite already names (a `test.fails` case) are left
// out, and named cases with a known bug are skipped, so that a run reports new failures only;
// `--include-known` puts them back.
//
// Reading a failure. fast-check shrinks the failing scenario, then the script prints it (each
// file), the commands and what each broke, keeps its folder (under --keep, default
// fuzz-failures/ in the working folder) and prints the line that replays it:
// `node scripts/fuzz.ts --seed S --replay PATH`. It exits 1 when anything failed, 0 otherwise.
//
// Contributing. A new kind of hostile input is a generator in
// test/support/hostile-arbitraries.ts (used by the CI suite at `ci` scale and here at `fuzz`
// scale); a new command belongs in scenarioCommands (test/support/hostile-scenario.ts); an
// example worth keeping becomes a named case. A failure found here becomes a named case (fixed,
// or `test.fails` with the bug named until it is) before it is fixed.
import fc from 'fast-check';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Scale } from '../test/support/hostile-arbitraries.ts';
import { NAMED_CASES } from '../test/support/hostile-cases.ts';
import {
  hostileScenario,
  scenarioCommands,
  writeScenario,
  type Scenario,
} from '../test/support/hostile-scenario.ts';
import {
  aslcProcess,
  leftovers,
  processProblems,
  snapshot,
  type CliBuild,
} from '../test/support/hostile.ts';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    seed: { type: 'string' },
    dist: { type: 'boolean', default: false },
    'include-known': { type: 'boolean', default: false },
    'skip-named': { type: 'boolean', default: false },
    replay: { type: 'string' },
    keep: { type: 'string', default: 'fuzz-failures' },
  },
});

const build: CliBuild = args.dist ? 'dist' : 'sources';
const scale: Scale = { level: 'fuzz', knownBugs: args['include-known'] };
const seed = args.seed === undefined ? Date.now() % 2_147_483_647 : Number(args.seed);
const deadline = Date.now() + Number(args.minutes) * 60_000;
const work = mkdtempSync(join(tmpdir(), 'aslc-fuzz-'));
const keep = resolve(args.keep);
let failures = 0;

function log(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** The named cases: the issue's examples, heavy ones included. */
async function namedCases(): Promise<void> {
  log(`named cases (${NAMED_CASES.length})`);
  for (const [i, c] of NAMED_CASES.entries()) {
    if (c.bug !== undefined && !args['include-known']) {
      log(`  skipped (known bug): ${c.name}`);
      continue;
    }
    const dir = join(work, `named-${i}`);
    mkdirSync(dir);
    const started = Date.now();
    const problems = await c.run(dir, { build });
    const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (problems.length === 0) {
      log(`  ok ${c.kind}: ${c.name} (${took})`);
      continue;
    }
    failures++;
    log(`  FAILED ${c.kind}: ${c.name} (${took})${c.bug ? ` [known bug: ${c.bug}]` : ''}`);
    for (const p of problems) log(`    - ${p}`);
  }
}

let counter = 0;

/** Runs every command of a scenario; the problems, and the folder it ran in. */
async function runScenario(scenario: Scenario): Promise<{ problems: string[]; dir: string }> {
  const outer = join(work, `scenario-${counter++}`);
  const dir = join(outer, 'project');
  mkdirSync(dir, { recursive: true });
  writeScenario(dir, scenario);
  const problems: string[] = [];
  for (const command of scenarioCommands(scenario)) {
    const before = snapshot(outer);
    const run = await aslcProcess(command.args, { cwd: dir, build });
    const say = (p: string): string => `aslc ${command.args.join(' ')}: ${p}`;
    problems.push(...processProblems(run, command).map(say));
    const writes = command.writes ?? (() => false);
    problems.push(
      ...leftovers(
        outer,
        before,
        (rel) => rel.startsWith('project/') && writes(rel.slice('project/'.length)),
      ).map(say),
    );
  }
  return { problems, dir };
}

/** The files of a scenario folder, for the report (long ones cut). */
function describeFolder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (name.startsWith('node_modules')) continue;
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    const shown = JSON.stringify(
      text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text,
    );
    out.push(`    ${name}: ${shown}`);
  }
  return out;
}

/** Generated scenarios until the deadline; fast-check shrinks a failure. */
async function scenarios(): Promise<void> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return;
  log(`scenarios for ${Math.round(remaining / 1000)} s (seed ${seed})`);
  let runs = 0;
  let lastFailure: { problems: string[]; dir: string } | undefined;
  const property = fc.asyncProperty(hostileScenario(scale), async (scenario) => {
    runs++;
    const result = await runScenario(scenario);
    if (result.problems.length > 0) {
      lastFailure = result;
      throw new Error(result.problems.join('\n'));
    }
    rmSync(join(result.dir, '..'), { recursive: true, force: true });
  });
  const details = await fc.check(property, {
    seed,
    numRuns: args.replay === undefined ? 1_000_000 : 1,
    ...(args.replay === undefined ? {} : { path: args.replay }),
    endOnFailure: false,
    plugins: [fc.interruptAfterTimeLimit(Math.max(remaining, 1000))],
  });
  log(`  ${runs} scenarios run (shrinking included)`);
  if (!details.failed) return;
  failures++;
  log(`  FAILED after ${details.numRuns} scenarios; shrunk ${details.numShrinks} times`);
  if (lastFailure !== undefined) {
    const kept = join(keep, `${seed}-${details.counterexamplePath ?? 'x'}`.replace(/:/g, '_'));
    mkdirSync(keep, { recursive: true });
    cpSync(join(lastFailure.dir, '..'), kept, { recursive: true, verbatimSymlinks: true });
    log('  what went wrong (the last failing scenario, shrunk):');
    for (const p of lastFailure.problems) log(`    - ${p}`);
    log('  its files:');
    for (const line of describeFolder(lastFailure.dir)) log(line);
    log(`  kept in ${kept}/project (run the commands there)`);
  }
  log(
    `  replay: node scripts/fuzz.ts --skip-named --seed ${seed} --replay ${details.counterexamplePath ?? ''}`,
  );
}

try {
  log(
    `aslc fuzz: ${build}, ${args.minutes} min, seed ${seed}${scale.knownBugs ? ', known bugs included' : ''}`,
  );
  if (!args['skip-named'] && args.replay === undefined) await namedCases();
  await scenarios();
} finally {
  rmSync(work, { recursive: true, force: true });
}
log(failures === 0 ? 'no failure' : `${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
