import { describe, expect, it } from 'vitest';
import {
  parsePrepareDemandScaffoldingRequest,
  ScaffoldingRequestError,
  type RequestIssue,
} from '../../src/scaffolding/index.ts';

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

const minimal = {
  demand_execution: { execution_type: 't', execution_id: 'x', execution_image: 'img' },
};

describe('input conventions (pydantic, spec §1.0)', () => {
  it('applies every default and orders keys canonically', () => {
    const r = parsePrepareDemandScaffoldingRequest(minimal);
    expect(r).toEqual({
      demand_execution: {
        execution_type: 't',
        execution_id: 'x',
        execution_image: 'img',
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
      file_system_configurations: {
        shared: [{}],
        scratch: [{}],
        tmp: [],
        selection_strategy: 'RANDOM',
      },
      context_manager_configuration: {
        isolate_inputs: true,
        cleanup_inputs: true,
        cleanup_working_dir: true,
        env_file_write_mode: 'ALWAYS',
        input_data_sync_configuration: { force: false, size_only: true },
        output_data_sync_configuration: { force: false, size_only: true },
      },
    });
    expect(Object.keys(r.demand_execution.execution_parameters)).toEqual([
      'command',
      'params',
      'inputs',
      'outputs',
      'outputs_metadata',
      'verbosity',
    ]);
  });

  it('accepts camelCase keys, camelCase winning over snake_case', () => {
    const r = parsePrepareDemandScaffoldingRequest({
      demandExecution: {
        executionType: 't',
        execution_id: 'snake',
        executionId: 'camel',
        executionImage: 'img',
        executionPlatform: { awsBatch: { jobQueueName: 'q', jobRole: 'r' } },
      },
      contextManagerConfiguration: { envFileWriteMode: 'NEVER', isolateInputs: false },
    });
    expect(r.demand_execution.execution_id).toBe('camel');
    expect(r.demand_execution.execution_platform).toEqual({
      aws_batch: { job_queue_name: 'q', job_role: 'r' },
    });
    expect(r.context_manager_configuration.env_file_write_mode).toBe('NEVER');
    expect(r.context_manager_configuration.isolate_inputs).toBe(false);
  });

  it('ignores unknown keys and treats null optional fields as absent', () => {
    const r = parsePrepareDemandScaffoldingRequest({
      ...minimal,
      extra: 1,
      demand_execution: {
        ...minimal.demand_execution,
        bogus: true,
        execution_parameters: { output_s3_prefix: null, paramPairOverrides: null },
        execution_metadata: { user: null },
      },
    });
    expect(r.demand_execution.execution_parameters).not.toHaveProperty('output_s3_prefix');
    expect(r.demand_execution.execution_metadata).toEqual({});
    expect(r).not.toHaveProperty('extra');
  });

  it('coerces lax values and drops zero resource requirements', () => {
    const r = parsePrepareDemandScaffoldingRequest({
      demand_execution: {
        ...minimal.demand_execution,
        execution_parameters: { verbosity: 'yes' },
        resource_requirements: { gpu: 0, memory: '8192', vcpus: 4.0 },
      },
      context_manager_configuration: {
        cleanup_inputs: 0,
        input_data_sync_configuration: { force: 'true' },
      },
    });
    expect(r.demand_execution.execution_parameters.verbosity).toBe(true);
    expect(r.demand_execution.resource_requirements).toEqual({ memory: 8192, vcpus: 4 });
    expect(r.context_manager_configuration.cleanup_inputs).toBe(false);
    expect(r.context_manager_configuration.input_data_sync_configuration.force).toBe(true);
  });

  it('turns a single file-system configuration into a list and null tmp into none', () => {
    const r = parsePrepareDemandScaffoldingRequest({
      ...minimal,
      file_system_configurations: { shared: { accessPoint: 'shared' }, tmp: null },
    });
    expect(r.file_system_configurations.shared).toEqual([{ access_point: 'shared' }]);
    expect(r.file_system_configurations.tmp).toEqual([]);
  });

  it('merges the deprecated tag key into tags (tags win)', () => {
    const r = parsePrepareDemandScaffoldingRequest({
      demand_execution: {
        ...minimal.demand_execution,
        execution_metadata: { tag: ['a,b=c', 7], tags: { b: 'kept' } },
      },
    });
    expect(r.demand_execution.execution_metadata.tags).toEqual({ a: 'a', b: 'kept', '7': '7' });
  });

  it('keeps a deprecated tag named __proto__ as a tag, as Python does', () => {
    const r = parsePrepareDemandScaffoldingRequest({
      demand_execution: {
        ...minimal.demand_execution,
        execution_metadata: { tag: ['__proto__=x', 'b'] },
      },
    });
    const tags = r.demand_execution.execution_metadata.tags as Record<string, string>;
    expect(Object.keys(tags).sort()).toEqual(['__proto__', 'b']);
    expect(Object.getOwnPropertyDescriptor(tags, '__proto__')?.value).toBe('x');
  });

  it('merges deprecated pair keys into param_pair_overrides', () => {
    const r = parsePrepareDemandScaffoldingRequest({
      demand_execution: {
        ...minimal.demand_execution,
        execution_parameters: {
          params: { A: 's3://b/a', C: 'c @ s3://b/c' },
          inputs: ['A'],
          outputs: ['C'],
          param_pairs: [{ input: 'A', output: 'C' }],
          input_output_pairs: [{ inputs: ['A', 'A'], outputs: [] }],
        },
      },
    });
    expect(r.demand_execution.execution_parameters.param_pair_overrides).toEqual([
      { input: 'A', output: 'C' },
      { inputs: ['A'], outputs: [] },
    ]);
  });

  it('collapses repeated slashes in S3 prefixes', () => {
    const r = parsePrepareDemandScaffoldingRequest({
      demand_execution: {
        ...minimal.demand_execution,
        execution_parameters: { output_s3_prefix: 's3://b0b//outs//' },
      },
    });
    expect(r.demand_execution.execution_parameters.output_s3_prefix).toBe('s3://b0b/outs/');
  });

  it('reports issues at the path the caller wrote (camelCase, unwrapped lists)', () => {
    expectIssue(
      { demandExecution: { executionType: 1 } },
      '/demandExecution/executionType',
      'InvalidType',
      /expected string, got integer/,
    );
    expectIssue(
      { ...minimal, fileSystemConfigurations: { scratch: { accessPoint: 3 } } },
      '/fileSystemConfigurations/scratch/accessPoint',
      'InvalidType',
    );
  });
});
