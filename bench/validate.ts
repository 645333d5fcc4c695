/**
 * Benchmark of aslc's validator against asl-validator 4 on a generated 1,000-state definition
 * (Pass, Task with Retry/Catch, Choice, Parallel, Map). A script, not a test:
 *
 *   npx node --conditions=aslc-source --disable-warning=ExperimentalWarning bench/validate.ts
 *
 * Cold = a fresh process: import plus the first call (which compiles the schema). Warm = the
 * median of N calls in the same process. Both tools validate the same definition.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type * as ValidateIndex from '../src/validate/index.ts';

type ValidateModule = typeof ValidateIndex;
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const STATES = 1000;
const WARM_RUNS = 50;
const WARM_UP = 10;

/** A 1,000-state JSONPath definition: a chain of mixed states, every one reachable. */
export function generateDefinition(count: number = STATES): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  const name = (i: number): string => `State ${i}`;
  const next = (i: number): string => (i + 1 < count ? name(i + 1) : 'Done');
  for (let i = 0; i < count; i++) {
    switch (i % 5) {
      case 0:
        states[name(i)] = {
          Type: 'Pass',
          Parameters: { 'id.$': '$.id', step: i, 'when.$': '$$.State.EnteredTime' },
          ResultPath: `$.steps.s${i}`,
          Next: next(i),
        };
        break;
      case 1:
        states[name(i)] = {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: `fn-${i}`, 'Payload.$': '$' },
          ResultSelector: { 'body.$': '$.Payload' },
          ResultPath: '$.result',
          TimeoutSeconds: 60,
          Retry: [
            {
              ErrorEquals: ['Lambda.TooManyRequestsException'],
              IntervalSeconds: 2,
              MaxAttempts: 5,
              BackoffRate: 2,
            },
            { ErrorEquals: ['States.ALL'], MaxAttempts: 1 },
          ],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
          Next: next(i),
        };
        break;
      case 2:
        states[name(i)] = {
          Type: 'Choice',
          Choices: [
            { Variable: '$.result.body.ok', BooleanEquals: true, Next: next(i) },
            {
              And: [
                { Variable: '$.count', NumericGreaterThan: 10 },
                { Variable: '$.kind', StringEquals: 'retry' },
              ],
              Next: next(i),
            },
          ],
          Default: 'Failed',
        };
        break;
      case 3:
        states[name(i)] = {
          Type: 'Parallel',
          Branches: [
            { StartAt: `B${i}a`, States: { [`B${i}a`]: { Type: 'Pass', End: true } } },
            {
              StartAt: `B${i}b`,
              States: {
                [`B${i}b`]: { Type: 'Wait', Seconds: 1, Next: `B${i}c` },
                [`B${i}c`]: { Type: 'Succeed' },
              },
            },
          ],
          ResultPath: '$.parallel',
          Next: next(i),
        };
        break;
      default:
        states[name(i)] = {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemSelector: { 'value.$': '$$.Map.Item.Value' },
          MaxConcurrency: 5,
          ItemProcessor: {
            StartAt: `M${i}`,
            States: {
              [`M${i}`]: {
                Type: 'Task',
                Resource: 'arn:aws:states:::dynamodb:putItem',
                Parameters: { TableName: 't', Item: { id: { 'S.$': '$.value' } } },
                End: true,
              },
            },
          },
          ResultPath: null,
          Next: next(i),
        };
    }
  }
  states['Failed'] = { Type: 'Fail', Error: 'Failed', Cause: 'a step failed' };
  states['Done'] = { Type: 'Succeed' };
  return { Comment: `${count} states`, StartAt: name(0), States: states };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

type AslValidator = (definition: unknown) => { isValid: boolean };

/**
 * aslc's validator as an installed package runs it: the built dist/ when present (`npm run bench`
 * builds it), else the sources.
 */
async function loadValidate(): Promise<ValidateModule> {
  const dist = new URL('../dist/validate/index.js', import.meta.url);
  if (existsSync(dist)) return (await import(dist.href)) as ValidateModule;
  return import('../src/validate/index.ts');
}

