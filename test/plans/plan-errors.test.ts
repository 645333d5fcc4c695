import { describe, expect, it } from 'vitest';
import {
  PlanError,
  checkPlan,
  planToStateMachines,
  type PlanProblem,
} from '../../src/plans/index.ts';
import { LAMBDA, group, job, plan } from './fixtures.ts';

/** The first problem of a plan. */
function first(value: unknown): PlanProblem {
  const r = checkPlan(value);
  if (r.ok) throw new Error('expected a problem');
  return r.problems[0] as PlanProblem;
}

/** The problem planToStateMachines throws (checks that pass but compilation refuses). */
function thrown(value: unknown): PlanError {
  try {
    planToStateMachines(value);
  } catch (e) {
    if (e instanceof PlanError) return e;
    throw e;
  }
  throw new Error('expected a PlanError');
}

describe('plan problems: a stable code, the JSON pointer of the job, a hint', () => {
  const cases: [string, unknown, Partial<PlanProblem>][] = [
    ['not an object', [], { code: 'NotAPlan', path: '' }],
    [
      'a job with two kinds',
      plan({ ...job('a'), runFlow: { flow: 'f' } }),
      { code: 'JobKind', path: '/jobs/0' },
    ],
    [
      'a job without a kind',
      plan({ name: 'a', executor: LAMBDA }),
      { code: 'JobKind', path: '/jobs/0' },
    ],
    [
      'a job without a name',
      plan({ runModel: { model: 'm' }, executor: LAMBDA }),
      { code: 'InvalidPlan', path: '/jobs/0', message: "missing field 'name'" },
    ],
    [
      'a misspelt field',
      plan(job('a', { timeout: 3 })),
      { code: 'InvalidPlan', path: '/jobs/0/timeout', message: "unknown field 'timeout'" },
    ],
    [
      'a group with an executor',
      plan({ ...group('g', 'sequential', [job('a')]), executor: LAMBDA }),
      { code: 'InvalidPlan', path: '/jobs/0/executor' },
    ],
    ['no jobs', plan(), { code: 'InvalidPlan', path: '/jobs' }],
    [
      'an empty group',
      plan(group('g', 'parallel', [])),
      { code: 'InvalidPlan', path: '/jobs/0/jobGroup/parallel/jobs' },
    ],
    [
      'an executor of an unknown kind',
      plan(job('a', { executor: { kind: 'ec2' } })),
      { code: 'InvalidPlan', path: '/jobs/0/executor/kind' },
    ],
    [
      'a name that is not a string (the message quotes the value)',
      plan({ ...job('a'), name: 5 }),
      { code: 'InvalidPlan', path: '/jobs/0/name', message: '5 is not string' },
    ],
    [
      'a name with a control character',
      plan(job('a\u0007b')),
      {
        code: 'InvalidPlan',
        path: '/jobs/0/name',
        message: '"a\\u0007b" holds a control character',
      },
    ],
    [
      'a jobType that disagrees with the kind',
      plan(job('a', { jobType: 'RUN_FLOW' })),
      { code: 'JobTypeMismatch', path: '/jobs/0/jobType' },
    ],
    [
      'a jobGroupType that disagrees with the group',
      plan({
        name: 'g',
        jobGroup: { jobGroupType: 'SEQUENTIAL_JOB_GROUP', parallel: { jobs: [job('a')] } },
      }),
      { code: 'GroupTypeMismatch', path: '/jobs/0/jobGroup/jobGroupType' },
    ],
    [
      'two jobs with one name, the second in a group',
      plan(job('a'), group('g', 'parallel', [job('a')])),
      {
        code: 'DuplicateJobName',
        path: '/jobs/1/jobGroup/parallel/jobs/0/name',
        message: 'the name "a" is already used at /jobs/0',
      },
    ],
    [
      'a job named like the plan',
      plan(job('p')),
      {
        code: 'DuplicateJobName',
        path: '/jobs/0/name',
        message: 'the name "p" is already used by the plan itself',
      },
    ],
    [
      'a job without an executor',
      plan({ name: 'a', runModel: { model: 'm' } }),
      { code: 'MissingExecutor', path: '/jobs/0' },
    ],
    [
      "a parameter key ending in '.$'",
      plan(job('a', { runModel: { parameters: { 'x.$': '$.y' } } })),
      { code: 'ReservedKey', path: '/jobs/0/runModel/parameters/x.$' },
    ],
    [
      "a nested parameter key ending in '.$'",
      plan(job('a', { runModel: { parameters: { x: [{ 'y.$': '$.z' }] } } })),
      { code: 'ReservedKey', path: '/jobs/0/runModel/parameters/x/0/y.$' },
    ],
    [
      "a Batch command word starting with '$'",
      plan(
        job('a', {
          executor: { kind: 'batch', image: 'img', jobQueue: 'q', command: ['echo', '$HOME'] },
        }),
      ),
      { code: 'AutoRefString', path: '/jobs/0/executor/command/1' },
    ],
    [
      'heartbeats not shorter than the timeout',
      plan(job('a', { timeoutSeconds: 60, heartbeatSeconds: 60 })),
      { code: 'HeartbeatNotLessThanTimeout', path: '/jobs/0/heartbeatSeconds' },
    ],
    [
      'heartbeats of a Batch job',
      plan(
        job('a', {
          executor: { kind: 'batch', image: 'img', jobQueue: 'q' },
          heartbeatSeconds: 60,
        }),
      ),
      { code: 'UnsupportedOption', path: '/jobs/0/heartbeatSeconds' },
    ],
    [
      'States.ALL as a cancellation',
      plan(job('a', { cancelledOn: ['States.ALL'] })),
      { code: 'UnsupportedOption', path: '/jobs/0/cancelledOn' },
    ],
  ];
  for (const [what, value, expected] of cases) {
    it(what, () => {
      const p = first(value);
      expect(p).toMatchObject(expected);
      expect(p.message).not.toMatch(/\n/);
      expect(p.hint, 'every problem says what to do').toMatch(/\w/);
    });
  }

  it('an executor missing from a job and the defaults names the defaults for Batch values', () => {
    const p = first({
      ...plan({ name: 'a', runModel: { model: 'm' } }),
      defaults: { executor: { kind: 'batch', image: '$IMAGE', jobQueue: 'q' } },
    });
    expect(p).toMatchObject({ code: 'AutoRefString', path: '/defaults/executor/image' });
  });

  it('what only the DSL can tell (a predefined error name in the wrong case) is a problem at the job', () => {
    const e = thrown(
      plan(group('g', 'sequential', [job('a', { retry: { errors: ['States.Taskfailed'] } })])),
    );
    expect(e.code).toBe('InvalidPlan');
    expect(e.field).toBe('/jobs/0/jobGroup/sequential/jobs/0');
    expect(e.message).toMatch(/^cannot compile job "a": .*States\.Taskfailed/);
  });

  it('a PlanError formats as one line: code, message, pointer, hint', () => {
    const e = thrown(plan(job('a'), group('g', 'parallel', [job('a')])));
    expect(e.format()).toBe(
      'DuplicateJobName: the name "a" is already used at /jobs/0 (field \'/jobs/1/jobGroup/parallel/jobs/0/name\'). Hint: give every job and group a name of its own: state names, status records and references use it',
    );
    expect(e.problems).toHaveLength(1);
  });

  it('collects every semantic problem, not only the first', () => {
    const r = checkPlan(plan(job('a'), job('a'), { name: 'b', runModel: { model: 'm' } }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => p.code)).toStrictEqual(['DuplicateJobName', 'MissingExecutor']);
    expect(() => planToStateMachines(plan(job('a'), job('a')))).toThrow(PlanError);
  });
});
