import { describe, expect, it } from 'vitest';
import { checkName, expandName, pascalCase, snakeCase } from '../../src/iac/names.ts';

describe('names', () => {
  it.each([
    ['ProcessFunctionArn', 'process_function_arn', 'ProcessFunctionArn'],
    ['demand-execution', 'demand_execution', 'DemandExecution'],
    ['hello.world_v2', 'hello_world_v2', 'HelloWorldV2'],
    ['S3BucketName', 's3_bucket_name', 'S3BucketName'],
    ['URLValue', 'url_value', 'URLValue'],
  ])('%s → %s / %s', (name, snake, pascal) => {
    expect(snakeCase(name)).toBe(snake);
    expect(pascalCase(name)).toBe(pascal);
  });

  it('expands {workflow} and {env} through the field adapter', () => {
    expect(
      expandName(
        '{workflow}-{env}',
        { workflow: 'a.b', env: 'dev' },
        (s) => s.replace('.', '-'),
        'x',
      ),
    ).toBe('a-b-dev');
  });

  it('needs an environment for {env}', () => {
    expect(() =>
      expandName(
        '{workflow}-{env}',
        { workflow: 'a', env: undefined },
        (s) => s,
        'stateMachineName',
      ),
    ).toThrow(/uses \{env\}/);
  });

  it('checks the result', () => {
    expect(() => checkName('a b', /^[a-z]+$/, 'resourceName', 'w')).toThrow(
      /resourceName 'a b' of workflow 'w' is invalid/,
    );
  });
});
