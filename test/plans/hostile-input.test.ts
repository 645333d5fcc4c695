import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import {
  MAX_GROUP_DEPTH,
  MAX_JOBS,
  PlanError,
  checkPlan,
  parsePlanText,
  type PlanProblem,
} from '../../src/plans/index.ts';
import { cli } from '../support/cli.ts';
import { LAMBDA, group, job, plan } from './fixtures.ts';
import { machinesOf } from './support.ts';

/**
 * Hostile input is the normal case: deep, huge, cyclic, prototype keys, control characters. Every
 * such plan is refused with one coded line (never a stack trace, never a hang), or compiles.
 */
function problemOf(value: unknown): PlanProblem {
  const r = checkPlan(value);
  if (r.ok) throw new Error('expected a problem');
  return r.problems[0] as PlanProblem;
}

function parseError(text: string, format: 'json' | 'yaml'): PlanError {
  try {
    parsePlanText(text, format);
  } catch (e) {
    if (e instanceof PlanError) return e;
    throw e;
  }
  throw new Error('expected a PlanError');
}

/** Groups nested `depth` levels deep, alternately sequential and parallel, a job at each level. */
function nested(depth: number): Record<string, unknown> {
  let jobs: unknown[] = [job('leaf')];
  for (let i = depth - 1; i >= 0; i--) {
    jobs = [job(`j${i}`), group(`g${i}`, i % 2 === 0 ? 'sequential' : 'parallel', jobs)];
  }
  return plan(...jobs);
}

