import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../support/cli.ts';
import { fixturePath } from './support.ts';

const env = fixturePath('ex2-inputs-outputs', 'environment.json');
const request = fixturePath('ex2-inputs-outputs', 'request.json');

describe('aslc scaffold', () => {
  it('prints the response as canonical JSON (the golden)', async () => {
    const r = await cli(['scaffold', request, '--environment', env]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      readFileSync(`${repoRoot}golden/scaffolding/ex2-inputs-outputs.response.json`, 'utf8'),
    );
  });

  it('resolves relative paths against the working directory and reads - from stdin', async () => {
    const r = await cli(
      ['scaffold', '-', '-e', 'fixtures/scaffolding/ex2-inputs-outputs/environment.json'],
      {
        stdin: readFileSync(request, 'utf8'),
      },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty(
      'setup_configs.batch_create_request.job_queue_name',
      'queue',
    );
  });

  it('writes the env file with --write-env-file, and says so when there is none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-scaffold-'));
    const target = join(dir, 'nested', '.demand.env');
    const r = await cli(['scaffold', request, '-e', env, '--write-env-file', target]);
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(
      readFileSync(`${repoRoot}golden/scaffolding/ex2-inputs-outputs.env`, 'utf8'),
    );

    const never = join(dir, 'never.env');
    const n = await cli([
      'scaffold',
      fixturePath('ex3-shared-cache-never', 'request.json'),
      '-e',
      fixturePath('ex3-shared-cache-never', 'environment.json'),
      '--write-env-file',
      never,
    ]);
    expect(n.code).toBe(0);
    expect(existsSync(never)).toBe(false);
    expect(n.stderr).toMatch(/no env file for this request/);
  });

  it('keeps the environment inline when env_file_writable is false', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-scaffold-'));
    const readOnly = join(dir, 'env.json');
    writeFileSync(
      readOnly,
      JSON.stringify({ ...JSON.parse(readFileSync(env, 'utf8')), env_file_writable: false }),
    );
    const r = await cli(['scaffold', request, '-e', readOnly]);
    const environment = JSON.parse(r.stdout).setup_configs.batch_create_request.environment;
    expect(environment).not.toHaveProperty('_ENVIRONMENT_FILE');
    expect(environment['A']).toBe('/opt/efs/scratch/exec-0001/tmp558ca153');
  });

  it('prints every problem of a bad request with its field path, exit 1', async () => {
    const r = await cli(['scaffold', '-', '-e', env], {
      stdin: JSON.stringify({ demandExecution: { executionType: 7, executionImage: 'i' } }),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'aslc: <stdin>: MissingField: /demandExecution/execution_id: required field is missing',
      'aslc: <stdin>: InvalidType: /demandExecution/executionType: expected string, got integer',
    ]);
  });

  it('reports a bad environment file with paths, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-scaffold-'));
    const bad = join(dir, 'env.json');
    writeFileSync(bad, JSON.stringify({ env_base: 'dev-x', file_systems: [{}] }));
    const r = await cli(['scaffold', request, '-e', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('MissingField: /region');
    expect(r.stderr).toContain('MissingField: /file_systems/0/FileSystemId');
  });

  it('attributes a bad env base or region to the environment file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-scaffold-'));
    const bad = join(dir, 'env.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...JSON.parse(readFileSync(env, 'utf8')), region: 'me-south-1' }),
    );
    const r = await cli(['scaffold', request, '-e', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `aslc: ${bad}: InvalidRegion: region "me-south-1" is not a valid AWS region.\n`,
    );
  });

  it('fails with one line for a missing or non-JSON file, exit 1', async () => {
    const missing = await cli(['scaffold', 'nope.json', '-e', env]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(
      'aslc: nope.json: FileNotFound: cannot read it: no such file or folder.',
    );
    const dir = mkdtempSync(join(tmpdir(), 'aslc-scaffold-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"demand_execution": ');
    const invalid = await cli(['scaffold', broken, '-e', env]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr.trim().split('\n')).toHaveLength(1);
    expect(invalid.stderr).toMatch(/InvalidJson: not valid JSON \(line 1, column \d+\)/);
  });

  it('is a usage error (exit 2) without --environment or with extra arguments', async () => {
    expect((await cli(['scaffold', request])).code).toBe(2);
    expect((await cli(['scaffold', request, 'extra', '-e', env])).code).toBe(2);
    expect((await cli(['scaffold'])).code).toBe(2);
  });
});
