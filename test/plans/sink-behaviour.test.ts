import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import {
  planMocks,
  statusEvents,
  statusUpdates,
  type PlanMockCase,
} from '../../src/plans/index.ts';
import type { RunResult } from '../../src/run/engine-contract.ts';
import { createEngine } from '../../src/run/create-engine.ts';
import { job, plan } from './fixtures.ts';
import { machinesOf } from './support.ts';

/** How the compiled sink behaves at run time (native engine, mocked DynamoDB and EventBridge). */
async function run(scenario: PlanMockCase): Promise<RunResult> {
  const value = plan(job('a'), job('b'));
  const [root] = machinesOf(value);
  const asl = compile(root?.machine as never).asl;
  const outcome = await createEngine('native').run({
    definition: asl,
    input: {},
    mocks: planMocks(value, { testCases: { T: scenario } }),
    testCase: 'T',
    stateMachineName: 'p',
  });
  if (outcome.kind !== 'ran') throw new Error(outcome.reason);
  return outcome.result;
}

describe('the status sink at run time', () => {
  it('a status the table refuses (it would move backwards) is not reported again, and the job goes on', async () => {
    const result = await run({
      states: { 'a SUBMITTED': 'Refused' },
      responses: {
        Refused: {
          '0': {
            Throw: {
              Error: 'DynamoDB.ConditionalCheckFailedException',
              Cause: 'The conditional request failed',
            },
          },
        },
      },
    });
    expect(result.status).toBe('SUCCEEDED');
    expect(statusUpdates(result)).toContain('a SUBMITTED');
    expect(statusEvents(result)).not.toContain('a SUBMITTED');
    expect(statusEvents(result)).toContain('a RUNNING');
    // never retried: a refused update is final
    expect(
      result.events.filter((e) => e.type === 'TaskScheduled' && e.name === 'a SUBMITTED'),
    ).toHaveLength(1);
  });

  it('a sink that keeps failing after its retries fails the job (no plan runs without its statuses)', async () => {
    const result = await run({
      states: { 'b QUEUED Event': 'Down' },
      responses: {
        Down: {
          '0-9': { Throw: { Error: 'EventBridge.InternalException', Cause: 'unavailable' } },
        },
      },
    });
    expect([result.status, result.error]).toStrictEqual([
      'FAILED',
      'EventBridge.InternalException',
    ]);
    expect(
      result.events.filter((e) => e.type === 'TaskScheduled' && e.name === 'b QUEUED Event'),
    ).toHaveLength(5);
    expect(statusUpdates(result).slice(-3)).toStrictEqual(['b QUEUED', 'b FAILED', 'p FAILED']);
  });
});