const temp = mkdtempSync(join(tmpdir(), 'aslc-plans-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('hostile plans', () => {
  it('JSON nested 100,000 levels deep: PlanTooDeep', () => {
    const text = `{"name":"p","jobs":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    // refused while parsing, at the bracket past the limit (util/json's parseJson)
    const e = parseError(text, 'json');
    expect(e.problems[0]).toMatchObject({ code: 'PlanTooDeep' });
    expect(e.format()).not.toMatch(/\n/);
  });

  it('YAML nested too deeply for its parser: PlanTooDeep, one line', () => {
    const e = parseError(`name: p\njobs: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, 'yaml');
    expect(e.problems[0]).toMatchObject({ code: 'PlanTooDeep' });
    // the parser's own stack overflow is not shown as a syntax error
    expect(e.format()).not.toMatch(/call stack|\n/);
  });

  it(`groups nested ${MAX_GROUP_DEPTH + 1} levels: GroupTooDeep at the group past the limit`, () => {
    const p = problemOf(nested(MAX_GROUP_DEPTH + 1));
    expect(p.code).toBe('GroupTooDeep');
    expect(p.path.split('/jobGroup/').length - 1).toBe(MAX_GROUP_DEPTH);
  });

  it(`more than ${MAX_JOBS} jobs: PlanTooLarge`, () => {
    const jobs = Array.from({ length: MAX_JOBS + 1 }, (_, i) => job(`j${i}`));
    expect(problemOf(plan(...jobs))).toMatchObject({
      code: 'PlanTooLarge',
      path: `/jobs/${MAX_JOBS}`,
    });
  });

  it('a YAML alias bomb: InvalidYaml', () => {
    const lines = ['name: p', 'a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    expect(parseError(lines.join('\n'), 'yaml').format()).toMatch(/^InvalidYaml: .*alias/);
  });

  it('a cycle through YAML aliases or TypeScript objects: CyclicPlan', () => {
    const yaml = 'name: p\njobs: &j\n  - name: a\n    jobGroup: { sequential: { jobs: *j } }\n';
    expect(problemOf(parsePlanText(yaml, 'yaml'))).toMatchObject({
      code: 'CyclicPlan',
      path: '/jobs/0/jobGroup/sequential/jobs',
    });
    const cyclic: { name: string; jobs: unknown[] } = { name: 'p', jobs: [] };
    cyclic.jobs.push(group('g', 'sequential', cyclic.jobs));
    expect(problemOf(cyclic)).toMatchObject({ code: 'CyclicPlan' });
  });

  it('shared (not cyclic) objects are fine: one executor object used by every job', () => {
    const shared = { ...LAMBDA };
    const r = checkPlan(plan(job('a', { executor: shared }), job('b', { executor: shared })));
    expect(r.ok).toBe(true);
  });

  it('values that are not JSON data (functions, NaN, class instances): NotAPlan', () => {
    expect(problemOf(plan(job('a', { runModel: { parameters: { f: () => 1 } } })))).toMatchObject({
      code: 'NotAPlan',
      path: '/jobs/0/runModel/parameters/f',
    });
    expect(
      problemOf(plan(job('a', { runModel: { parameters: { n: Number.NaN } } }))),
    ).toMatchObject({
      code: 'NotAPlan',
    });
    expect(
      problemOf(plan(job('a', { runModel: { parameters: { d: new Date(0) } } }))),
    ).toMatchObject({
      code: 'NotAPlan',
      message: 'not JSON data: a Date instance is not JSON data',
    });
  });

  it('prototype keys stay plain keys: refused where fields are fixed, kept as data elsewhere', () => {
    const text =
      '{"name":"p","jobs":[{"name":"__proto__","runModel":{"model":"m","parameters":{"__proto__":{"polluted":true},"constructor":1}},"executor":{"kind":"lambda","functionArn":"arn:aws:lambda:us-east-1:123456789012:function:f"}},{"name":"constructor","runModel":{"model":"m"},"executor":{"kind":"lambda","functionArn":"arn:aws:lambda:us-east-1:123456789012:function:f"}}]}';
    const [root] = machinesOf(parsePlanText(text, 'json'));
    const json = compile(root?.machine as never).json;
    expect(json).toContain('"__proto__": {\n');
    expect(json).toContain('"__proto__ QUEUED"');
    expect(json).toContain('"constructor QUEUED"');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(problemOf(parsePlanText('{"name":"p","jobs":[],"__proto__":{}}', 'json'))).toMatchObject(
      {
        code: 'InvalidPlan',
        path: '/__proto__',
      },
    );
  });

  it('names with quotes, braces, dollars and emoji compile; control characters are refused', () => {
    const names = ["it's {a} $job", '📈 prices', 'a.$', 'x'.repeat(256)];
    const machines = machinesOf(plan(...names.map((n) => job(n))));
    expect(machines).toHaveLength(1);
    expect(problemOf(plan(job('line\nbreak')))).toMatchObject({
      code: 'InvalidPlan',
      path: '/jobs/0/name',
    });
    expect(problemOf(plan(job('x'.repeat(257))))).toMatchObject({
      code: 'InvalidPlan',
      path: '/jobs/0/name',
    });
  });

  it('a job too large for any machine: PlanTooLarge at the job', () => {
    const big = job('big', { runModel: { parameters: { blob: 'x'.repeat(1_100_000) } } });
    expect(() => machinesOf(plan(big))).toThrow(
      expect.objectContaining({ code: 'PlanTooLarge', field: '/jobs/0' }),
    );
  });

  it('the CLI prints one line per refused plan file and exit 1, for every hostile file', async () => {
    const files: [string, string][] = [
      ['deep.plan.json', `{"name":"p","jobs":${'['.repeat(50_000)}${']'.repeat(50_000)}}`],
      [
        'cyclic.plan.yaml',
        'name: p\njobs: &j\n  - name: a\n    jobGroup: { sequential: { jobs: *j } }\n',
      ],
      ['control.plan.json', JSON.stringify(plan(job('a\u0000b')))],
      ['broken.plan.yaml', 'name: [p\n'],
    ];
    for (const [name, text] of files) writeFileSync(join(temp, name), text);
    const r = await cli(['compile', temp, '--stdout']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(files.length + 1);
    expect(
      lines
        .slice(0, -1)
        .map((l) => l.replace(/^aslc: [^:]+: /, '').split(':')[0])
        .sort(),
    ).toStrictEqual(['CyclicPlan', 'InvalidPlan', 'InvalidYaml', 'PlanTooDeep']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
