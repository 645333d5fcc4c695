import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli.ts';

const CHOICE = 'fixtures/run/choice/definition.asl.json';
const RETRY = 'fixtures/run/retry-backoff/definition.asl.json';
const env = { SFN_E2E_AWS: undefined, SFN_LOCAL_DISABLE: undefined };

/** The one JSON object `aslc run` prints. */
function result(stdout: string): unknown {
  const lines = stdout.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] ?? '');
}

describe('aslc run', () => {
  it('prints exactly one JSON object with status, output, error and cause', async () => {
    const r = await cli(['run', CHOICE, '--input', '{"amount": 5, "country": "FR"}'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(result(r.stdout)).toStrictEqual({
      status: 'SUCCEEDED',
      output: { amount: 5, country: 'FR', size: 'small' },
      error: null,
      cause: null,
    });
  });

  it('reads --input from a file when one exists at that path, or from stdin with -', async () => {
    const file = await cli(['run', CHOICE, '--input', 'fixtures/run/choice/input.json'], { env });
    expect(result(file.stdout)).toMatchObject({ output: { size: 'large' } });
    const stdin = await cli(['run', CHOICE, '--input', '-'], { env, stdin: '{"amount": 50}' });
    expect(result(stdin.stdout)).toMatchObject({ output: { amount: 50, size: 'medium' } });
    const none = await cli(['run', 'fixtures/run/fail-without-error/definition.asl.json'], { env });
    expect(none.code).toBe(0);
  });

  it('exits 1 for input that is neither a file nor JSON, or not JSON', async () => {
    const r = await cli(['run', CHOICE, '--input', 'missing.json'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /InvalidInput: --input 'missing\.json' is neither an existing file nor valid JSON/,
    );
    const bad = await cli(['run', CHOICE, '--input', '-'], { env, stdin: '{"a":' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /<stdin>: InvalidInput: the input is not valid JSON \(line 1, column 6\)/,
    );
  });

  it('reports failed and timed-out executions with exit 0', async () => {
    const failed = await cli(['run', 'fixtures/run/fail-without-error/definition.asl.json'], {
      env,
    });
    expect(failed.code).toBe(0);
    expect(result(failed.stdout)).toStrictEqual({
      status: 'FAILED',
      output: null,
      error: null,
      cause: null,
    });
    const timedOut = await cli(
      ['run', 'fixtures/run/timeout/definition.asl.json', '--engine', 'embedded'],
      { env },
    );
    expect(timedOut.code).toBe(0);
    expect(result(timedOut.stdout)).toStrictEqual({
      status: 'TIMED_OUT',
      output: null,
      error: null,
      cause: null,
    });
  });

  it('refuses a Task without mocks (exit 1) and serves it from --mocks', async () => {
    const unmocked = await cli(['run', RETRY], { env });
    expect(unmocked.code).toBe(1);
    expect(unmocked.stdout).toBe('');
    expect(unmocked.stderr).toMatch(
      /TaskWithoutMock: Task state 'Charge' needs a mock: this engine never calls AWS/,
    );
    const mocked = await cli(
      ['run', RETRY, '--mocks', 'fixtures/run/retry-backoff/mocks.json', '--input', '{}'],
      { env },
    );
    expect(mocked.code).toBe(0);
    expect(result(mocked.stdout)).toStrictEqual({
      status: 'SUCCEEDED',
      output: { charge: { receipt: 'r-42' } },
      error: null,
      cause: null,
    });
  });

  it('selects the test case, and treats a missing or unknown one as a usage error', async () => {
    const base = [
      'run',
      'fixtures/run/lambda-sqs-integration/definition.asl.json',
      '--mocks',
      'fixtures/run/lambda-sqs-integration/mocks.json',
    ];
    const retry = await cli([...base, '--test-case', 'RetryPath', '--events'], { env });
    expect(retry.code).toBe(0);
    expect(result(retry.stdout)).toMatchObject({ status: 'SUCCEEDED' });
    expect(retry.stderr).toBe('entered LambdaState\nentered SQSState\n');
    const ambiguous = await cli(base, { env });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(
      /several test cases \('HappyPath', 'RetryPath', 'HybridPath'\)/,
    );
    expect((await cli([...base, '--test-case', 'Nope'], { env })).code).toBe(2);
    expect((await cli(['run', CHOICE, '--test-case', 'X'], { env })).code).toBe(2);
    const hybrid = await cli([...base, '--test-case', 'HybridPath'], { env });
    expect(hybrid.code).toBe(1);
    expect(hybrid.stderr).toMatch(/Task state 'SQSState' has no mock in test case 'HybridPath'/);
  });

  it('exits 1 when the engine cannot run the workflow, with the reason on stderr', async () => {
    const r = await cli(
      [
        'run',
        'fixtures/run/jsonata/definition.asl.json',
        '--engine',
        'embedded',
        '--mocks',
        'fixtures/run/jsonata/mocks.json',
      ],
      { env },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'aslc: the embedded engine cannot run this workflow: not supported by the embedded engine: QueryLanguage JSONata at the top level\n',
    );
    const local = await cli(['run', CHOICE, '--engine', 'sfn-local'], {
      env: { SFN_LOCAL_DISABLE: '1' },
    });
    expect(local.code).toBe(1);
    expect(local.stderr).toMatch(
      /the sfn-local engine cannot run this workflow: disabled by SFN_LOCAL_DISABLE=1/,
    );
    const aws = await cli(['run', CHOICE, '--engine', 'aws'], { env });
    expect(aws.code).toBe(1);
    expect(aws.stderr).toMatch(/AWS calls need an opt-in/);
  });

  it('exits 2 for a wrong command line and 1 for a missing workflow', async () => {
    expect((await cli(['run', CHOICE, '--engine', 'local'], { env })).code).toBe(2);
    expect((await cli(['run'], { env })).code).toBe(2);
    expect((await cli(['run', CHOICE, '--type', 'FAST'], { env })).code).toBe(2);
    const missing = await cli(['run', 'nope.asl.json'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.asl\.json: FileNotFound/);
  });

  it('sets the execution name and the workflow type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-run-'));
    const def = join(dir, 'wf.asl.json');
    writeFileSync(
      def,
      JSON.stringify({
        StartAt: 'Who',
        States: {
          Who: { Type: 'Pass', Parameters: { 'name.$': '$$.Execution.Name' }, Next: 'Nap' },
          Nap: { Type: 'Wait', Seconds: 400, End: true },
        },
      }),
    );
    for (const engine of ['native', 'embedded']) {
      const named = await cli(['run', def, '--execution-name', 'nightly', '--engine', engine], {
        env,
      });
      expect(result(named.stdout)).toMatchObject({
        status: 'SUCCEEDED',
        output: { name: 'nightly' },
      });
      const express = await cli(['run', def, '--type', 'EXPRESS', '--engine', engine], { env });
      expect(result(express.stdout), engine).toMatchObject({ status: 'TIMED_OUT' });
    }
  });

  it('waits for real with --real-time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-run-'));
    const def = join(dir, 'wait.asl.json');
    writeFileSync(
      def,
      JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, End: true } } }),
    );
    const started = Date.now();
    const r = await cli(['run', def, '--real-time'], { env });
    expect(result(r.stdout)).toMatchObject({ status: 'SUCCEEDED' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});
