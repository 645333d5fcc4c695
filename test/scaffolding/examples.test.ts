import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../src/util/json.ts';
import {
  buildRetryStrategy,
  createDefinitionAndPrepareArgsRequest,
  createPrepareBatchDataSyncRequest,
  parsePrepareDemandScaffoldingRequest,
  validateAgainstSchema,
  type PrepareDemandScaffoldingResponse,
} from '../../src/scaffolding/index.ts';
import { shellQuote } from '../../src/scaffolding/scaffold/env-file.ts';
import { cli, repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';
import { fixturePath, quotePreCommands, readFixture, runFixture } from './support.ts';

const golden = (file: string) => `${repoRoot}golden/scaffolding/${file}`;

type Json = Record<string, unknown>;

/** Sets `value` at a key path of a parsed JSON document. */
function setAt(doc: Json, path: readonly string[], value: unknown): void {
  const last = path[path.length - 1] ?? '';
  const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, doc);
  parent[last] = value;
}

/** The spec's expected response with the port's documented deviations applied. */
function specResponse(name: string, deviations: (r: Json) => void = () => {}): unknown {
  const expected = JSON.parse(
    readFileSync(fixturePath(name, 'spec-response.json'), 'utf8'),
  ) as Json;
  quotePreCommands(expected);
  deviations(expected);
  return expected;
}

/** The spec's reference env file (`export K="V"` lines) re-quoted shell-safely (decision (c)). */
function specEnvFile(name: string): string {
  return readFileSync(fixturePath(name, 'spec-reference.env'), 'utf8')
    .split('\n')
    .map((line) => {
      const m = /^export ([A-Z_][A-Z0-9_]*)="(.*)"$/.exec(line);
      if (m === null) throw new Error(`unexpected reference line ${line}`);
      return `export ${m[1]}=${shellQuote(m[2] ?? '')}`;
    })
    .join('\n');
}

describe('worked examples (spec §4)', () => {
  it('EX0: the response envelope and model defaults', () => {
    const response: PrepareDemandScaffoldingResponse = {
      demand_execution: {
        execution_type: 'demand',
        execution_id: '4dfc6b14-7213-3363-8009-b23c56e3a1b1',
        execution_image: 'image',
        execution_parameters: {
          command: [],
          params: {},
          inputs: [],
          outputs: [],
          outputs_metadata: {},
          verbosity: false,
        },
        execution_metadata: {},
        execution_platform: {},
        resource_requirements: {},
      },
      setup_configs: {
        data_sync_requests: [
          createPrepareBatchDataSyncRequest({
            source_path: 's3://bucket/src',
            destination_path: 's3://bucket/dst',
            temporary_request_payload_path: 's3://bucket/tmp',
          }),
        ],
        batch_create_request: createDefinitionAndPrepareArgsRequest({
          image: 'image',
          job_definition_name: 'job_definition_name',
          job_queue_name: 'job_queue_name',
          job_name: 'job_name',
          command: ['command'],
          environment: { key: 'value' },
          retry_strategy: buildRetryStrategy(5),
        }),
      },
      cleanup_configs: { data_sync_requests: [], remove_data_paths_requests: [] },
    };
    const text = toCanonicalJson(response);
    expectGolden(golden('ex0-envelope.response.json'), text);
    expect(JSON.parse(text)).toEqual(specResponse('ex0-envelope'));
    expect(
      validateAgainstSchema('prepare-demand-scaffolding-response.schema.json', response),
    ).toEqual([]);
  });

  it('EX0: the mocked-builder request itself stops at the empty command', async () => {
    const r = await cli([
      'scaffold',
      fixturePath('ex0-envelope', 'request.json'),
      '-e',
      fixturePath('ex0-envelope', 'environment.json'),
    ]);
    expect(r.code).toBe(1);
    expectGolden(golden('ex0-envelope.error.txt'), r.stderr.replaceAll(repoRoot, ''));
  });

  it('EX1: plain params, defaults, env file ALWAYS', async () => {
    const { response, envFile } = await runFixture('ex1-always-env-file');
    expectGolden(golden('ex1-always-env-file.response.json'), toCanonicalJson(response));
    expectGolden(golden('ex1-always-env-file.env'), envFile?.content ?? '');
    expect(response).toEqual(specResponse('ex1-always-env-file'));
    expect(envFile).toMatchObject({
      efsPath: 'fs-0123456789abcdef0:/scratch/4dfc6b14-7213-3363-8009-b23c56e3a1b1/.demand.env',
      containerPath: '/opt/efs/scratch/4dfc6b14-7213-3363-8009-b23c56e3a1b1/.demand.env',
      content: specEnvFile('ex1-always-env-file'),
    });
  });

  it('EX2: inputs and outputs, isolated inputs, env file ALWAYS', async () => {
    const { response, envFile } = await runFixture('ex2-inputs-outputs');
    expectGolden(golden('ex2-inputs-outputs.response.json'), toCanonicalJson(response));
    expectGolden(golden('ex2-inputs-outputs.env'), envFile?.content ?? '');
    expect(response).toEqual(specResponse('ex2-inputs-outputs'));
    expect(envFile?.efsPath).toBe('fs-0123456789abcdef0:/scratch/exec-0001/.demand.env');
    expect(envFile?.content).toBe(specEnvFile('ex2-inputs-outputs'));
  });

  it('EX3: shared cache, tmp volume, candidate lists, NEVER, payload paths', async () => {
    const { response, envFile } = await runFixture('ex3-shared-cache-never');
    expectGolden(golden('ex3-shared-cache-never.response.json'), toCanonicalJson(response));
    expect(envFile).toBeUndefined();
    // Deviation 1 (README): FLAG is JSON text "true", not Python's "True".
    const expected = specResponse('ex3-shared-cache-never', (r) => {
      setAt(r, ['setup_configs', 'batch_create_request', 'environment', 'FLAG'], 'true');
    });
    expect(response).toEqual(expected);
  });

  it('responses and parsed requests validate against their schemas', async () => {
    for (const name of ['ex1-always-env-file', 'ex2-inputs-outputs', 'ex3-shared-cache-never']) {
      const { response } = await runFixture(name);
      expect(
        validateAgainstSchema('prepare-demand-scaffolding-response.schema.json', response),
      ).toEqual([]);
      const parsed = parsePrepareDemandScaffoldingRequest(readFixture(name, 'request.json'));
      expect(
        validateAgainstSchema('prepare-demand-scaffolding-request.schema.json', parsed),
      ).toEqual([]);
    }
  });

  it.each([
    ['ex4-empty-command', 'MissingCommand'],
    ['ex4-no-batch-platform', 'MissingBatchPlatform'],
    ['ex4-name-budget', 'NameBudgetExceeded'],
    ['ex4-input-not-s3', 'InvalidInputRemote'],
    ['ex4-empty-scratch', 'InvalidValue'],
    ['ex4-unknown-access-point', 'AccessPointNotFound'],
    ['ex4-working-dir-conflict', 'EnvironmentConflict'],
    ['ex4-circular-env', 'CircularEnvDependency'],
  ])('EX4 %s fails with %s', async (name, code) => {
    const r = await cli([
      'scaffold',
      fixturePath(name, 'request.json'),
      '--environment',
      fixturePath(name, 'environment.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`: ${code}: `);
    expectGolden(golden(`${name}.error.txt`), r.stderr.replaceAll(repoRoot, ''));
  });
});
