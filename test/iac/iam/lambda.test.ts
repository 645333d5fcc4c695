import { describe, expect, it } from 'vitest';
import { jsonata, lambdaInvoke, path, placeholder } from '../../../src/index.ts';
import { allow, statementsFor } from './support.ts';

const invoke = (FunctionName: unknown) =>
  statementsFor({
    resource: lambdaInvoke(),
    parameters: { FunctionName, 'Payload.$': '$' } as never,
  });

describe('IAM: Lambda', () => {
  it('narrows a full ARN to the function and its versions and aliases', () => {
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:charge';
    expect(invoke(arn).statements).toEqual([allow(['lambda:InvokeFunction'], [arn, `${arn}:*`])]);
  });

  it('keeps a qualified ARN as it is', () => {
    const arn = 'arn:aws:lambda:us-east-1:123456789012:function:charge:prod';
    expect(invoke(arn).statements).toEqual([allow(['lambda:InvokeFunction'], [arn])]);
  });

  it('turns a name or a partial ARN into an ARN pattern', () => {
    expect(invoke('charge').statements).toEqual([
      allow(
        ['lambda:InvokeFunction'],
        ['arn:aws:lambda:*:*:function:charge', 'arn:aws:lambda:*:*:function:charge:*'],
      ),
    ]);
    expect(invoke('123456789012:function:charge:3').statements).toEqual([
      allow(['lambda:InvokeFunction'], ['arn:aws:lambda:*:123456789012:function:charge:3']),
    ]);
  });

  it('uses the partition of the Resource', () => {
    const r = statementsFor({
      resource: lambdaInvoke(undefined, { partition: 'aws-cn' }),
      parameters: { FunctionName: 'f' },
    });
    expect(r.statements[0]?.Resource).toEqual([
      'arn:aws-cn:lambda:*:*:function:f',
      'arn:aws-cn:lambda:*:*:function:f:*',
    ]);
  });

  it('takes a placeholder as a function ARN, and a run-time value as *', () => {
    expect(invoke(placeholder('FnArn')).statements).toEqual([
      allow(['lambda:InvokeFunction'], ['${FnArn}', '${FnArn}:*']),
    ]);
    expect(invoke(path('$.fn')).statements).toEqual([allow(['lambda:InvokeFunction'], ['*'])]);
  });

  it('reads JSONata Arguments, where a {% %} string is a run-time value', () => {
    const r = statementsFor({
      resource: lambdaInvoke(),
      queryLanguage: 'JSONata',
      arguments: { FunctionName: jsonata('$states.input.fn') },
    } as never);
    expect(r.statements).toEqual([allow(['lambda:InvokeFunction'], ['*'])]);
  });

  it('grants a legacy function ARN Resource, and .waitForTaskToken like invoke', () => {
    const arn = 'arn:aws:lambda:us-west-2:123456789012:function:legacy';
    expect(statementsFor({ resource: arn }).statements).toEqual([
      allow(['lambda:InvokeFunction'], [arn]),
    ]);
    expect(
      statementsFor({
        resource: lambdaInvoke({ waitForTaskToken: true }),
        parameters: { FunctionName: 'f' },
      }).statements,
    ).toEqual([
      allow(
        ['lambda:InvokeFunction'],
        ['arn:aws:lambda:*:*:function:f', 'arn:aws:lambda:*:*:function:f:*'],
      ),
    ]);
  });

  it('treats a placeholder Resource as a function ARN', () => {
    expect(statementsFor({ resource: placeholder('Fn') }).statements).toEqual([
      allow(['lambda:InvokeFunction'], ['${Fn}']),
    ]);
  });

  it('resolves a placeholder whose value is known like a literal', () => {
    const machineValue = 'arn:aws:states:us-east-1:123456789012:activity:review';
    const r = statementsFor(
      { resource: placeholder('Fn') },
      { resolve: () => ({ kind: 'value', value: machineValue }) },
    );
    expect(r.statements).toEqual([]);
  });
});
