import { afterAll, describe, expect, it } from 'vitest';
import { createCliContext } from '../../src/cli/context.ts';
import { captureIo } from '../../src/cli/io.ts';
import { caseWorkflowLoader } from '../../src/cli/case-workflow-loader.ts';
import { CLI_SERVICE_FACTORIES } from '../../src/cli/services/cli-services.ts';
import { discoverCases } from '../../src/run/case/discover-cases.ts';
import { loadCase, type RunCase } from '../../src/run/case/load-case.ts';
import { runCases, type CaseVerdict } from '../../src/run/case/harness.ts';
import { createEngine } from '../../src/run/create-engine.ts';
import { testcontainersRuntime } from '../../src/run/sfn-local/sfn-local-container.ts';
import { repoRoot } from '../support/cli.ts';

/**
 * Every case of fixtures/run on every engine, loaded as `aslc test` loads them (workflow modules
 * through the CLI's loader, the CLI's `scaffolding` service). On this machine (no container
 * runtime, no AWS opt-in) native and embedded run; sfn-local and aws report skipped with their
 * reason.
 */
const ctx = createCliContext(captureIo({ cwd: repoRoot }), { quiet: true, color: false });
const loadWorkflow = caseWorkflowLoader(ctx);
const cases: RunCase[] = await Promise.all(
  discoverCases([`${repoRoot}fixtures/run`]).map((dir) =>
    loadCase(dir, { root: repoRoot, loadWorkflow, services: CLI_SERVICE_FACTORIES }),
  ),
);
const env = { SFN_E2E_AWS: undefined };
const runtime = await testcontainersRuntime().available();
const engines = [
  createEngine('native', { env }),
  createEngine('embedded', { env }),
  createEngine('sfn-local', { env }),
  createEngine('aws', { env }),
];
const verdicts: CaseVerdict[] = await runCases(cases, engines);
afterAll(async () => {
  for (const e of engines) await e.dispose();
});

const verdictOf = (id: string, engine: string) =>
  verdicts.find((v) => v.case === id && v.engine === engine);

/** Cases the embedded engine must refuse, and why. */
const EMBEDDED_SKIPS: Readonly<Record<string, string>> = {
  'fixtures/run/distributed-map-s3':
    "not supported by the embedded engine: Distributed Map ItemReader at state 'Rows'",
  'fixtures/run/jsonata':
    'not supported by the embedded engine: QueryLanguage JSONata at the top level',
  'fixtures/run/variables':
    "not supported by the embedded engine: Assign (variables) at state 'Remember'",
  // the embedded engine reports intrinsic failures as States.Runtime (AWS: States.IntrinsicFailure)
  'fixtures/run/fragments/merge-defaults/null-target': 'the case runs only on native',
  // the engine's bundled asl-validator rejects the Batch GPU filter path (no != / && in its grammar)
  'fixtures/run/fragments/batch-invoked-lambda/with-defaults-machine':
    'the case runs only on native',
  // job plans (issue 14): status records carry $$.State.EnteredTime, which the engine ignores
  'fixtures/run/plans/nested-success': 'the case runs only on native',
  'fixtures/run/plans/parallel-failure': 'the case runs only on native',
  'fixtures/run/plans/retry-succeeds': 'the case runs only on native',
  'fixtures/run/plans/sequential-failure': 'the case runs only on native',
  'fixtures/run/plans/timeout': 'the case runs only on native',
  'fixtures/run/plan-mocks/enrich-fails': 'the case runs only on native',
  'fixtures/run/plan-mocks/publish-times-out': 'the case runs only on native',
  'fixtures/run/plan-mocks/success': 'the case runs only on native',
};

