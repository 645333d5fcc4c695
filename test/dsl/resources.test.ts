// One way to ask for a callback across the resource helpers (issue 13, point 2): an options
// object with waitForTaskToken: true; .sync as { sync: true } / { sync: 2 }. The positional
// pattern strings stay as deprecated aliases.
import { describe, expect, test } from 'vitest';
import {
  awsSdk,
  httpInvoke,
  integration,
  lambdaInvoke,
  placeholder,
  sub,
  type IntegrationOptions,
  type IntegrationPattern,
} from '../../src/index.ts';
import { dslError } from '../support/dsl-error.ts';

describe('resource helpers take the integration pattern as options', () => {
  test('waitForTaskToken: true, the same on all three helpers', () => {
    expect(integration('sqs', 'sendMessage', { waitForTaskToken: true })).toBe(
      'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
    );
    expect(lambdaInvoke({ waitForTaskToken: true })).toBe(
      'arn:aws:states:::lambda:invoke.waitForTaskToken',
    );
    expect(awsSdk('s3', 'getObject', { waitForTaskToken: true })).toBe(
      'arn:aws:states:::aws-sdk:s3:getObject.waitForTaskToken',
    );
    expect(lambdaInvoke({ waitForTaskToken: false })).toBe('arn:aws:states:::lambda:invoke');
  });

  test('sync: true and sync: 2, with the partition in the same object', () => {
    expect(integration('batch', 'submitJob', { sync: true })).toBe(
      'arn:aws:states:::batch:submitJob.sync',
    );
    expect(integration('states', 'startExecution', { sync: 2, partition: 'aws-cn' })).toBe(
      'arn:aws-cn:states:::states:startExecution.sync:2',
    );
    expect(integration('ecs', 'runTask', { sync: false })).toBe('arn:aws:states:::ecs:runTask');
    expect(lambdaInvoke({ partition: 'aws-us-gov' })).toBe('arn:aws-us-gov:states:::lambda:invoke');
    expect(httpInvoke()).toBe('arn:aws:states:::http:invoke');
  });

  test('the deprecated positional forms still work and give the same ARNs', () => {
    const patterns: [IntegrationPattern, IntegrationOptions][] = [
      ['sync', { sync: true }],
      ['sync:2', { sync: 2 }],
      ['waitForTaskToken', { waitForTaskToken: true }],
    ];
    for (const [pattern, options] of patterns) {
      expect(integration('states', 'startExecution', pattern)).toBe(
        integration('states', 'startExecution', options),
      );
      expect(integration('states', 'startExecution', pattern, { partition: 'aws-cn' })).toBe(
        integration('states', 'startExecution', { ...options, partition: 'aws-cn' }),
      );
    }
    expect(integration('lambda', 'invoke', undefined, { partition: 'aws-cn' })).toBe(
      'arn:aws-cn:states:::lambda:invoke',
    );
    expect(lambdaInvoke('waitForTaskToken')).toBe(lambdaInvoke({ waitForTaskToken: true }));
    expect(lambdaInvoke('waitForTaskToken', { partition: 'aws-cn' })).toBe(
      'arn:aws-cn:states:::lambda:invoke.waitForTaskToken',
    );
    expect(lambdaInvoke(undefined, { partition: 'aws-cn' })).toBe(
      'arn:aws-cn:states:::lambda:invoke',
    );
  });

  test('misuse is an InvalidResource or ConflictingFields error with a hint', () => {
    const cases: [() => unknown, string, RegExp][] = [
      [
        () => integration('batch', 'submitJob', { sync: true, waitForTaskToken: true }),
        'ConflictingFields',
        /one integration pattern/,
      ],
      [
        () => awsSdk('s3', 'getObject', { sync: true } as never),
        'InvalidResource',
        /waitForTaskToken/,
      ],
      [() => lambdaInvoke({ sync: true } as never), 'InvalidResource', /request-response/],
      [
        () => integration('sqs', 'sendMessage', { waitForTaskTokens: true } as never),
        'InvalidResource',
        /did you mean 'waitForTaskToken'/,
      ],
      [() => integration('sqs', 'sendMessage', { sync: 3 } as never), 'InvalidResource', /sync: 2/],
      [
        () => integration('sqs', 'sendMessage', { waitForTaskToken: 'yes' } as never),
        'InvalidResource',
        /true/,
      ],
      [
        () => integration('sqs', 'sendMessage', 'callback' as never),
        'InvalidResource',
        /waitForTaskToken: true/,
      ],
      [
        () => lambdaInvoke('sync' as never),
        'InvalidResource',
        /lambdaInvoke\(\{ waitForTaskToken: true \}\)/,
      ],
      [() => integration('sqs', 'sendMessage', { partition: 'azure' }), 'InvalidResource', /'aws'/],
    ];
    for (const [build, code, hint] of cases) {
      const e = dslError(build);
      expect(e.code).toBe(code);
      expect(e.hint).toMatch(hint);
    }
  });

  test('httpInvoke refuses waitForTaskToken, sync and unknown options', () => {
    for (const options of [
      { waitForTaskToken: true },
      { sync: true },
      { waitForTaskToken: false },
    ]) {
      const e = dslError(() => httpInvoke(options as never));
      expect(e.code).toBe('InvalidResource');
      expect(e.hint).toMatch(/request-response/);
    }
    const e = dslError(() => httpInvoke({ Partition: 'aws' } as never));
    expect(e.code).toBe('InvalidResource');
    expect(e.hint).toMatch(/did you mean 'partition'/);
    expect(httpInvoke({ partition: 'aws-cn' })).toBe('arn:aws-cn:states:::http:invoke');
  });

  test('a deploy-time partition is described, with a hint to write the Resource with sub', () => {
    for (const partition of [placeholder('P'), sub`a${placeholder('P')}`]) {
      const e = dslError(() =>
        integration('sqs', 'sendMessage', { partition: partition as never }),
      );
      expect(e.code).toBe('InvalidResource');
      expect(e.message).not.toContain('[object Object]');
      expect(e.hint).toMatch(/sub`arn:\$\{placeholder\('Partition'\)\}:states:::/);
    }
    expect(dslError(() => httpInvoke({ partition: placeholder('P') as never })).message).toContain(
      "placeholder('P')",
    );
  });
});
