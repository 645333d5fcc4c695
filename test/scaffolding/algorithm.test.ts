import { describe, expect, it } from 'vitest';
import { prepareDemandScaffolding } from '../../src/scaffolding/index.ts';
import { exampleContext, paramsOf, requestWith } from './support.ts';

const run = (request: unknown) => prepareDemandScaffolding(request, exampleContext());

describe('scaffolding algorithm details (spec §2)', () => {
  it('carries include/exclude filters into the syncs and serializes filtered params as objects', async () => {
    const { response } = await run(
      requestWith((e) =>
        Object.assign(paramsOf(e), {
          params: {
            IN: { remote: 's3://bucket/run1/', local: 'aligned', exclude: ['.*\\.bam'] },
            OUT: { local: 'results', remote: 's3://bucket/out/', include: '.*\\.csv', exclude: [] },
            PLAIN: 'p',
          },
          inputs: ['IN'],
          outputs: ['OUT'],
        }),
      ),
    );
    const params = response.demand_execution.execution_parameters.params;
    expect(params['IN']).toEqual({
      local: '/opt/efs/scratch/4dfc6b14-7213-3363-8009-b23c56e3a1b1/aligned',
      remote: 's3://bucket/run1/',
      exclude: ['.*\\.bam'],
      action: 'LOCALIZE',
    });
    expect(params['OUT']).toMatchObject({ include: '.*\\.csv', exclude: [], action: 'DELOCALIZE' });
    expect(response.setup_configs.data_sync_requests[0]).toMatchObject({
      filter_config: { exclude: ['.*\\.bam'] },
      delete: false,
    });
    expect(response.cleanup_configs.data_sync_requests[0]).toMatchObject({
      filter_config: { include: '.*\\.csv' },
      delete: true,
    });
    expect(Object.keys(response.setup_configs.data_sync_requests[0] ?? {}).slice(0, 3)).toEqual([
      'source_path',
      'destination_path',
      'filter_config',
    ]);
  });

  it('uses the scratch tmp directory without a tmp volume and the tmp mount with one', async () => {
    const without = await run(requestWith(() => {}));
    expect(without.response.setup_configs.batch_create_request.environment['TMPDIR']).toBe(
      '/opt/efs/scratch/tmp',
    );
    const withTmp = await run(
      requestWith(
        (_e, r) => (r['file_system_configurations'] = { tmp: [{}], selection_strategy: 'RANDOM' }),
      ),
    );
    const job = withTmp.response.setup_configs.batch_create_request;
    expect(job.environment['TMPDIR']).toBe('/opt/efs/tmp');
    expect(job.mount_points.map((m) => [m.containerPath, m.readOnly])).toEqual([
      ['/opt/efs/scratch', false],
      ['/opt/efs/shared', true],
      ['/opt/efs/tmp', false],
    ]);
  });

  it('puts shared-cache inputs under the shared mount and removes them on clean-up', async () => {
    const { response } = await run(
      requestWith((e, r) => {
        Object.assign(paramsOf(e), { params: { IN: 's3://bucket//key' }, inputs: ['IN'] });
        r['context_manager_configuration'] = { isolate_inputs: false, cleanup_working_dir: false };
      }),
    );
    const [sync] = response.setup_configs.data_sync_requests;
    // the cache key hashes the remote as written; the sync source is the sanitized S3 path
    expect(sync?.source_path).toBe('s3://bucket/key');
    expect(sync?.destination_path).toMatch(/^fs-0123456789abcdef0:\/shared\/[0-9a-f]{64}$/);
    expect(response.cleanup_configs.remove_data_paths_requests).toEqual([
      { paths: [sync?.destination_path] },
    ]);
  });

  it('keeps .. in container paths but normalises their EFS form', async () => {
    const { response } = await run(
      requestWith((e) => Object.assign(paramsOf(e), { params: { O: 'out/../x' }, outputs: ['O'] })),
    );
    expect(response.demand_execution.execution_parameters.params['O']).toBe(
      '/opt/efs/scratch/4dfc6b14-7213-3363-8009-b23c56e3a1b1/out/../x @ s3://bucket/key/out/../x',
    );
    expect(response.cleanup_configs.data_sync_requests[0]?.source_path).toBe(
      'fs-0123456789abcdef0:/scratch/4dfc6b14-7213-3363-8009-b23c56e3a1b1/x',
    );
  });

  it('re-resolves plain params against rewritten inputs', async () => {
    const { response } = await run(
      requestWith((e, r) => {
        Object.assign(paramsOf(e), {
          params: { IN: 's3://bucket/a.bam', IDX: '${IN}.bai' },
          inputs: ['IN'],
        });
        r['context_manager_configuration'] = { env_file_write_mode: 'NEVER' };
      }),
    );
    const env = response.setup_configs.batch_create_request.environment;
    expect(env['IDX']).toBe(`${env['IN']}.bai`);
    expect(response.demand_execution.execution_parameters.params['IDX']).toBe('${IN}.bai');
  });

  it('emits resource requirements GPU, MEMORY, VCPU, the role and the user tag', async () => {
    const { response } = await run(
      requestWith((e) => {
        e['resource_requirements'] = { vcpus: 2, gpu: '1' };
        e['execution_platform'] = {
          aws_batch: { job_queue_name: 'q', job_role: 'arn:aws:iam::1:role/r' },
        };
        e['execution_metadata'] = { user: 'ada' };
      }),
    );
    const job = response.setup_configs.batch_create_request;
    expect(job.resource_requirements).toEqual([
      { type: 'GPU', value: '1' },
      { type: 'VCPU', value: '2' },
    ]);
    expect(job.job_role_arn).toBe('arn:aws:iam::1:role/r');
    expect(job.job_definition_tags).toEqual({ USER: 'ada' });
    expect(job.retry_strategy?.attempts).toBe(5);
    expect(job.privileged).toBe(true);
  });

  it('overwrites a param named env_base in place with the env base', async () => {
    const { response } = await run(
      requestWith((e, r) => {
        Object.assign(paramsOf(e), { params: { env_base: 'mine', Z: 'z' } });
        r['context_manager_configuration'] = { env_file_write_mode: 'NEVER' };
      }),
    );
    const env = response.setup_configs.batch_create_request.environment;
    expect(Object.keys(env)).toEqual([
      'EXECUTION_ID',
      'WORKING_DIR',
      'TMPDIR',
      'ENV_BASE',
      'Z',
      'AWS_REGION',
    ]);
    expect(env['ENV_BASE']).toBe('dev-marmotdev');
  });

  it('writes payload paths per index and keeps NEVER / IF_REQUIRED small environments inline', async () => {
    const { response, envFile } = await run(
      requestWith((e, r) => {
        Object.assign(paramsOf(e), {
          params: { A: 's3://b0b/a', B: 's3://b0b/b' },
          inputs: ['A', 'B'],
        });
        r['context_manager_configuration'] = {
          env_file_write_mode: 'IF_REQUIRED',
          input_data_sync_configuration: { temporary_request_payload_path: 's3://bucket/p' },
        };
      }),
    );
    expect(envFile).toBeUndefined();
    expect(
      response.setup_configs.data_sync_requests.map((r) =>
        'temporary_request_payload_path' in r ? r.temporary_request_payload_path : undefined,
      ),
    ).toEqual(['s3://bucket/p/input_0/', 's3://bucket/p/input_1/']);
  });

  it('picks file-system candidates with CPython seeding, independently per role', async () => {
    const candidates = [
      { access_point: 'scratch' },
      { file_system: 'fs-0fedcba9876543210', access_point: 'scratch-b' },
    ];
    const pick = async (id: string) => {
      const { response } = await run(
        requestWith((e, r) => {
          e['execution_id'] = id;
          r['file_system_configurations'] = { scratch: candidates };
        }),
      );
      return response.setup_configs.batch_create_request.volumes[0]?.efsVolumeConfiguration
        .fileSystemId;
    };
    expect(await pick('exec-0002')).toBe('fs-0fedcba9876543210'); // index 1 (spec §2.3 vectors)
    expect(await pick('exec-0001')).toBe('fs-0123456789abcdef0'); // CPython: index 0
    expect(await pick('exec-0003')).toBe('fs-0fedcba9876543210'); // CPython: index 1
  });
});
