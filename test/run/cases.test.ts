import { afterAll, describe, expect, it } from 'vitest';
import { discoverCases } from '../../src/run/case/discover-cases.ts';
import { loadCase, type RunCase } from '../../src/run/case/load-case.ts';
import { runCases, type CaseVerdict } from '../../src/run/case/harness.ts';
import { createEngine } from '../../src/run/engines.ts';
import { testcontainersRuntime } from '../../src/run/sfn-local/sfn-local-container.ts';
import { repoRoot } from '../support/cli.ts';

/**
 * Every case of fixtures/run on every engine. On this machine (no container runtime, no AWS
 * opt-in) native and embedded run; sfn-local and aws report skipped with their reason.
 */
const cases: RunCase[] = await Promise.all(
  discoverCases([`${repoRoot}fixtures/run`]).map((dir) => loadCase(dir, { root: repoRoot })),
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
};

describe('the execution cases of fixtures/run', () => {
  it('has the cases of issue 6', () => {
    expect(cases.map((c) => c.id)).toStrictEqual([
      'fixtures/run/catch',
      'fixtures/run/choice',
      'fixtures/run/distributed-map-s3',
      'fixtures/run/fail-without-error',
      'fixtures/run/jsonata',
      'fixtures/run/lambda-sqs-integration/happy-path',
      'fixtures/run/lambda-sqs-integration/retry-path',
      'fixtures/run/map-item-selector',
      'fixtures/run/parallel',
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
            /^(no container runtime: .+|not supported by Step Functions Local: .+|Task state '.+' is served by a stateful mock service.*)$/,
          );
        }
        expect(verdictOf(c.id, 'aws')).toMatchObject({
          verdict: 'skipped',
          reason: expect.stringMatching(
            /^(AWS calls need an opt-in: .+|not supported by the aws engine: .+)$/,
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