/** Runs in a fresh process: import and first call of one tool, printed as JSON. */
async function cold(tool: 'aslc' | 'asl-validator'): Promise<void> {
  const def = generateDefinition();
  const t0 = performance.now();
  let valid: boolean;
  let t1: number;
  if (tool === 'aslc') {
    const { validate, isValid } = await loadValidate();
    t1 = performance.now();
    valid = isValid(validate(def));
  } else {
    const aslValidator = createRequire(import.meta.url)('asl-validator') as AslValidator;
    t1 = performance.now();
    valid = aslValidator(def).isValid;
  }
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, valid }) + '\n');
}

function coldInFreshProcess(tool: string): {
  importMs: number;
  firstCallMs: number;
  valid: boolean;
} {
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--cold', tool],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`cold run of ${tool} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as {
    importMs: number;
    firstCallMs: number;
    valid: boolean;
  };
}

async function main(): Promise<void> {
  const def = generateDefinition();
  const bytes = Buffer.byteLength(JSON.stringify(def));
  const { validate, isValid } = await loadValidate();
  const aslValidator = createRequire(import.meta.url)('asl-validator') as AslValidator;

  const aslcCold = coldInFreshProcess('aslc');
  const avCold = coldInFreshProcess('asl-validator');

  /** Wall-clock and CPU milliseconds of each measured run (after WARM_UP unmeasured runs). */
  const measure = (run: () => boolean, prepare: () => void = () => undefined) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    let valid = true;
    for (let i = 0; i < WARM_RUNS + WARM_UP; i++) {
      prepare();
      const c = process.cpuUsage();
      const t = performance.now();
      valid = run() && valid;
      const w = performance.now() - t;
      const u = process.cpuUsage(c);
      if (i >= WARM_UP) {
        wall.push(w);
        cpu.push((u.user + u.system) / 1000);
      }
    }
    return { wall: median(wall), cpu: median(cpu), valid };
  };
  const aslc = measure(() => isValid(validate(def)));
  let copy: unknown = def;
  // asl-validator mutates its input: give it a fresh copy each time (not timed)
  const av = measure(
    () => aslValidator(copy).isValid,
    () => void (copy = structuredClone(def)),
  );
  const states = STATES + 2 + (STATES / 5) * 3 + STATES / 5;
  const fmt = (ms: number): string => ms.toFixed(1);
  const rows = [
    ['', 'import', 'first call', 'warm wall', 'warm CPU', 'valid'],
    [
      'aslc validate',
      fmt(aslcCold.importMs),
      fmt(aslcCold.firstCallMs),
      fmt(aslc.wall),
      fmt(aslc.cpu),
      String(aslc.valid && aslcCold.valid),
    ],
    [
      'asl-validator 4',
      fmt(avCold.importMs),
      fmt(avCold.firstCallMs),
      fmt(av.wall),
      fmt(av.cpu),
      String(av.valid && avCold.valid),
    ],
  ];
  console.log(
    `definition: ${STATES} top-level states (${states} in all), ${(bytes / 1024).toFixed(0)} KiB; ` +
      `warm = median of ${WARM_RUNS} runs after ${WARM_UP}; times in ms`,
  );
  for (const r of rows) {
    console.log(
      `${(r[0] as string).padEnd(16)}${r
        .slice(1)
        .map((c) => c.padStart(12))
        .join('')}`,
    );
  }
  const aslcWarm = aslc.wall;
  const avWarm = av.wall;
  console.log(`warm speed-up (CPU time): ${(av.cpu / aslc.cpu).toFixed(1)}x`);
  console.log(
    `warm speed-up: ${(avWarm / aslcWarm).toFixed(1)}x faster than asl-validator (target >= 10x)`,
  );
  console.log(
    `cold (import + first call) speed-up: ${((avCold.importMs + avCold.firstCallMs) / (aslcCold.importMs + aslcCold.firstCallMs)).toFixed(1)}x`,
  );
}

const invokedDirectly =
  process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const coldFlag = process.argv.indexOf('--cold');
  if (coldFlag >= 0) await cold(process.argv[coldFlag + 1] === 'aslc' ? 'aslc' : 'asl-validator');
  else await main();
}
