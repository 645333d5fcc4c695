import { describe, expect, it } from 'vitest';
import { createScaffoldingHandler } from '../../src/scaffolding/handler.ts';
import {
  createAwsMountResolver,
  createStaticMountResolver,
  parsePrepareDemandScaffoldingRequest,
  prepareDemandScaffolding,
  ScaffoldingRequestError,
} from '../../src/scaffolding/index.ts';
import { exampleContext, paramsOf, readFixture, requestWith } from './support.ts';

const efs = readFixture('ex1-always-env-file', 'environment.json') as {
  file_systems: never[];
  access_points: never[];
};
const resolver = createStaticMountResolver({
  fileSystems: efs.file_systems,
  accessPoints: efs.access_points,
});

function withMode(mode: string, edit: (e: Record<string, unknown>) => void) {
  return requestWith((e, r) => {
    edit(e);
    r['context_manager_configuration'] = { env_file_write_mode: mode };
  });
}

describe('documented deviations (src/scaffolding/README.md)', () => {
  it('1. env values of non-string params are JSON text; params and hash keep the raw values', async () => {
    const { response } = await prepareDemandScaffolding(
      withMode(
        'NEVER',
        (e) => (paramsOf(e)['params'] = { F: true, N: null, L: [1, 'a', null, true], D: '${F}!' }),
      ),
      exampleContext(),
    );
    expect(response.setup_configs.batch_create_request.environment).toMatchObject({
      F: 'true',
      N: 'null',
      L: '[1,"a",null,true]',
      D: 'true!',
    });
    expect(response.demand_execution.execution_parameters.params).toEqual({
      F: true,
      N: null,
      L: [1, 'a', null, true],
      D: '${F}!',
    });
  });

  it('2. IF_REQUIRED compares the UTF-8 bytes of NAME=VALUE lines with 7372.8', async () => {
    const fixed = [
      'EXECUTION_ID=e',
      'WORKING_DIR=/opt/efs/scratch/e',
      'TMPDIR=/opt/efs/scratch/tmp',
    ]
      .map((l) => l.length + 1)
      .reduce((a, b) => a + b, 0);
    const run = (valueBytes: number) =>
      prepareDemandScaffolding(
        withMode('IF_REQUIRED', (e) => {
          e['execution_id'] = 'e';
          paramsOf(e)['params'] = { P: 'é'.repeat(valueBytes / 2) };
        }),
        exampleContext(),
      );
    const over = 7373 - fixed - 'P=\n'.length; // even: 'é' is two bytes
    expect(over % 2).toBe(0);
    expect((await run(over)).envFile).toBeDefined();
    expect((await run(over - 2)).envFile).toBeUndefined();
    // The reference writes a file for 41 params "value" (CPython getsizeof 7391); the port does not.
    const many = await prepareDemandScaffolding(
      withMode('IF_REQUIRED', (e) => {
        e['execution_id'] = 'exec-if-41';
        paramsOf(e)['params'] = Object.fromEntries(
          Array.from({ length: 41 }, (_, i) => [`P${String(i).padStart(3, '0')}`, 'value']),
        );
      }),
      exampleContext(),
    );
    expect(many.envFile).toBeUndefined();
  });

  it('3. the env file is shell-safe: only plain $NAME / ${NAME} expansions survive', async () => {
    const { envFile } = await prepareDemandScaffolding(
      withMode('ALWAYS', (e) => {
        paramsOf(e)['params'] = { EVIL: '$(touch /tmp/pwned)"`id`\\', REF: '$EVIL/x', Q: "it's" };
        paramsOf(e)['command'] = ['run'];
      }),
      exampleContext(),
    );
    expect(envFile?.content.split('\n')).toEqual([
      "export EXECUTION_ID='4dfc6b14-7213-3363-8009-b23c56e3a1b1'",
      "export EVIL='$(touch /tmp/pwned)\"`id`\\'",
      "export Q='it'\\''s'",
      `export REF="\${EVIL}"'/x'`,
    ]);
  });

  it('4. a dangling reference is an error even when another reference resolves', () => {
    const request = requestWith(
      (e) => (paramsOf(e)['params'] = { A: '${B}', B: 'b', C: '${MISSING}' }),
    );
    try {
      parsePrepareDemandScaffoldingRequest(request);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScaffoldingRequestError);
      expect((e as ScaffoldingRequestError).issues[0]).toMatchObject({
        path: '/demand_execution/execution_parameters/params/C',
        code: 'UnresolvedReference',
      });
    }
  });

  it('5. relative container paths are rejected', () => {
    const request = requestWith(
      (_e, r) => (r['file_system_configurations'] = { scratch: { container_path: 'scratch' } }),
    );
    expect(() => parsePrepareDemandScaffoldingRequest(request)).toThrow(
      /expected an absolute container path/,
    );
  });

  it('6. the AWS resolver follows every page of DescribeAccessPoints for a name look-up', async () => {
    const pages = efs.access_points.map((ap, i) => ({
      AccessPoints: [ap],
      ...(i + 1 < efs.access_points.length ? { NextToken: String(i + 1) } : {}),
    }));
    const aws = createAwsMountResolver({
      client: {
        async send(c) {
          const { name, input } = c as { name: string; input: Record<string, string> };
          if (name === 'DescribeFileSystems') return { FileSystems: efs.file_systems };
          return pages[Number(input['NextToken'] ?? '0')];
        },
      },
      commands: {
        describeFileSystems: (input) => ({ name: 'DescribeFileSystems', input }),
        describeAccessPoints: (input) => ({ name: 'DescribeAccessPoints', input }),
      },
    });
    const mount = await aws.resolveMount({
      accessPoint: 'scratch-b',
      mountPath: '/s',
      tags: { env_base: 'dev-marmotdev' },
    });
    expect(mount.accessPointId).toBe('fsap-00000000000000013');
  });

  it('7. host mounts come from EFS_MOUNT_POINT_* variables, also inside Lambda', async () => {
    const written: string[] = [];
    const handle = createScaffoldingHandler({
      env: {
        ENV_BASE: 'dev-marmotdev',
        AWS_REGION: 'us-west-2',
        AWS_LAMBDA_FUNCTION_NAME: 'scaffolding',
        EFS_MOUNT_POINT_PATH_ROOT: '/mnt/efs',
        EFS_MOUNT_POINT_ID_ROOT: 'fsap-00000000000000001',
      },
      resolver,
      isDirectory: () => true,
      writeFile: (path) => written.push(path),
    });
    await handle(readFixture('ex1-always-env-file', 'request.json'));
    expect(written).toEqual(['/mnt/efs/scratch/4dfc6b14-7213-3363-8009-b23c56e3a1b1/.demand.env']);
  });

  it('7. a relative EFS_MOUNT_POINT_PATH is ignored (the reference resolves it against its CWD)', async () => {
    const written: string[] = [];
    const handle = createScaffoldingHandler({
      env: {
        ENV_BASE: 'dev-marmotdev',
        AWS_REGION: 'us-west-2',
        EFS_MOUNT_POINT_PATH_ROOT: 'mnt/efs',
        EFS_MOUNT_POINT_ID_ROOT: 'fsap-00000000000000001',
      },
      resolver,
      isDirectory: () => true,
      writeFile: (path) => written.push(path),
    });
    const response = await handle(readFixture('ex1-always-env-file', 'request.json'));
    expect(written).toEqual([]);
    expect(response.setup_configs.batch_create_request.environment).toHaveProperty('C', 'c');
  });

  it('8. no env file is written when a later step fails', async () => {
    const written: string[] = [];
    const handle = createScaffoldingHandler({
      env: {
        ENV_BASE: 'dev-marmotdev',
        AWS_REGION: 'us-west-2',
        EFS_MOUNT_POINT_PATH_R: '/mnt/efs',
        EFS_MOUNT_POINT_ID_R: 'fsap-00000000000000001',
      },
      resolver,
      isDirectory: () => true,
      writeFile: (path) => written.push(path),
    });
    await expect(handle(readFixture('ex4-input-not-s3', 'request.json'))).rejects.toMatchObject({
      name: 'InvalidInputRemote',
    });
    expect(written).toEqual([]);
  });

  it('9. an event object loses the float-ness of 1.0; its JSON text keeps it', async () => {
    const handle = createScaffoldingHandler({
      env: { ENV_BASE: 'dev-marmotdev', AWS_REGION: 'us-west-2' },
      resolver,
    });
    const text = JSON.stringify(readFixture('ex1-always-env-file', 'request.json')).replace(
      '"C":"c"',
      '"C":1.0',
    );
    const fromText = await handle(text);
    const fromObject = await handle(JSON.parse(text));
    expect(JSON.stringify(fromText.demand_execution.execution_parameters.params)).toContain(
      '"C":1.0',
    );
    expect(JSON.stringify(fromObject.demand_execution.execution_parameters.params)).toContain(
      '"C":1}',
    );
    expect(fromText.setup_configs.batch_create_request.job_name).not.toBe(
      fromObject.setup_configs.batch_create_request.job_name,
    );
  });

  /** The codes a request is refused with, or 'ok'. */
  async function outcome(request: unknown): Promise<string[] | 'ok'> {
    try {
      await prepareDemandScaffolding(request, exampleContext());
      return 'ok';
    } catch (e) {
      if (e instanceof ScaffoldingRequestError) return e.issues.map((i) => i.code);
      return [(e as { code: string }).code];
    }
  }

  it('10. an execution id is one plain path segment, and every local path stays in the working folder', async () => {
    for (const id of [
      '.',
      '..',
      '../shared',
      '*',
      'a b',
      '-x',
      '.hidden',
      'a/b',
      '/scratch/x',
      'é'.repeat(128),
    ]) {
      expect(await outcome(requestWith((e) => (e['execution_id'] = id))), id).toEqual([
        'UnsafeExecutionId',
      ]);
    }
    for (const id of ['exec-1', 'run_2.v3', 'idé', '4dfc6b14-7213-3363-8009-b23c56e3a1b1']) {
      expect(await outcome(requestWith((e) => (e['execution_id'] = id))), id).toBe('ok');
    }
    const input = (value: string) =>
      requestWith((e) => Object.assign(paramsOf(e), { params: { A: value }, inputs: ['A'] }));
    const output = (value: string) =>
      requestWith((e) => Object.assign(paramsOf(e), { params: { C: value }, outputs: ['C'] }));
    expect(await outcome(input('s3://bucket/k @ ../../shared'))).toEqual(['PathOutsideWorkingDir']);
    expect(await outcome(input('s3://bucket/k @ /opt/efs/shared/x'))).toEqual([
      'PathOutsideWorkingDir',
    ]);
    expect(await outcome(output('.. @ s3://bucket/out'))).toEqual(['PathOutsideWorkingDir']);
    expect(await outcome(output('out/../.. @ s3://bucket/out'))).toEqual(['PathOutsideWorkingDir']);
    expect(await outcome(input('s3://bucket/k @ data/../x'))).toBe('ok');
    expect(await outcome(output('. @ s3://bucket/out'))).toBe('ok');
  });

  it('11. the job command quotes its own expansions, so no path expands as a glob or splits', async () => {
    const { response } = await prepareDemandScaffolding(
      withMode('ALWAYS', () => {}),
      exampleContext(),
    );
    const [, , script] = response.setup_configs.batch_create_request.command;
    expect(script).toMatch(
      /^mkdir -p "\$\{WORKING_DIR\}" && mkdir -p "\$\{TMPDIR\}" && cd "\$\{WORKING_DIR\}" && \. "\$\{_ENVIRONMENT_FILE\}" && /,
    );
  });

  it('12. requests are bounded: params, their sizes as written and once references are expanded, nesting', async () => {
    const params = (p: Record<string, unknown>) => requestWith((e) => (paramsOf(e)['params'] = p));
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`P${i}`, 'x']));
    expect(await outcome(params(many))).toEqual(['TooManyParams']);
    expect(await outcome(params({ BIG: 'x'.repeat(300_000) }))).toEqual(['ParamTooLarge']);
    // P_i = ${P_(i-1)}${P_(i-1)}: 2^40 characters if it were built; refused before it is.
    const doubling: Record<string, string> = { P0: 'xxxxxxxx' };
    for (let i = 1; i <= 40; i++) doubling[`P${i}`] = `\${P${i - 1}}\${P${i - 1}}`;
    expect(await outcome(params(doubling))).toEqual(['ParamTooLarge']);
    let deep: unknown = 'x';
    for (let i = 0; i < 2000; i++) deep = [deep];
    expect(await outcome(params({ DEEP: deep }))).toEqual(['RequestTooDeep']);
  });
});
