// planOutline: the diagram of a plan as jobs and groups (what `aslc render` draws for a plan).
import { describe, expect, it } from 'vitest';
import {
  definePlan,
  lambdaExecutor,
  PlanError,
  parallelGroup,
  planOutline,
  runModel,
  sequentialGroup,
} from '../../src/plans/index.ts';

const fn = lambdaExecutor('arn:aws:lambda:us-east-1:123456789012:function:f');
const job = (name: string) => runModel(name, { model: `models/${name}` }, { executor: fn });

describe('planOutline', () => {
  it('chains the jobs; a sequential group is one branch, a parallel group a branch per job', () => {
    const outline = planOutline(
      definePlan({
        name: 'p',
        jobs: [
          job('a'),
          parallelGroup('both', [job('b'), sequentialGroup('then', [job('c'), job('d')])], {
            failFast: true,
          }),
          job('e'),
        ],
      }),
    );
    expect(outline.StartAt).toBe('a (RUN_MODEL on lambda)');
    const states = outline.States as Record<string, Record<string, unknown>>;
    expect(Object.keys(states)).toEqual([
      'a (RUN_MODEL on lambda)',
      'both (parallel, fail-fast group)',
      'e (RUN_MODEL on lambda)',
    ]);
    const both = states['both (parallel, fail-fast group)'] as {
      Branches: { StartAt: string; States: Record<string, Record<string, unknown>> }[];
      Next: string;
    };
    expect(both.Next).toBe('e (RUN_MODEL on lambda)');
    expect(both.Branches.map((b) => b.StartAt)).toEqual([
      'b (RUN_MODEL on lambda)',
      'then (sequential group)',
    ]);
    const then = both.Branches[1]?.States['then (sequential group)'] as {
      Branches: { StartAt: string; States: Record<string, Record<string, unknown>> }[];
    };
    expect(then.Branches).toHaveLength(1);
    expect(then.Branches[0]?.States['c (RUN_MODEL on lambda)']?.['Next']).toBe(
      'd (RUN_MODEL on lambda)',
    );
    expect(states['e (RUN_MODEL on lambda)']?.['End']).toBe(true);
  });

  it('checks the plan first, as compiling it would', () => {
    expect(() => planOutline({ name: 'p', jobs: [] } as never)).toThrow(PlanError);
  });
});
