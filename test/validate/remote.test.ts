import { describe, expect, it } from 'vitest';
import { createValidateHandler } from '../../src/cli/handlers/validate.ts';
import { createCliContext } from '../../src/cli/context.ts';
import { captureIo } from '../../src/cli/io.ts';
import { validateRemote, type SfnValidateClient } from '../../src/validate/index.ts';
import { fixturesDir } from './support.ts';
import { join } from 'node:path';

type Call = Parameters<SfnValidateClient['validateStateMachineDefinition']>[0];

/** A stub Step Functions client: records calls, answers what the test says. */
function stubClient(
  answer: Awaited<ReturnType<SfnValidateClient['validateStateMachineDefinition']>> | Error,
): {
  client: SfnValidateClient;
  calls: Call[];
} {
  const calls: Call[] = [];
  return {
    calls,
    client: {
      async validateStateMachineDefinition(input) {
        calls.push(input);
        if (answer instanceof Error) throw answer;
        return answer;
      },
    },
  };
}

describe('validateRemote (stubbed client, no network)', () => {
  it('passes the definition, type and WARNING severity, and maps the answer', async () => {
    const { client, calls } = stubClient({
      result: 'FAIL',
      diagnostics: [
        {
          severity: 'ERROR',
          code: 'MISSING_TRANSITION_TARGET',
          message: "Missing 'Next' target: B",
          location: '/States/A/Next',
        },
      ],
      truncated: false,
    });
    const r = await validateRemote('{"x":1}', { type: 'EXPRESS', client });
    expect(calls).toEqual([
      { definition: '{"x":1}', type: 'EXPRESS', severity: 'WARNING', maxResults: 100 },
    ]);
    expect(r).toEqual({
      status: 'FAIL',
      diagnostics: [
        {
          severity: 'ERROR',
          code: 'MISSING_TRANSITION_TARGET',
          message: "Missing 'Next' target: B",
          location: '/States/A/Next',
        },
      ],
      truncated: false,
    });
  });

  it('reports NO_CREDENTIALS when the provider fails, without calling AWS', async () => {
    const r = await validateRemote('{}', {
      credentials: async () => {
        throw new Error('Could not load credentials from any providers');
      },
    });
    expect(r).toEqual({
      status: 'NO_CREDENTIALS',
      message: 'Could not load credentials from any providers',
    });
  });

  it('turns API errors into ERROR instead of throwing', async () => {
    const { client } = stubClient(new Error('AccessDeniedException'));
    expect(await validateRemote('{}', { client })).toEqual({
      status: 'ERROR',
      message: 'AccessDeniedException',
    });
  });
});

async function run(args: string[], deps: Parameters<typeof createValidateHandler>[0]) {
  const io = captureIo({ cwd: join(fixturesDir, 'valid') });
  const ctx = createCliContext(io, { quiet: false, color: false });
  const handler = createValidateHandler(deps);
  const code = await handler(
    { files: args, format: 'text', type: 'STANDARD', allowPlaceholders: false, remote: true },
    ctx,
  );
  return { code, out: io.out(), err: io.err() };
}

describe('aslc validate --remote (stubbed)', () => {
  it('shows AWS result beside ours', async () => {
    const { client, calls } = stubClient({ result: 'OK', diagnostics: [], truncated: false });
    const r = await run(['minimal.asl.json'], {
      remote: { credentials: async () => ({}), client },
    });
    expect(r.code).toBe(0);
    expect(calls).toHaveLength(1);
    expect(r.out).toContain('minimal.asl.json: valid');
    expect(r.out).toContain('minimal.asl.json: AWS ValidateStateMachineDefinition: OK');
  });

  it('prints AWS diagnostics, notes a disagreement and exits 1 when AWS says FAIL', async () => {
    const { client } = stubClient({
      result: 'FAIL',
      diagnostics: [
        {
          severity: 'ERROR',
          code: 'SCHEMA_VALIDATION_FAILED',
          message: 'Field X is not supported',
          location: '/States/Hello',
        },
      ],
      truncated: true,
    });
    const r = await run(['minimal.asl.json'], {
      remote: { credentials: async () => ({}), client },
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'minimal.asl.json:/States/Hello: error SCHEMA_VALIDATION_FAILED (AWS): Field X is not supported',
    );
    expect(r.out).toContain('(AWS truncated its list of diagnostics)');
    expect(r.out).toContain('note: aslc and AWS disagree (aslc: valid, AWS: FAIL)');
  });

  it('says so in one line and continues offline without credentials', async () => {
    const { client, calls } = stubClient({ result: 'OK' });
    const r = await run(['minimal.asl.json'], {
      remote: {
        credentials: async () => {
          throw new Error('no credentials');
        },
        client,
      },
    });
    expect(r.code).toBe(0);
    expect(calls).toHaveLength(0);
    expect(r.err.trim().split('\n')).toEqual([
      'aslc: --remote: no AWS credentials found; validating offline only',
    ]);
    expect(r.out).toContain('minimal.asl.json: valid');
  });
});
