import { describe, expect, it } from 'vitest';
import {
  parsePrepareDemandScaffoldingRequest,
  ScaffoldingRequestError,
  type RequestIssue,
} from '../../src/scaffolding/index.ts';
import { baseRequest, paramsOf, requestWith } from './support.ts';

function issuesOf(raw: unknown): RequestIssue[] {
  try {
    parsePrepareDemandScaffoldingRequest(raw);
  } catch (e) {
    if (e instanceof ScaffoldingRequestError) return [...e.issues];
    throw e;
  }
  throw new Error('expected the request to be rejected');
}

function expectIssue(raw: unknown, path: string, code: string, message?: RegExp): void {
  const issues = issuesOf(raw);
  const found = issues.find((i) => i.path === path && i.code === code);
  expect(found, JSON.stringify(issues)).toBeDefined();
  if (message !== undefined) expect(found?.message).toMatch(message);
}

describe('request errors (spec §5.1, one test each)', () => {
  it('P1 missing fields', () => {
    expectIssue({}, '/demand_execution', 'MissingField');
    expectIssue(
      { demand_execution: { execution_type: 't' } },
      '/demand_execution/execution_id',
      'MissingField',
    );
    expectIssue(
      { demand_execution: { execution_type: 't' } },
      '/demand_execution/execution_image',
      'MissingField',
    );
    expectIssue(
      requestWith((e) => (e['execution_platform'] = { aws_batch: {} })),
      '/demand_execution/execution_platform/aws_batch/job_queue_name',
      'MissingField',
    );
  });

  it('P2 invalid S3 paths', () => {
    expectIssue(
      requestWith((e) => (paramsOf(e)['output_s3_prefix'] = '/not/s3')),
      '/demand_execution/execution_parameters/output_s3_prefix',
      'InvalidFormat',
      /S3 URI/,
    );
    const r = baseRequest();
    r['context_manager_configuration'] = {
      input_data_sync_configuration: { temporary_request_payload_path: 's3://x' },
    };
    expectIssue(
      r,
      '/context_manager_configuration/input_data_sync_configuration/temporary_request_payload_path',
      'InvalidFormat',
    );
  });

  it('P3 empty shared or scratch candidates', () => {
    const r = baseRequest();
    r['file_system_configurations'] = { shared: [], scratch: null };
    expectIssue(r, '/file_system_configurations/shared', 'InvalidValue', /at least one shared/);
    expectIssue(r, '/file_system_configurations/scratch', 'InvalidValue', /at least one scratch/);
  });

  it('P4 unknown selection strategy', () => {
    const r = baseRequest();
    r['file_system_configurations'] = { selection_strategy: 'LEAST_UTILIZED' };
    expectIssue(r, '/file_system_configurations/selection_strategy', 'InvalidValue', /"RANDOM"/);
  });

  it('P5 invalid env_file_write_mode', () => {
    const r = baseRequest();
    r['context_manager_configuration'] = { env_file_write_mode: 'SOMETIMES' };
    expectIssue(
      r,
      '/context_manager_configuration/env_file_write_mode',
      'InvalidValue',
      /"NEVER", "ALWAYS", "IF_REQUIRED"/,
    );
  });

  it('P6 non-integer resource requirements', () => {
    const r = requestWith((e) => (e['resource_requirements'] = { memory: 'lots', vcpus: 1.5 }));
    expectIssue(
      r,
      '/demand_execution/resource_requirements/memory',
      'InvalidType',
      /expected integer/,
    );
    expectIssue(r, '/demand_execution/resource_requirements/vcpus', 'InvalidType');
  });

  it('P7 tags that are not an object', () => {
    expectIssue(
      requestWith((e) => (e['execution_metadata'] = { tags: 'a=b' })),
      '/demand_execution/execution_metadata/tags',
      'InvalidTags',
      /got string/,
    );
  });

  it('P8 invalid execution ARN or notify_on status', () => {
    expectIssue(
      requestWith(
        (e) => (e['execution_metadata'] = { arn: 'arn:aws:states:us-west-2:1:execution:a:b' }),
      ),
      '/demand_execution/execution_metadata/arn',
      'InvalidFormat',
    );
    expectIssue(
      requestWith((e) => (e['execution_metadata'] = { notify_on: { DONE: true } })),
      '/demand_execution/execution_metadata/notify_on/DONE',
      'InvalidKey',
    );
  });

  it('P9 a param name that is not an env name', () => {
    expectIssue(
      requestWith((e) => (paramsOf(e)['params'] = { '1abc': 'x' })),
      '/demand_execution/execution_parameters/params/1abc',
      'InvalidEnvName',
      /'1ABC'/,
    );
    expectIssue(
      requestWith((e) => (paramsOf(e)['params'] = { 'my param': 'x' })),
      '/demand_execution/execution_parameters/params/my param',
      'InvalidEnvName',
    );
  });

  it('P10 two params with the same env name', () => {
    expectIssue(
      requestWith((e) => (paramsOf(e)['params'] = { X: '1', x: '2' })),
      '/demand_execution/execution_parameters/params/x',
      'ConflictingEnvNames',
      /X \/ x/,
    );
  });

  it('P11 dangling, self and cyclic references', () => {
    for (const params of [{ X: '${Y}' }, { X: '${X}' }, { X: '${Y}', Y: '${x}' }]) {
      expectIssue(
        requestWith((e) => (paramsOf(e)['params'] = params)),
        '/demand_execution/execution_parameters/params/X',
        'UnresolvedReference',
      );
    }
  });

  it('P12 the same env name in inputs and outputs', () => {
    expectIssue(
      requestWith((e) =>
        Object.assign(paramsOf(e), { params: { A: 's3://b/k' }, inputs: ['A'], outputs: ['a'] }),
      ),
      '/demand_execution/execution_parameters/outputs',
      'OverlappingInputsOutputs',
    );
  });

  it('P13 an input with no matching param', () => {
    expectIssue(
      requestWith((e) => Object.assign(paramsOf(e), { inputs: ['MISSING'] })),
      '/demand_execution/execution_parameters/inputs/0',
      'UnknownInputOutput',
      /MISSING/,
    );
  });

  it('P14 an input value that is neither string nor object', () => {
    expectIssue(
      requestWith((e) => Object.assign(paramsOf(e), { params: { A: 5 }, inputs: ['A'] })),
      '/demand_execution/execution_parameters/params/A',
      'InvalidInputType',
      /value 5 is not a dict or str/,
    );
  });

  it('P15 an unparseable input', () => {
    for (const value of [
      's3://b/k @ a b',
      { remote: 's3://b/k' },
      { remote: 's3://b/k', local: 'x', action: 'DELOCALIZE' },
      // core's from_any turns a falsy remote into None, which fails while parsing
      { remote: '', local: 'x' },
    ]) {
      expectIssue(
        requestWith((e) => Object.assign(paramsOf(e), { params: { A: value }, inputs: ['A'] })),
        '/demand_execution/execution_parameters/params/A',
        'InvalidInputValue',
      );
    }
  });

  it('P16 an output without destination nor output prefix', () => {
    expectIssue(
      requestWith((e) => {
        delete paramsOf(e)['output_s3_prefix'];
        Object.assign(paramsOf(e), { params: { C: 'c' }, outputs: ['C'] });
      }),
      '/demand_execution/execution_parameters/params/C',
      'MissingOutputDestination',
      /no destination specified and no output prefix provided/,
    );
  });

  it('P17 an output object missing a field or with the wrong action', () => {
    for (const value of [
      { local: 'c' },
      { local: 'c', remote: 's3://b/c', action: 'LOCALIZE' },
      { local: 'c', remote: '' },
    ]) {
      expectIssue(
        requestWith((e) => Object.assign(paramsOf(e), { params: { C: value }, outputs: ['C'] })),
        '/demand_execution/execution_parameters/params/C',
        'InvalidOutputValue',
      );
    }
  });

  it('P18 param pairs that are not a list (null means absent, as core pops with a None default)', () => {
    expectIssue(
      requestWith((e) => (paramsOf(e)['param_pair_overrides'] = 'A:C')),
      '/demand_execution/execution_parameters/param_pair_overrides',
      'InvalidParamPairs',
    );
    for (const key of ['param_pair_overrides', 'param_pairs', 'input_output_pairs']) {
      const parsed = parsePrepareDemandScaffoldingRequest(
        requestWith((e) => (paramsOf(e)[key] = null)),
      );
      expect(parsed.demand_execution.execution_parameters.param_pair_overrides).toBeUndefined();
    }
    expectIssue(
      requestWith((e) => (paramsOf(e)['param_pairs'] = 'A:C')),
      '/demand_execution/execution_parameters/param_pairs',
      'InvalidParamPairs',
      /param_pairs must be a sequence/,
    );
  });

  it('P19 a pair naming something that is not an input or output', () => {
    expectIssue(
      requestWith((e) =>
        Object.assign(paramsOf(e), {
          params: { A: 's3://b/a', C: 'c' },
          inputs: ['A'],
          outputs: ['C'],
          param_pair_overrides: [{ input: 'A', output: 'Z' }],
        }),
      ),
      '/demand_execution/execution_parameters/param_pair_overrides',
      'UnknownPairParam',
      /Z/,
    );
  });

  it('P20 two pairs with the same output set', () => {
    expectIssue(
      requestWith((e) =>
        Object.assign(paramsOf(e), {
          params: { A: 's3://b/a', B: 's3://b/b', C: 'c' },
          inputs: ['A', 'B'],
          outputs: ['C'],
          param_pair_overrides: [
            { inputs: ['A'], outputs: ['C'] },
            { inputs: ['B'], outputs: ['C'] },
          ],
        }),
      ),
      '/demand_execution/execution_parameters/param_pair_overrides',
      'DuplicateOutputSet',
    );
  });

  it('collects independent problems together', () => {
    const issues = issuesOf({
      demand_execution: { execution_type: 1, execution_metadata: { tags: [] } },
    });
    expect(issues.map((i) => i.code).sort()).toEqual([
      'InvalidTags',
      'InvalidType',
      'MissingField',
      'MissingField',
    ]);
  });
});
