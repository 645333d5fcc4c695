import { describe, expect, it } from 'vitest';
import { createCliContext } from '../../src/cli/context.ts';
import { captureIo } from '../../src/cli/io.ts';
import { caseWorkflowLoader } from '../../src/cli/case-workflow-loader.ts';
import { CLI_SERVICE_FACTORIES } from '../../src/cli/services/cli-services.ts';
import { discoverCases } from '../../src/run/case/discover-cases.ts';
import { runCases } from '../../src/run/case/harness.ts';
import { caseRequest, loadCase, type RunCase } from '../../src/run/case/load-case.ts';
import type { RunResult } from '../../src/run/engine-contract.ts';
import { createEngine } from '../../src/run/create-engine.ts';
import { toCanonicalJson } from '../../src/util/json.ts';
import { repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';
import { SCENARIOS } from './scenarios.ts';
import { readFileSync } from 'node:fs';
import { parsePlanText, planMocks, statusEvents, statusUpdates } from '../../src/plans/index.ts';

/**
 * The execution cases of fixtures/run/plans, run through the native engine's library API: the
 * final status and error (expected.json, also checked by `aslc test`), and what expected.json
 * cannot hold: the sequence of status updates the mocked sink received (DynamoDB) and the events
 * (EventBridge), one per transition, in the same order.
 */
const dir = `${repoRoot}fixtures/run/plans`;
const ctx = createCliContext(captureIo({ cwd: repoRoot }), { quiet: true, color: false });
const loadWorkflow = caseWorkflowLoader(ctx);

describe('fixtures/run/plans/mocks.json', () => {
  it('mocks every Task state of the compiled plan in every test case (ASLC_UPDATE_GOLDEN=1 rewrites it)', async () => {
    const plan = parsePlanText(readFileSync(`${dir}/nightly-risk.plan.yaml`, 'utf8'), 'yaml');
    const mocks = planMocks(plan, {
      name: 'nightly-risk',
      stateMachineName: 'NightlyRisk',
      testCases: SCENARIOS,
    });
    expectGolden(`${dir}/mocks.json`, toCanonicalJson(mocks));
  });
});

const cases: RunCase[] = await Promise.all(
  discoverCases([dir]).map((d) =>
    loadCase(d, { root: repoRoot, loadWorkflow, services: CLI_SERVICE_FACTORIES }),
  ),
);
const results = new Map<string, RunResult>();
for (const c of cases) {
  const outcome = await createEngine('native').run(caseRequest(c));
  if (outcome.kind !== 'ran') throw new Error(`${c.id}: skipped: ${outcome.reason}`);
  results.set(c.id.replace('fixtures/run/plans/', ''), outcome.result);
}
const updates = (id: string): string[] => statusUpdates(results.get(id) as RunResult);

/** A job's statuses when it succeeds; RUNNING only for request-response integrations (Lambda). */
const job = (name: string, running = false): string[] => [
  `${name} QUEUED`,
  `${name} SUBMITTED`,
  ...(running ? [`${name} RUNNING`] : []),
  `${name} FINISHING`,
  `${name} SUCCEEDED`,
];
const START = [
  'nightly-risk RUNNING',
  ...job('import-model', true),
  ...job('load-prices'),
  'models RUNNING',
];

describe('the execution cases of fixtures/run/plans', () => {
  it('are the five cases of issue 14, and each passes on native with its expected.json', async () => {
    expect(cases.map((c) => c.id)).toStrictEqual([
      'fixtures/run/plans/nested-success',
      'fixtures/run/plans/parallel-failure',
      'fixtures/run/plans/retry-succeeds',
      'fixtures/run/plans/sequential-failure',
      'fixtures/run/plans/timeout',
    ]);
    const verdicts = await runCases(cases, [createEngine('native')]);
    expect(verdicts.map((v) => v.verdict)).toStrictEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('nested success: every transition, jobs then groups rolled up, in execution order', () => {
    expect(updates('nested-success')).toStrictEqual([
      ...START,
      ...job('price', true),
      'risk RUNNING',
      ...job('exposures'),
      ...job('var'),
      'risk SUCCEEDED',
      ...job('stress'),
      'models SUCCEEDED',
      ...job('publish', true),
      'nightly-risk SUCCEEDED',
    ]);
  });

  it('sends one event per status update, in the same order', () => {
    for (const [id, result] of results) {
      expect(statusEvents(result), id).toStrictEqual(statusUpdates(result));
    }
  });

  it('a job failing in a sequential group: later jobs skipped, the group FAILED, siblings finish', () => {
    expect(updates('sequential-failure')).toStrictEqual([
      ...START,
      ...job('price', true),
      'risk RUNNING',
      'exposures QUEUED',
      'exposures SUBMITTED',
      'exposures FAILED',
      'risk FAILED',
      ...job('stress'),
      'models FAILED',
      'nightly-risk FAILED',
    ]);
    expect(updates('sequential-failure').some((u) => u.startsWith('var '))).toBe(false);
    expect(updates('sequential-failure').some((u) => u.startsWith('publish '))).toBe(false);
  });

  it('jobs failing in a parallel group: every sibling runs to its end, then the group FAILED', () => {
    expect(updates('parallel-failure')).toStrictEqual([
      ...START,
      'price QUEUED',
      'price SUBMITTED',
      'price RUNNING',
      // price waits for its retries (virtual time) while its siblings run
      'risk RUNNING',
      ...job('exposures'),
      ...job('var'),
      'risk SUCCEEDED',
      'stress QUEUED',
      'stress SUBMITTED',
      'stress FAILED',
      'price FAILED',
      'models FAILED',
      'nightly-risk FAILED',
    ]);
    const result = results.get('parallel-failure') as RunResult;
    expect(JSON.parse(result.cause ?? '')).toStrictEqual([
      expect.objectContaining({ job: 'price', error: 'Lambda.ServiceException' }),
      expect.objectContaining({ job: 'stress', error: 'States.TaskFailed' }),
    ]);
  });

  it('a retry that succeeds reports each status once', () => {
    const u = updates('retry-succeeds');
    expect(u.filter((x) => x.startsWith('price '))).toStrictEqual(job('price', true));
    expect(u.at(-1)).toBe('nightly-risk SUCCEEDED');
    const attempts = (results.get('retry-succeeds') as RunResult).events.filter(
      (e) => e.type === 'TaskScheduled' && e.name === 'price Invoke',
    );
    expect(attempts).toHaveLength(2);
  });

  it('a timeout is reported CANCELLED and fails the plan with States.Timeout', () => {
    expect(updates('timeout').slice(-6)).toStrictEqual([
      'models SUCCEEDED',
      'publish QUEUED',
      'publish SUBMITTED',
      'publish RUNNING',
      'publish CANCELLED',
      'nightly-risk FAILED',
    ]);
  });

  it('writes every update with the condition that keeps a status from moving backwards', () => {
    const result = results.get('nested-success') as RunResult;
    const params = result.events
      .filter((e) => e.type === 'TaskScheduled')
      .map((e) => (e.details as { parameters: Record<string, unknown> }).parameters)
      .filter((p) => typeof p['UpdateExpression'] === 'string');
    expect(params.length).toBe(updates('nested-success').length);
    for (const p of params) {
      expect(p).toMatchObject({
        TableName: 'aslc-job-status',
        ConditionExpression: 'attribute_not_exists(statusRank) OR statusRank < :rank',
        Key: {
          runId: {
            S: 'arn:aws:states:us-east-1:123456789012:execution:NightlyRisk:nightly-2024-01-01',
          },
        },
      });
    }
    const first = params[0] as { ExpressionAttributeValues: Record<string, unknown> };
    expect(first.ExpressionAttributeValues).toMatchObject({
      ':status': { S: 'RUNNING' },
      ':code': { N: '6' },
      ':plan': { S: 'nightly-risk' },
      ':kind': { S: 'PLAN' },
    });
  });

  it('passes each job only ids and references: the resolved inputs, the run id, the plan input', () => {
    const result = results.get('nested-success') as RunResult;
    const [price] = result.events
      .filter((e) => e.type === 'TaskScheduled' && e.name === 'price Invoke')
      .map((e) => (e.details as { parameters: Record<string, unknown> }).parameters);
    expect(price).toStrictEqual({
      FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:price',
      Payload: {
        plan: 'nightly-risk',
        runId: 'arn:aws:states:us-east-1:123456789012:execution:NightlyRisk:nightly-2024-01-01',
        job: {
          name: 'price',
          path: '/jobs/2/jobGroup/parallel/jobs/0',
          jobType: 'RUN_MODEL',
          runModel: {
            model: { fromJob: 'import-model' },
            inputs: {
              prices: {
                fromJob: 'load-prices',
                output: 'prices',
                selector: 's3://acme-data/prices/',
              },
            },
            outputs: { valuations: 's3://acme-data/valuations/' },
          },
        },
        input: { businessDate: '2024-01-01' },
      },
    });
  });
});
