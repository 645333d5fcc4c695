import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  prepareDemandScaffolding,
  type PrepareDemandScaffoldingResponse,
} from '../../src/scaffolding/index.ts';
import { isRelativeTo } from '../../src/scaffolding/paths/posix-path.ts';
import { exampleContext } from './support.ts';

const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);
const relative = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
const remote = fc
  .tuple(
    fc.constantFrom('bucket', 'other-bucket'),
    fc.array(segment, { minLength: 1, maxLength: 3 }),
  )
  .map(([b, s]) => `s3://${b}/${s.join('/')}`);

const scenario = fc.record({
  executionId: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_-]{0,19}$/),
  inputs: fc.array(fc.tuple(remote, fc.option(relative, { nil: undefined })), { maxLength: 4 }),
  outputs: fc.array(relative, { maxLength: 3 }),
  isolate: fc.boolean(),
  tmp: fc.boolean(),
  scratchPath: fc.constantFrom(undefined, '/opt/scratch', '/work'),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function requestOf(s: Scenario) {
  const params: Record<string, string> = {};
  s.inputs.forEach(
    ([r, local], i) => (params[`IN${i}`] = local === undefined ? r : `${r} @ ${local}`),
  );
  s.outputs.forEach((local, i) => (params[`OUT${i}`] = local));
  return {
    demand_execution: {
      execution_type: 'prop',
      execution_id: s.executionId,
      execution_image: 'image',
      execution_parameters: {
        command: ['run'],
        params,
        inputs: s.inputs.map((_, i) => `IN${i}`),
        outputs: s.outputs.map((_, i) => `OUT${i}`),
        output_s3_prefix: 's3://bucket/out',
      },
      execution_platform: { aws_batch: { job_queue_name: 'q' } },
    },
    file_system_configurations: {
      scratch: s.scratchPath === undefined ? {} : { container_path: s.scratchPath },
      tmp: s.tmp ? [{}] : [],
    },
    context_manager_configuration: { isolate_inputs: s.isolate },
  };
}

/** Volumes of a response: container mount path and EFS (file system, access-point root). */
function volumesOf(response: PrepareDemandScaffoldingResponse, roots: ReadonlyMap<string, string>) {
  const job = response.setup_configs.batch_create_request;
  return job.mount_points.map((mp) => {
    const volume = job.volumes.find((v) => v.name === mp.sourceVolume);
    const ap = volume?.efsVolumeConfiguration.authorizationConfig?.accessPointId ?? '';
    return {
      containerPath: mp.containerPath,
      fileSystemId: volume?.efsVolumeConfiguration.fileSystemId,
      root: roots.get(ap) ?? '/',
    };
  });
}

const ROOTS = new Map([
  ['fsap-00000000000000001', '/'],
  ['fsap-00000000000000002', '/shared'],
  ['fsap-00000000000000003', '/scratch'],
  ['fsap-00000000000000004', '/tmp'],
]);

describe('properties of the response', () => {
  it('every container and EFS path lies inside one of the job volumes', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { response, envFile } = await prepareDemandScaffolding(
          requestOf(s),
          exampleContext(),
        );
        const volumes = volumesOf(response, ROOTS);
        const inContainer = (p: string) => volumes.some((v) => isRelativeTo(p, v.containerPath));
        const onEfs = (e: string) => {
          const [fs, path] = [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 1)];
          return volumes.some((v) => v.fileSystemId === fs && isRelativeTo(path, v.root));
        };
        const env = response.setup_configs.batch_create_request.environment;
        for (const key of ['WORKING_DIR', 'TMPDIR', '_ENVIRONMENT_FILE']) {
          if (env[key] !== undefined) expect(inContainer(env[key]), key).toBe(true);
        }
        for (const value of Object.values(response.demand_execution.execution_parameters.params)) {
          const [a = '', b = ''] = String(value).split(' @ ');
          expect(inContainer(a.startsWith('/') ? a : b)).toBe(true);
        }
        const efsPaths = [
          ...response.setup_configs.data_sync_requests.map((r) => r.destination_path),
          ...response.cleanup_configs.data_sync_requests.map((r) => r.source_path),
          ...response.cleanup_configs.remove_data_paths_requests.flatMap((r) => r.paths),
          ...(envFile === undefined ? [] : [envFile.efsPath]),
        ];
        for (const e of efsPaths) expect(onEfs(e), e).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('two inputs share a local (and EFS) path only when they share a remote', async () => {
    const inputsOnly = scenario.map((s) => ({
      ...s,
      inputs: s.inputs.map(([r]) => [r, undefined] as [string, undefined]),
    }));
    await fc.assert(
      fc.asyncProperty(inputsOnly, async (s) => {
        const { response } = await prepareDemandScaffolding(requestOf(s), exampleContext());
        const syncs = response.setup_configs.data_sync_requests;
        for (let i = 0; i < syncs.length; i++) {
          for (let j = i + 1; j < syncs.length; j++) {
            const sameRemote = syncs[i]?.source_path === syncs[j]?.source_path;
            expect(syncs[i]?.destination_path === syncs[j]?.destination_path).toBe(sameRemote);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
