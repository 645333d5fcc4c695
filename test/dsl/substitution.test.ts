// `sub`: placeholders inside a longer string (issue 13, point 2).
import { describe, expect, test } from 'vitest';
import {
  States,
  chain,
  compile,
  distributedMap,
  integration,
  jsonata,
  lambdaInvoke,
  pass,
  path,
  placeholder,
  stateMachine,
  sub,
  task,
  type Substitution,
  type SubstitutionValue,
} from '../../src/index.ts';
import { dslError } from '../support/dsl-error.ts';

const partition = placeholder('Partition');

describe('sub builds a string with placeholders inside', () => {
  test('as a Task Resource, a payload value and an intrinsic argument', () => {
    const machine = stateMachine({
      definition: chain(
        task('Submit', {
          resource: sub`arn:${partition}:states:::batch:submitJob.sync`,
          parameters: {
            JobName: 'nightly',
            JobQueue: sub`arn:${partition}:batch:us-east-1:123456789012:job-queue/${placeholder('Queue')}`,
            'Key.$': States.Format('{}/{}', sub`s3://${placeholder('Bucket')}/in`, path('$.id')),
          },
          resultPath: null,
        }),
        task('Call', {
          resource: sub`arn:aws:lambda:us-east-1:123456789012:function:${placeholder('LambdaFunctionName')}:$LATEST`,
          resultPath: null,
        }),
      ),
    });
    const { asl, placeholders, diagnostics } = compile(machine);
    expect(placeholders).toEqual(['Bucket', 'LambdaFunctionName', 'Partition', 'Queue']);
    expect(diagnostics).toEqual([]);
    expect(asl.States['Submit']).toStrictEqual({
      Type: 'Task',
      Resource: 'arn:${Partition}:states:::batch:submitJob.sync',
      Parameters: {
        JobName: 'nightly',
        JobQueue: 'arn:${Partition}:batch:us-east-1:123456789012:job-queue/${Queue}',
        'Key.$': "States.Format('{}/{}', 's3://${Bucket}/in', $.id)",
      },
      ResultPath: null,
      Next: 'Call',
    });
    expect(asl.States['Call']).toMatchObject({
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:${LambdaFunctionName}:$LATEST',
    });
  });

  test('folds strings, numbers and other sub strings into the literal text', () => {
    const inner = sub`${placeholder('Env')}-orders`;
    const value = sub`${'table'}/${inner}/v${2}/${placeholder('Region')}`;
    expect(value.parts).toEqual([
      'table/',
      { kind: 'Placeholder', name: 'Env' },
      '-orders/v2/',
      { kind: 'Placeholder', name: 'Region' },
    ]);
    expect(Object.isFrozen(value.parts)).toBe(true);
    const { asl } = compile(
      stateMachine({ definition: pass('P', { result: { table: value }, resultPath: '$.t' }) }),
    );
    expect(asl.States['P']).toMatchObject({
      Result: { table: 'table/${Env}-orders/v2/${Region}' },
    });
  });

  test('in JSONata states, in ItemReader and ResultWriter resources, with a caller-chosen writer', () => {
    const machine = stateMachine({
      queryLanguage: 'JSONata',
      definition: distributedMap('Each', {
        itemReader: {
          resource: sub`arn:${partition}:states:::s3:listObjectsV2`,
          arguments: { Bucket: sub`${placeholder('Env')}-input` },
        },
        resultWriter: {
          resource: sub`arn:${partition}:states:::s3:putObject`,
          arguments: { Bucket: 'out', Prefix: 'results' },
        },
        processor: pass('Item', { output: jsonata('$states.input') }),
      }),
    });
    const seen: string[] = [];
    const { asl } = compile(machine, {
      placeholder: (name, context) => {
        seen.push(`${name}:${context}`);
        return `<${name}>`;
      },
    });
    expect(asl.States['Each']).toMatchObject({
      ItemReader: {
        Resource: 'arn:<Partition>:states:::s3:listObjectsV2',
        Arguments: { Bucket: '<Env>-input' },
      },
      ResultWriter: { Resource: 'arn:<Partition>:states:::s3:putObject' },
    });
    expect(new Set(seen)).toEqual(new Set(['Partition:string', 'Env:string']));
  });

  test('tells a caller-chosen writer when a placeholder sits inside an intrinsic argument', () => {
    const seen: string[] = [];
    compile(
      stateMachine({
        definition: pass('P', {
          parameters: { 'k.$': States.Format('{}', sub`a'${placeholder('X')}`) },
        }),
      }),
      {
        placeholder: (name, context) => {
          seen.push(`${name}:${context}`);
          return name;
        },
      },
    );
    expect(seen).toContain('X:intrinsic');
    const { asl } = compile(
      stateMachine({
        definition: pass('P', {
          parameters: { 'k.$': States.Format('{}', sub`a'{b}${placeholder('X')}`) },
        }),
      }),
    );
    // The literal parts are escaped as a string argument is; the placeholder is left as it is.
    expect(asl.States['P']).toMatchObject({
      Parameters: { 'k.$': "States.Format('{}', 'a\\'\\{b\\}${X}')" },
    });
  });

  test('accepts CDK-style dotted placeholder names', () => {
    const { asl, placeholders } = compile(
      stateMachine({
        definition: task('Get', {
          resource: integration('aws-sdk', 'getObject'),
          parameters: { Bucket: sub`${placeholder('inventoryBucket.bucketName')}` },
        }),
      }),
      { validate: false },
    );
    expect(placeholders).toEqual(['inventoryBucket.bucketName']);
    expect(asl.States['Get']).toMatchObject({
      Parameters: { Bucket: '${inventoryBucket.bucketName}' },
    });
  });
});

