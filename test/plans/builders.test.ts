import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import nightly from '../../fixtures/plans/readme/nightly.ts';
import {
  batchExecutor,
  checkPlan,
  definePlan,
  fromJob,
  isPlan,
  lambdaExecutor,
  parallelGroup,
  runModel,
  sequentialGroup,
  type JobGroupDefinition,
  type Plan,
  type RunModelJobDefinition,
} from '../../src/plans/index.ts';
import { repoRoot } from '../support/cli.ts';

/** The typed builders: frozen plain values of the plan format, the same data as JSON or YAML. */
describe('plan builders', () => {
  const executor = lambdaExecutor('arn:aws:lambda:us-east-1:123456789012:function:f');

  it('build the same data as the JSON form of the README example', () => {
    const json = JSON.parse(
      readFileSync(join(repoRoot, 'fixtures/plans/readme/nightly.plan.json'), 'utf8'),
    ) as Record<string, unknown>;
    delete json['$schema'];
    expect(JSON.parse(JSON.stringify(nightly))).toStrictEqual(json);
  });

  it('return frozen values; definePlan brands the plan without changing its data', () => {
    const job = runModel('a', { model: 'm', inputs: { x: fromJob('b', 'out') } }, { executor });
    expect(Object.isFrozen(job)).toBe(true);
    expect(Object.isFrozen((job.runModel.inputs as Record<string, unknown>)['x'])).toBe(true);
    const plan = definePlan({ name: 'p', jobs: [job] });
    expect(isPlan(plan)).toBe(true);
    expect(isPlan({ name: 'p', jobs: [job] })).toBe(false);
    expect(Object.keys(plan)).toStrictEqual(['name', 'jobs']);
    expect(JSON.stringify(plan)).toBe(JSON.stringify({ name: 'p', jobs: [job] }));
  });

  it('groups carry TRAC jobType and jobGroupType; failFast only when given', () => {
    const a = runModel('a', { model: 'm' }, { executor });
    expect(sequentialGroup('s', [a])).toStrictEqual({
      name: 's',
      jobType: 'JOB_GROUP',
      jobGroup: { jobGroupType: 'SEQUENTIAL_JOB_GROUP', sequential: { jobs: [a] } },
    });
    expect(parallelGroup('p', [a], { failFast: true, comment: 'c' })).toStrictEqual({
      name: 'p',
      jobType: 'JOB_GROUP',
      jobGroup: { jobGroupType: 'PARALLEL_JOB_GROUP', parallel: { jobs: [a], failFast: true } },
      comment: 'c',
    });
  });

  it('what the builders build is what the schema accepts', () => {
    expect(checkPlan(nightly).ok).toBe(true);
    const plan = definePlan({
      name: 'p',
      jobs: [
        runModel(
          'a',
          { model: 'm' },
          { executor: batchExecutor({ image: 'i', jobQueue: 'q', memory: 512, vcpus: 0.5 }) },
        ),
      ],
    });
    expect(checkPlan(plan).ok).toBe(true);
  });

  it('are typed', () => {
    expectTypeOf(runModel('a', { model: 'm' })).toEqualTypeOf<RunModelJobDefinition>();
    expectTypeOf(parallelGroup('g', [])).toEqualTypeOf<JobGroupDefinition>();
    expectTypeOf(definePlan).parameter(0).toEqualTypeOf<Plan>();
    // @ts-expect-error a RUN_MODEL job needs a model
    runModel('a', { inputs: {} });
    // @ts-expect-error Batch needs an image and a queue
    batchExecutor({ jobQueue: 'q' });
    // @ts-expect-error failFast is a boolean
    parallelGroup('g', [], { failFast: 'yes' });
  });
});