describe('the execution cases of fixtures/run', () => {
  it('has the cases of issue 6, the fragments end to end included, and the plans of issue 14 (with their statuses)', () => {
    expect(cases.map((c) => c.id)).toStrictEqual([
      'fixtures/run/catch',
      'fixtures/run/choice',
      'fixtures/run/distributed-map-s3',
      'fixtures/run/fail-without-error',
      'fixtures/run/fragments/batch-invoked-lambda/job-failure',
      'fixtures/run/fragments/batch-invoked-lambda/success',
      'fixtures/run/fragments/batch-invoked-lambda/with-defaults-machine',
      'fixtures/run/fragments/demand-execution/job-failure',
      'fixtures/run/fragments/demand-execution/success',
      'fixtures/run/fragments/enclose/default-paths',
      'fixtures/run/fragments/enclose/discard',
      'fixtures/run/fragments/enclose/result-path',
      'fixtures/run/fragments/merge-defaults/check-target-absent',
      'fixtures/run/fragments/merge-defaults/check-target-present',
      'fixtures/run/fragments/merge-defaults/default-result-path',
      'fixtures/run/fragments/merge-defaults/explicit-paths',
      'fixtures/run/fragments/merge-defaults/missing-target',
      'fixtures/run/fragments/merge-defaults/null-target',
      'fixtures/run/fragments/merge-defaults/shallow-prefer-default',
      'fixtures/run/fragments/merge-defaults/shallow-prefer-target',
      'fixtures/run/fragments/merge-defaults/whole-input-target',
      'fixtures/run/fragments/s3/round-trip',
      'fixtures/run/fragments/s3/round-trip-kept',
      'fixtures/run/fragments/submit-job/failure',
      'fixtures/run/fragments/submit-job/success',
      'fixtures/run/fragments/task-with-pre-post-status/failure',
      'fixtures/run/fragments/task-with-pre-post-status/success',
      'fixtures/run/jsonata',
      'fixtures/run/lambda-sqs-integration/happy-path',
      'fixtures/run/lambda-sqs-integration/retry-path',
      'fixtures/run/map-item-selector',
      'fixtures/run/parallel',
      'fixtures/run/plan-mocks/enrich-fails',
      'fixtures/run/plan-mocks/publish-times-out',
      'fixtures/run/plan-mocks/success',
      'fixtures/run/plans/nested-success',
      'fixtures/run/plans/parallel-failure',
      'fixtures/run/plans/retry-succeeds',
      'fixtures/run/plans/sequential-failure',
      'fixtures/run/plans/timeout',
      'fixtures/run/retry-backoff',
      'fixtures/run/s3-round-trip',
      'fixtures/run/timeout',
      'fixtures/run/variables',
    ]);
    expect(verdicts).toHaveLength(cases.length * engines.length);
  });

  for (const c of cases) {
    describe(c.id, () => {
      it('passes on native', () => {
        expect(verdictOf(c.id, 'native')).toMatchObject({ verdict: 'pass' });
      });

      const skip = EMBEDDED_SKIPS[c.id];
      it(skip ? 'is skipped with the reason on embedded' : 'passes on embedded', () => {
        expect(verdictOf(c.id, 'embedded')).toMatchObject(
          skip ? { verdict: 'skipped', reason: skip } : { verdict: 'pass' },
        );
      });

      it('is skipped with a reason on sfn-local and aws here', () => {
        const local = verdictOf(c.id, 'sfn-local');
        if (runtime === true) {
          // a machine with a container runtime really runs Step Functions Local: never a failure
          expect(local?.verdict).not.toBe('fail');
        } else {
          expect(local?.verdict).toBe('skipped');
          expect(local?.reason).toMatch(
            /^(no container runtime: .+|not supported by Step Functions Local: .+|Task state '.+' is served by a stateful mock service.*|the case runs only on native)$/,
          );
        }
        expect(verdictOf(c.id, 'aws')).toMatchObject({
          verdict: 'skipped',
          reason: expect.stringMatching(
            /^(AWS calls need an opt-in: .+|not supported by the aws engine: .+|the case runs only on native)$/,
          ),
        });
      });
    });
  }

  it('fails a case whose expectation is wrong, with the differences', async () => {
    const choice = cases.find((c) => c.id === 'fixtures/run/choice') as RunCase;
    const wrong: RunCase = {
      ...choice,
      expected: {
        status: 'SUCCEEDED',
        output: { size: 'small' },
        states: ['Classify', 'Small', 'Done'],
      },
    };
    const [native, embedded] = await runCases(
      [wrong],
      [createEngine('native'), createEngine('embedded')],
    );
    for (const v of [native, embedded]) {
      expect(v).toMatchObject({
        verdict: 'fail',
        differences: [
          'output/size: expected "small", got "large"',
          'output/amount: unexpected 250',
          'output/country: unexpected "DE"',
          'states: expected Classify → Small → Done, got Classify → Large → Done',
        ],
      });
    }
  });
});
