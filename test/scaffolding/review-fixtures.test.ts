import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../src/util/json.ts';
import { validateAgainstSchema } from '../../src/scaffolding/index.ts';
import { toEnvName } from '../../src/scaffolding/params/env-name.ts';
import { shellQuote } from '../../src/scaffolding/scaffold/env-file.ts';
import { cli, repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';
import { prepareDemandScaffolding } from '../../src/scaffolding/index.ts';
import {
  fixtureContext,
  fixturePath,
  quotePreCommands,
  readFixture,
  runFixture,
} from './support.ts';

/**
 * The fidelity-review fixtures (`fixtures/scaffolding/rev-*`): requests beyond the worked
 * examples, each with the response the reference returns for it (`model-response.json`, and
 * `model.env` holding the reference's env-file bytes) as derived from the reference source
 * (README, "Tests and fixtures"). aslc's outputs are the goldens; they must equal the
 * reference's with only the documented deviations applied.
 */

const golden = (file: string) => `${repoRoot}golden/scaffolding/${file}`;

type Json = Record<string, unknown>;

const SUCCESS = [
  'rev-always-deps', // ALWAYS, small: $NAME dependencies order the file, non-string params
  'rev-always-large', // ALWAYS, large environment, command references one variable
  'rev-camelcase', // every key in camelCase, legacy single-object volumes, notify_on "yes"
  'rev-candidates', // candidate lists for scratch, shared and tmp (CPython seeded choice)
  'rev-gpu-resources', // GPU, "2" / 16384.0 resources, job role, env_base param, pair aliases
  'rev-if-required-large', // IF_REQUIRED above both thresholds: file written
  'rev-never-large', // NEVER with a large environment: everything inline
  'rev-outputs-only-filters', // outputs only, filters, ${…} in remotes, tags + deprecated tag
  'rev-python-numbers', // floats / big ints in params, numbers / true / null as outputs
  'rev-shared-remote-cache', // inputs sharing a remote in the shared cache, payload paths
  'rev-shared-remote-isolated', // inputs sharing a remote, isolated, ${IN}.bai re-resolved
  'rev-unicode', // non-ASCII type, id, command, values and container path
] as const;

const ERRORS = [
  ['rev-ambiguous-fs', 'AmbiguousFileSystem'],
  ['rev-ambiguous-access-point', 'AmbiguousAccessPoint'],
  ['rev-missing-fs', 'FileSystemNotFound'],
  ['rev-empty-object-remote', 'InvalidInputValue'],
  // Deviation 10 (README): an execution id is one plain path segment. The reference accepts
  // these (an absolute id under the scratch access point's root; `..` in the id) and lays out
  // the working folder from them.
  ['rev-absolute-execution-id', 'UnsafeExecutionId'],
  ['rev-dotdot-paths', 'UnsafeExecutionId'],
  // Deviation 10 too: an input's local path outside the working folder (here /etc/x, on a tmp
  // volume mounted at /).
  ['rev-root-mount', 'PathOutsideWorkingDir'],
] as const;

/**
 * Deviation 1 (README): the env value of a plain param that is not a string is its JSON text.
 * Returns env name → value for the request's plain non-string params.
 */
function jsonTextEnvValues(name: string): Map<string, string> {
  const request = readFixture(name, 'request.json') as Json;
  const execution = (request['demand_execution'] ?? request['demandExecution']) as Json;
  const parameters = (execution['execution_parameters'] ??
    execution['executionParameters'] ??
    {}) as Json;
  const params = (parameters['params'] ?? {}) as Json;
  const io = new Set(
    [
      ...((parameters['inputs'] ?? []) as string[]),
      ...((parameters['outputs'] ?? []) as string[]),
    ].map(toEnvName),
  );
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(params)) {
    const env = toEnvName(key);
    if (typeof value !== 'string' && !io.has(env)) values.set(env, JSON.stringify(value));
  }
  return values;
}

/** The reference's response with the documented deviations applied. */
function expectedResponse(name: string): unknown {
  const model = JSON.parse(readFileSync(fixturePath(name, 'model-response.json'), 'utf8')) as Json;
  quotePreCommands(model);
  const setup = model['setup_configs'] as Json;
  const environment = (setup['batch_create_request'] as Json)['environment'] as Json;
  for (const [env, text] of jsonTextEnvValues(name)) {
    if (env in environment) environment[env] = text;
  }
  return model;
}

/** The reference's env file (`export K="V"` lines) with deviations 1 and 3 applied. */
function expectedEnvFile(name: string): string | undefined {
  const path = fixturePath(name, 'model.env');
  if (!existsSync(path)) return undefined;
  const jsonText = jsonTextEnvValues(name);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => {
      const m = /^export ([A-Za-z_][A-Za-z0-9_]*)="(.*)"$/.exec(line);
      if (m === null) throw new Error(`unexpected reference line ${line}`);
      const key = m[1] ?? '';
      return `export ${key}=${shellQuote(jsonText.get(key) ?? m[2] ?? '')}`;
    })
    .join('\n');
}

describe('fidelity-review fixtures (requests beyond the worked examples)', () => {
  it.each([
    // Its execution id, 'batch-7/run-2', is two path segments (deviation 10).
    [
      'rev-volume-lookups',
      (e: Json): void => {
        e['execution_id'] = 'batch-7-run-2';
      },
    ],
    // Its input is synced to /etc/x, outside the working folder (deviation 10).
    [
      'rev-root-mount',
      (e: Json): void => {
        (e['execution_parameters'] as Json)['params'] = { i: 's3://b1x/k @ x' };
      },
    ],
  ] as const)(
    '%s: the volumes and mount points, with the request made safe',
    async (name, safe) => {
      // Access points by ARN, file systems by Name and by ARN, long labels; a tmp volume mounted
      // at / (its condensed label): none of it depends on what was made safe.
      const request = readFixture(name, 'request.json') as Json;
      safe(request['demand_execution'] as Json);
      const { response } = await prepareDemandScaffolding(request, fixtureContext(name));
      const model = expectedResponse(name) as Json;
      const job = (response.setup_configs as unknown as Json)['batch_create_request'] as Json;
      const modelJob = (model['setup_configs'] as Json)['batch_create_request'] as Json;
      expect(job['volumes']).toEqual(modelJob['volumes']);
      expect(job['mount_points']).toEqual(modelJob['mount_points']);
    },
  );

  it.each(SUCCESS)('%s', async (name) => {
    const { response, envFile } = await runFixture(name);
    const text = toCanonicalJson(response);
    expectGolden(golden(`${name}.response.json`), text);
    expect(JSON.parse(text)).toEqual(expectedResponse(name));
    const env = expectedEnvFile(name);
    expect(envFile?.content).toBe(env);
    if (envFile !== undefined) expectGolden(golden(`${name}.env`), envFile.content);
    expect(
      validateAgainstSchema('prepare-demand-scaffolding-response.schema.json', response),
    ).toEqual([]);
  });

  it.each(ERRORS)('%s fails with %s', async (name, code) => {
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
