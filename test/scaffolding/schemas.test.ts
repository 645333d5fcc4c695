import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildRetryStrategy,
  createDefinitionAndPrepareArgsRequest,
  createPrepareBatchDataSyncRequest,
  defaultContextManagerConfiguration,
  defaultFileSystemConfigurations,
  parseScaffoldEnvironment,
  ScaffoldingRequestError,
  validateAgainstSchema,
} from '../../src/scaffolding/index.ts';
import { repoRoot } from '../support/cli.ts';

const MODELS = [
  'demand-execution',
  'file-system-configuration',
  'demand-file-system-configurations',
  'env-file-write-mode',
  'data-sync-configuration',
  'context-manager-configuration',
  'data-sync-request',
  'prepare-batch-data-sync-request',
  'remove-data-paths-request',
  'create-definition-and-prepare-args-request',
  'demand-execution-setup-configs',
  'demand-execution-cleanup-configs',
  'prepare-demand-scaffolding-request',
  'prepare-demand-scaffolding-response',
  's3-path',
  'scaffold-environment',
];

describe('JSON Schemas (schemas/scaffolding)', () => {
  it('has one schema per model, all compiling under ajv strict mode', () => {
    const files = readdirSync(`${repoRoot}schemas/scaffolding`).sort();
    expect(files).toEqual(MODELS.map((m) => `${m}.schema.json`).sort());
    for (const m of MODELS)
      expect(() => validateAgainstSchema(`${m}.schema.json`, {})).not.toThrow();
  });

  it('accepts the model defaults and factories', () => {
    expect(
      validateAgainstSchema(
        'demand-file-system-configurations.schema.json',
        defaultFileSystemConfigurations(),
      ),
    ).toEqual([]);
    expect(
      validateAgainstSchema(
        'context-manager-configuration.schema.json',
        defaultContextManagerConfiguration(),
      ),
    ).toEqual([]);
    const sync = createPrepareBatchDataSyncRequest({
      source_path: 's3://bucket/a',
      destination_path: 'fs-1:/a',
    });
    expect(sync).toEqual({
      source_path: 's3://bucket/a',
      destination_path: 'fs-1:/a',
      max_concurrency: 25,
      retain_source_data: true,
      delete: true,
      require_lock: false,
      force: false,
      size_only: false,
      fail_if_missing: true,
      include_detailed_response: false,
      remote_to_local_config: { use_custom_tmp_dir: false },
    });
    expect(validateAgainstSchema('prepare-batch-data-sync-request.schema.json', sync)).toEqual([]);
    expect(validateAgainstSchema('data-sync-request.schema.json', sync)).toEqual([]);
    const job = createDefinitionAndPrepareArgsRequest({
      image: 'i',
      job_definition_name: 'd',
      job_queue_name: 'q',
      retry_strategy: buildRetryStrategy(),
    });
    expect(
      validateAgainstSchema('create-definition-and-prepare-args-request.schema.json', job),
    ).toEqual([]);
    expect(validateAgainstSchema('env-file-write-mode.schema.json', 'ALWAYS')).toEqual([]);
  });

  it('names the field and what was expected', () => {
    expect(validateAgainstSchema('remove-data-paths-request.schema.json', { paths: [1] })).toEqual([
      { path: '/paths/0', code: 'InvalidType', message: 'expected string, got integer' },
    ]);
    expect(validateAgainstSchema('s3-path.schema.json', 's3://b')).toEqual([
      {
        path: '',
        code: 'InvalidFormat',
        message: 'expected an S3 URI s3://<bucket>[/<key>], got "s3://b"',
      },
    ]);
    expect(
      validateAgainstSchema('demand-execution.schema.json', {
        execution_type: 't',
        execution_id: 'i',
        execution_image: 'x',
        execution_parameters: { param_pair_overrides: [{ inputs: 'A', outputs: [] }] },
      }),
    ).toEqual([
      {
        path: '/execution_parameters/param_pair_overrides/0',
        code: 'InvalidValue',
        message: expect.stringContaining('expected a ParamPair'),
      },
    ]);
  });

  it('parses the CLI environment file with defaults and paths in errors', () => {
    expect(parseScaffoldEnvironment({ env_base: 'dev-x', region: 'us-west-2' })).toEqual({
      env_base: 'dev-x',
      region: 'us-west-2',
      file_systems: [],
      access_points: [],
      env_file_writable: true,
    });
    expect(() =>
      parseScaffoldEnvironment({ env_base: 'dev-x', region: 'us-west-2', access_points: [{}] }),
    ).toThrow(ScaffoldingRequestError);
  });
});
