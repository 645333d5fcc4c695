import { describe, expect, it } from 'vitest';
import { checkPlan, type PlanProblem } from '../../src/plans/index.ts';
import { group, job, plan } from './fixtures.ts';

/**
 * Data passes between jobs by reference: an input may name an output of a job that ran before it
 * in a sequential group, never one of a parallel sibling (it may not exist yet), a later job or
 * itself; checked at compile time.
 */
const producer = (name: string) => job(name, { runModel: { outputs: { data: 's3://b/data/' } } });
const consumer = (name: string, from: string, output = 'data') =>
  job(name, { runModel: { inputs: { x: { fromJob: from, output } } } });

function problems(value: unknown): PlanProblem[] {
  const r = checkPlan(value);
  return r.ok ? [] : [...r.problems];
}

describe('job-output references', () => {
  it('an earlier job of the same sequential group', () => {
    expect(problems(plan(producer('a'), consumer('b', 'a')))).toStrictEqual([]);
  });

  it('a job before the group, from inside nested groups', () => {
    const p = plan(
      producer('a'),
      group('g', 'parallel', [
        group('s', 'sequential', [group('t', 'parallel', [consumer('b', 'a')])]),
      ]),
    );
    expect(problems(p)).toStrictEqual([]);
  });

  it('a job inside an earlier parallel group, from after the group (it has ended)', () => {
    expect(
      problems(plan(group('g', 'parallel', [producer('a'), job('c')]), consumer('b', 'a'))),
    ).toStrictEqual([]);
  });

  it('an earlier job of a sequential group inside a parallel branch', () => {
    const p = plan(
      group('g', 'parallel', [group('s', 'sequential', [producer('a'), consumer('b', 'a')])]),
    );
    expect(problems(p)).toStrictEqual([]);
  });

  it('not a parallel sibling, nor a job inside a sibling branch', () => {
    expect(
      problems(plan(group('g', 'parallel', [producer('a'), consumer('b', 'a')]))),
    ).toStrictEqual([
      {
        code: 'OutputNotAvailable',
        path: '/jobs/0/jobGroup/parallel/jobs/1/runModel/inputs/x',
        message: '"a" runs in parallel with "b" (in group "g"), so its output may not exist yet',
        hint: 'a job may read only outputs of jobs that ran before it in a sequential group',
      },
    ]);
    const nested = plan(
      group('g', 'parallel', [
        group('s', 'sequential', [producer('a')]),
        group('t', 'sequential', [consumer('b', 'a')]),
      ]),
    );
    expect(problems(nested)).toMatchObject([
      {
        code: 'OutputNotAvailable',
        path: '/jobs/0/jobGroup/parallel/jobs/1/jobGroup/sequential/jobs/0/runModel/inputs/x',
      },
    ]);
  });

  it('not a later job, nor the job itself', () => {
    expect(problems(plan(consumer('b', 'a'), producer('a')))).toMatchObject([
      {
        code: 'OutputNotAvailable',
        path: '/jobs/0/runModel/inputs/x',
        message: '"a" runs after "b" (in the plan)',
      },
    ]);
    expect(
      problems(
        plan(
          job('a', {
            runModel: { outputs: { data: 'x' }, inputs: { x: { fromJob: 'a', output: 'data' } } },
          }),
        ),
      ),
    ).toMatchObject([{ code: 'OutputNotAvailable', message: 'a job cannot take its own output' }]);
  });

  it('names a job that exists, is not a group, and declares the output', () => {
    expect(problems(plan(consumer('b', 'nope')))).toMatchObject([
      { code: 'UnknownJob', path: '/jobs/0/runModel/inputs/x' },
    ]);
    expect(
      problems(plan(group('g', 'sequential', [producer('a')]), consumer('b', 'g'))),
    ).toMatchObject([{ code: 'NotAProducer' }]);
    expect(problems(plan(producer('a'), consumer('b', 'a', 'other')))).toMatchObject([
      {
        code: 'UnknownOutput',
        message: '"a" declares no output "other"',
        hint: 'use one of: data',
      },
    ]);
    expect(
      problems(plan(producer('a'), job('b', { runModel: { inputs: { x: { fromJob: 'a' } } } }))),
    ).toMatchObject([{ code: 'UnknownOutput', message: 'name one output of "a"' }]);
  });

  it('a model comes from an IMPORT_MODEL job, without output', () => {
    const imported = {
      name: 'm',
      importModel: {
        language: 'python',
        repository: 'r',
        package: 'p',
        version: '1',
        entryPoint: 'e',
        path: 'src',
      },
      executor: job('x')['executor'],
    };
    expect(
      problems(plan(imported, job('b', { runModel: { model: { fromJob: 'm' } } }))),
    ).toStrictEqual([]);
    expect(
      problems(plan(producer('a'), job('b', { runModel: { model: { fromJob: 'a' } } }))),
    ).toMatchObject([{ code: 'NotAProducer', path: '/jobs/1/runModel/model' }]);
  });

  it('outputs, flows, imports and exports are not places for job outputs', () => {
    expect(
      problems(
        plan(
          producer('a'),
          job('b', { runModel: { outputs: { y: { fromJob: 'a', output: 'data' } } } }),
        ),
      ),
    ).toMatchObject([
      {
        code: 'InvalidPlan',
        path: '/jobs/1/runModel/outputs/y',
        message: 'outputs cannot name a job output',
      },
    ]);
  });
});
