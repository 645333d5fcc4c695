import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoverageReport, ExecutionReport } from '../../../src/run/index.ts';
import { cli as runCli, repoRoot } from '../../support/cli.ts';

const env = { SFN_E2E_AWS: undefined, SFN_LOCAL_DISABLE: '1' };
const cases = 'fixtures/coverage/orders';
// A copy of the cases of its own: a workflow module is evaluated once per process, and another
// test of the same worker may have loaded the fixture without recording source locations.
const root = mkdtempSync(join(tmpdir(), 'aslc-coverage-cli-'));
cpSync(join(repoRoot, cases), join(root, cases), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cli = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(args, { cwd: root, ...options });
const workflowFile = join(root, cases, 'workflow.ts');
const source = readFileSync(workflowFile, 'utf8').split('\n');
/** The 1-based line of the fixture that contains `text`. */
const line = (text: string): number => {
  const i = source.findIndex((l) => l.includes(text));
  expect(i, text).toBeGreaterThanOrEqual(0);
  return i + 1;
};

interface JsonOutput {
  verdicts: { case: string; engine: string; verdict: string; report?: ExecutionReport }[];
  coverage: CoverageReport;
}

/** `name hits` lines of a coverage list. */
const hits = (items: readonly { hits: number }[], key: (i: never) => string) =>
  items.map((i) => `${key(i as never)} ${i.hits}`);

describe('aslc test --coverage on cases with known paths', () => {
  it('counts states, transitions, Retry rules and branches, merged over the three cases', async () => {
    const r = await cli(['test', cases, '--coverage', '--format', 'json'], { env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOutput;
    expect(out.coverage.workflows).toHaveLength(1);
    const w = out.coverage.workflows[0] as CoverageReport['workflows'][number];
    expect(w.workflow).toBe(`${cases}/workflow.ts`);
    expect(w.cases).toStrictEqual([
      `${cases}/declined`,
      `${cases}/paid`,
      `${cases}/retry-then-paid`,
    ]);
    expect(w.runs).toStrictEqual({ native: 3 });
    expect(hits(w.states, (s: { name: string }) => s.name)).toStrictEqual([
      'Charge 3',
      'Paid? 3',
      'Pack items 2',
      'Pack item 2',
      'Ship 2',
      'Notify 2',
      'Email 2',
      'SMS 2',
      'Shipped 2',
      'Hold 0',
      'Declined 1',
      'Charge failed 0',
    ]);
    expect(
      hits(
        w.transitions,
        (t: { state: string; transition: string; target: string }) =>
          `${t.state} ${t.transition} → ${t.target}`,
      ),
    ).toStrictEqual([
      'Charge Next → Paid? 3',
      'Charge Catch[0] → Charge failed 0',
      'Paid? Choices[0] → Pack items 2',
      'Paid? Choices[1] → Hold 0',
      'Paid? Default → Declined 1',
      'Pack items Next → Ship 2',
      'Ship Next → Notify 2',
      'Notify Next → Shipped 2',
    ]);
    expect(
      hits(w.retries, (x: { state: string; retrier: number }) => `${x.state} ${x.retrier}`),
    ).toStrictEqual(['Charge 0 1', 'Charge 1 0']);
    expect(
      hits(w.branches, (b: { state: string; branch: string }) => `${b.state} ${b.branch}`),
    ).toStrictEqual(['Pack items ItemProcessor 2', 'Notify Branches[0] 2', 'Notify Branches[1] 2']);
    expect(w.summary.total).toStrictEqual({ covered: 20, total: 25, percent: 80 });
    expect(w.summary.states).toMatchObject({ covered: 10, total: 12 });
    expect(w.summary.transitions).toMatchObject({ covered: 6, total: 8 });
    expect(w.summary.retries).toMatchObject({ covered: 1, total: 2 });
    expect(w.summary.branches).toMatchObject({ covered: 3, total: 3 });
    // source locations of the workflow module
    expect(w.states.find((s) => s.name === 'Hold')?.source).toMatchObject({
      file: workflowFile,
      line: line("pass('Hold')"),
    });
  });

  it('prints a table naming every uncovered item with its source line', async () => {
    const r = await cli(['test', cases, '--coverage'], { env });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const header = lines.findIndex((l) => l.startsWith('COVERAGE'));
    expect(lines[header]).toMatch(/^COVERAGE +STATES +TRANSITIONS +RETRIES +BRANCHES +TOTAL$/);
    expect(lines[header + 1]).toMatch(
      /^fixtures\/coverage\/orders\/workflow\.ts +10\/12 83\.3% +6\/8 75\.0% +1\/2 50\.0% +3\/3 100\.0% +20\/25 80\.0%$/,
    );
    const at = (text: string) => `(${cases}/workflow.ts:${line(text)})`;
    expect(lines.slice(header + 2, header + 7)).toStrictEqual([
      `  - State 'Hold' never entered ${at("pass('Hold')")}`,
      `  - State 'Charge failed' never entered ${at("fail('Charge failed'")}`,
      `  - 'Charge' Catch 1 (States.ALL) → 'Charge failed' never taken ${at('.catch(')}`,
      `  - Choice 'Paid?' rule 2 → 'Hold' never taken ${at("'PENDING'")}`,
      `  - 'Charge' Retry 2 (Lambda.ServiceException) never fired ${at('Lambda.ServiceException')}`,
    ]);
  });

  it('--coverage-min fails the run below the minimum, and only then', async () => {
    expect((await cli(['test', cases, '--coverage-min', '80'], { env })).code).toBe(0);
    const below = await cli(['test', cases, '--coverage-min', '80.5'], { env });
    expect(below.code).toBe(1);
    expect(below.stderr).toContain('coverage 80.0% is below the minimum of 80.5% (--coverage-min)');
    expect((await cli(['test', cases, '--coverage-min', '101'], { env })).code).toBe(2);
  });

  it('merges engines: states from every engine, transitions and retries from native', async () => {
    const r = await cli(
      ['test', cases, '-e', 'native,embedded', '--coverage', '--format', 'json'],
      { env },
    );
    expect(r.code).toBe(0);
    const w = (JSON.parse(r.stdout) as JsonOutput).coverage.workflows[0];
    expect(w?.runs).toStrictEqual({ embedded: 3, native: 3 });
    expect(w?.states.find((s) => s.name === 'Charge')?.hits).toBe(6);
    expect(w?.branches.find((b) => b.branch === 'ItemProcessor')?.hits).toBe(4);
    expect(w?.transitions.find((t) => t.state === 'Charge')?.hits).toBe(3);
    expect(w?.summary.total.covered).toBe(20);
  });

  it('writes coverage.json and an lcov tracefile that an lcov reader accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-coverage-'));
    const r = await cli(['test', cases, '--coverage-format', 'json,lcov', '--coverage-dir', dir], {
      env,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('COVERAGE'); // no table unless asked for
    const json = JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')) as CoverageReport;
    expect(json.format).toBe('aslc-coverage');
    expect(json.summary.total.percent).toBe(80);
    const records = parseLcov(readFileSync(join(dir, 'lcov.info'), 'utf8'));
    expect(records.map((f) => f.file)).toStrictEqual([workflowFile]);
    const f = records[0] as LcovFile;
    expect(f.lines.get(line("const charge = task('Charge'"))).toBe(3);
    expect(f.lines.get(line("pass('Hold')"))).toBe(0);
    expect(f.lines.get(line("fail('Charge failed'"))).toBe(0);
    expect(f.lines.get(line("const ship = task('Ship'"))).toBe(2);
    // the lines of the Map and of its item state
    expect(f.lines.get(line("map('Pack items'"))).toBe(2);
    expect(f.lines.get(line("processor: pass('Pack item')"))).toBe(2);
    // branches: the Choice rules on their .when/.otherwise lines, the catcher and retriers
    const at = (text: string) =>
      f.branches.filter((b) => b.line === line(text)).map((b) => b.taken);
    expect(at("'PENDING'")).toStrictEqual(['0']);
    expect(at('.otherwise(')).toStrictEqual(['1']);
    expect(at('.catch(')).toStrictEqual(['0']);
    expect(at('Lambda.TooManyRequestsException')).toStrictEqual(['1']);
    expect(at('Lambda.ServiceException')).toStrictEqual(['0']);
    expect(f.branches).toHaveLength(13); // 8 transitions + 2 retriers + 3 branches
    expect(f.counts).toStrictEqual({
      LF: f.lines.size,
      LH: [...f.lines.values()].filter((n) => n > 0).length,
      BRF: 13,
      BRH: 10, // all but the catcher, rule 2 and the second retrier
    });
  });

  it('adds an execution report to every verdict of the JSON output', async () => {
    const r = await cli(['test', `${cases}/retry-then-paid`, '--format', 'json'], { env });
    const v = (JSON.parse(r.stdout) as JsonOutput).verdicts[0];
    expect(v?.report?.stateTransitions).toBe(9); // 8 states entered + 1 retry
    expect(v?.report?.historyEvents?.quota).toBe(25_000);
    expect(v?.report?.cost.standard?.perExecution).toBeCloseTo(9 * 0.000025, 12);
    expect(v?.report?.cost.region).toBe('us-east-1');
  });
});

interface LcovFile {
  file: string;
  lines: Map<number, number>;
  branches: { line: number; block: number; branch: number; taken: string }[];
  counts: Record<string, number>;
}

/**
 * A small lcov tracefile reader (the subset geninfo writes: TN, SF, FN/FNDA/FNF/FNH, BRDA, BRF,
 * BRH, DA, LF, LH, end_of_record) that rejects anything else, as lcov's readers do.
 */
function parseLcov(text: string): LcovFile[] {
  expect(text.endsWith('end_of_record\n')).toBe(true);
  const files: LcovFile[] = [];
  let current: LcovFile | undefined;
  for (const raw of text.trimEnd().split('\n')) {
    const [key, value = ''] = raw.split(/:(.*)/s);
    switch (key) {
      case 'TN':
        break;
      case 'SF':
        expect(current).toBeUndefined();
        current = { file: value, lines: new Map(), branches: [], counts: {} };
        break;
      case 'DA': {
        const m = /^(\d+),(\d+)$/.exec(value);
        expect(m, raw).not.toBeNull();
        expect(current?.lines.has(Number(m?.[1])), `duplicate ${raw}`).toBe(false);
        current?.lines.set(Number(m?.[1]), Number(m?.[2]));
        break;
      }
      case 'BRDA': {
        const m = /^(\d+),(\d+),(\d+),(-|\d+)$/.exec(value);
        expect(m, raw).not.toBeNull();
        current?.branches.push({
          line: Number(m?.[1]),
          block: Number(m?.[2]),
          branch: Number(m?.[3]),
          taken: m?.[4] as string,
        });
        break;
      }
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH':
        expect(value, raw).toMatch(/^\d+$/);
        (current as LcovFile).counts[key] = Number(value);
        break;
      default:
        expect(raw).toBe('end_of_record');
        files.push(current as LcovFile);
        current = undefined;
    }
  }
  expect(current).toBeUndefined();
  return files;
}
