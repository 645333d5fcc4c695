/** `--timeout` on aslc run and aslc test, `timeoutSeconds` in case.json, depth refusals. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExpected } from '../../../src/run/case/expected.ts';
import { runCases } from '../../../src/run/case/harness.ts';
import type { RunCase } from '../../../src/run/case/load-case.ts';
import { createEmbeddedEngine } from '../../../src/run/embedded/embedded-engine.ts';
import type { Engine } from '../../../src/run/engine-contract.ts';
import { cli } from '../../support/cli.ts';

const env = { SFN_E2E_AWS: undefined, SFN_LOCAL_DISABLE: undefined };

/** An EXPRESS-free endless loop of CPU-bound states (the history quota would end it later). */
const SPIN = {
  QueryLanguage: 'JSONata',
  StartAt: 'Spin',
  States: {
    Spin: {
      Type: 'Pass',
      Output: '{% $sum($map([1..3000], function($v) { $v })) %}',
      Next: 'Spin',
    },
  },
};

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'aslc-budgets-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** `depth` objects nested in one another. */
function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe('aslc run --timeout', () => {
  it('ends a run over its budget with exit 1 and one line naming the state', async () => {
    const dir = folder({ 'spin.asl.json': SPIN });
    const r = await cli(['run', 'spin.asl.json', '--type', 'EXPRESS', '--timeout', '0.5'], {
      cwd: dir,
      env,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^aslc: ExecutionBudgetExceeded: the execution ran longer than its wall-clock budget of 0\.5 s \(state 'Spin'\)\. Hint: raise the budget with --timeout SECONDS/,
    );
  });

  it('refuses a negative --timeout as a usage error', async () => {
    const dir = folder({ 'spin.asl.json': SPIN });
    const r = await cli(['run', 'spin.asl.json', '--timeout', '-1'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--timeout must be a number of seconds ≥ 0');
  });

  it('refuses a mock Return nested 12,000 deep before running (a Catch never sees it)', async () => {
    const dir = folder({
      'wf.asl.json': {
        StartAt: 'T',
        States: {
          T: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }],
            End: true,
          },
          Caught: { Type: 'Succeed' },
        },
      },
      'mocks.json': {
        StateMachines: { SM: { TestCases: { Deep: { T: 'DeepReturn' } } } },
        MockedResponses: { DeepReturn: { '0': { Return: nested(12_000) } } },
      },
    });
    const r = await cli(['run', 'wf.asl.json', '--mocks', 'mocks.json', '--test-case', 'Deep'], {
      cwd: dir,
      env,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    // refused while the mock file is read, at the bracket past the limit
    expect(r.stderr).toMatch(
      /mocks\.json: JsonTooDeep: nested deeper than 1000 levels \(line 1, column \d+, at \/MockedResponses\/DeepReturn\/0\/Return\/a\/a\/…/,
    );
  });
});

describe('aslc test: per-case budgets', () => {
  it('fails a case over its budget (timeoutSeconds in case.json) and goes on with the others', async () => {
    const dir = folder({
      'slow/definition.asl.json': SPIN,
      'slow/case.json': { type: 'EXPRESS', timeoutSeconds: 0.3 },
      'slow/expected.json': { status: 'SUCCEEDED' },
      'quick/definition.asl.json': { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      'quick/expected.json': { status: 'SUCCEEDED', output: {} },
    });
    const r = await cli(['test', '.', '--format', 'json'], { cwd: dir, env });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      verdicts: { case: string; verdict: string; reason?: string }[];
    };
    const slow = report.verdicts.find((v) => v.case === 'slow');
    expect(slow?.verdict).toBe('fail');
    expect(slow?.reason).toMatch(
      /^could not run: ExecutionBudgetExceeded: the execution ran longer than its wall-clock budget of 0\.3 s \(state 'Spin'\)/,
    );
    expect(report.verdicts.find((v) => v.case === 'quick')?.verdict).toBe('pass');
  });

  it('applies --timeout to the cases whose case.json sets none', async () => {
    const dir = folder({
      'slow/definition.asl.json': SPIN,
      'slow/case.json': { type: 'EXPRESS' },
      'slow/expected.json': { status: 'SUCCEEDED' },
    });
    const r = await cli(['test', '.', '--timeout', '0.3'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('wall-clock budget of 0.3 s');
  });

  it('gives up on an engine that does not stop itself (Step Functions Local, AWS) and goes on', async () => {
    const stuck: Engine = {
      name: 'sfn-local',
      supports: () => true,
      run: () => new Promise(() => {}),
      dispose: async () => {},
    };
    const c: RunCase = {
      id: 'stuck',
      dir: '.',
      definition: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      workflowFile: 'definition.asl.json',
      input: {},
      expected: parseExpected({ status: 'SUCCEEDED' }),
      timeoutMs: 100,
    };
    const [verdict] = await runCases([c], [stuck]);
    expect(verdict).toMatchObject({
      verdict: 'fail',
      reason:
        'could not run: ExecutionBudgetExceeded: the run ran longer than its wall-clock budget of 0.1 s on the sfn-local engine. Hint: raise the budget with --timeout SECONDS (aslc run, aslc test), timeoutSeconds in case.json or timeoutMs in the run request',
    });
  });

  it('refuses a timeoutSeconds that is not a number ≥ 0', async () => {
    const dir = folder({
      'bad/definition.asl.json': { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      'bad/case.json': { timeoutSeconds: 'soon' },
      'bad/expected.json': { status: 'SUCCEEDED' },
    });
    const r = await cli(['test', '.'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('timeoutSeconds must be a number of seconds ≥ 0');
  });
});

describe('embedded engine guard', () => {
  it('skips StringMatches patterns its backtracking matcher cannot run in time', async () => {
    const choice = (pattern: string) => ({
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [{ Not: { Variable: '$.v', StringMatches: pattern }, Next: 'D' }],
          Default: 'D',
        },
        D: { Type: 'Succeed' },
      },
    });
    const engine = createEmbeddedEngine();
    expect(engine.supports(choice('*a*a*a*a*a*a*a*b'))).toBe(
      "not supported by the embedded engine: StringMatches '*a*a*a*a*a*a*a*b' at state 'C' (its matcher backtracks (8 wildcards))",
    );
    expect(engine.supports(choice('a?c'))).toMatch(/reads \? as a wildcard/);
    expect(engine.supports(choice('log-*.txt'))).toBe(true);
    expect(engine.supports(choice('a\\*b\\*c\\*d*e'))).toBe(true);
    const outcome = await engine.run({
      definition: choice('*a*a*a*a*a*a*a*b'),
      input: { v: 'a'.repeat(100) },
    });
    expect(outcome.kind).toBe('skipped');
  });
});