describe('sub refuses what no target can write, with coded errors', () => {
  test('a literal ${ in its text, and a $ right before a placeholder', () => {
    const e = dslError(() => sub`arn:\${Partition}:states:::lambda:invoke`);
    expect(e.code).toBe('InvalidSubstitution');
    expect(e.hint).toMatch(/placeholder\('Name'\)/);
    expect(dslError(() => sub`cost $${placeholder('X')}`).code).toBe('InvalidSubstitution');
    // A $ elsewhere is fine ($LATEST).
    expect(() => sub`fn:${placeholder('F')}:$LATEST`).not.toThrow();
  });

  test('interpolations that are not placeholders, strings or numbers', () => {
    const bad: unknown[] = [
      path('$.x'),
      jsonata('$x'),
      States.UUID(),
      null,
      undefined,
      {},
      [],
      () => 'x',
      Symbol('s'),
      10n,
      NaN,
      Infinity,
      { kind: 'Placeholder', name: 'Forged' },
    ];
    for (const value of bad) {
      const e = dslError(() => sub`a${value as SubstitutionValue}b`);
      expect(e.code).toBe('InvalidSubstitution');
      expect(e.hint).toBeDefined();
    }
  });

  test('a call that is not a tagged template', () => {
    const call = sub as unknown as (...args: unknown[]) => Substitution;
    for (const args of [
      ['arn:x'],
      [['a', 'b']],
      [undefined],
      [Object.assign(['a'], { raw: 'a' })],
    ]) {
      expect(dslError(() => call(...args)).code).toBe('InvalidSubstitution');
    }
    // A hand-made strings array with raw text is as good as a template.
    const strings = Object.assign(['arn:', ':x'], { raw: ['arn:', ':x'] });
    expect(call(strings, partition).parts).toEqual(['arn:', partition, ':x']);
  });

  test('a huge number of interpolations is refused at once', () => {
    const n = 100_000;
    const strings = Object.assign(
      Array.from({ length: n + 1 }, () => '-'),
      {
        raw: Array.from({ length: n + 1 }, () => '-'),
      },
    );
    const values = Array.from({ length: n }, () => partition);
    const started = Date.now();
    const e = dslError(() => sub(strings as unknown as TemplateStringsArray, ...values));
    expect(e.code).toBe('InvalidSubstitution');
    expect(e.message).toMatch(/100000 interpolations; at most 1000/);
    expect(Date.now() - started).toBeLessThan(1000);
    // At the limit it works.
    const ok = sub(
      Object.assign(
        Array.from({ length: 1001 }, () => '-'),
        {
          raw: Array.from({ length: 1001 }, () => '-'),
        },
      ) as unknown as TemplateStringsArray,
      ...Array.from({ length: 1000 }, () => partition),
    );
    expect(ok.parts).toHaveLength(2001);
  });

  test('hostile placeholder names', () => {
    for (const name of [
      '',
      '1a',
      'a..b',
      'a.',
      '.a',
      'a-b',
      'AWS::Region',
      '__proto__.x',
      'a b',
      '${x}',
      'x'.repeat(129),
      'é',
      'a\u0000',
    ]) {
      expect(dslError(() => placeholder(name)).code, name).toBe('InvalidPlaceholderName');
    }
    expect(placeholder('a'.repeat(128)).name).toHaveLength(128);
    expect(dslError(() => placeholder('__proto__')).code).toBe('InvalidPlaceholderName');
    expect(placeholder('constructor').name).toBe('constructor');
  });

  test('a Resource that is a sub string starting with neither arn: nor a placeholder', () => {
    const e = dslError(() => task('T', { resource: sub`lambda:${partition}` }));
    expect(e.code).toBe('InvalidResource');
    expect(e.state).toBe('T');
    expect(() => task('T', { resource: sub`${placeholder('FnArn')}:live` })).not.toThrow();
  });

  test('a comment is plain text', () => {
    const e = dslError(() => pass('P', { comment: sub`about ${partition}` as unknown as string }));
    expect(e.code).toBe('InvalidFieldValue');
    expect(lambdaInvoke()).toBe('arn:aws:states:::lambda:invoke');
  });
});
