import { describe, expect, it } from 'vitest';
import {
  analyzeJsonata,
  classifyJsonataString,
  parseJsonata,
} from '../../src/validate/syntax/jsonata.ts';
import { checkS3Resource, parseTaskResource } from '../../src/validate/syntax/resource-arn.ts';

describe('JSONata helpers', () => {
  it('classifies delimiters', () => {
    expect(classifyJsonataString('{% 1 %}')).toBe('expression');
    expect(classifyJsonataString('{%1%}')).toBe('expression');
    expect(classifyJsonataString('{% $x')).toBe('unterminated');
    expect(classifyJsonataString(' {% 1 %}')).toBe('stray');
    expect(classifyJsonataString('{% 1 %} ')).toBe('unterminated');
    expect(classifyJsonataString('100%')).toBe('plain');
  });

  const facts = (expr: string) => {
    const p = parseJsonata(expr);
    if (!p.ok) throw new Error(p.message);
    return analyzeJsonata(p.ast);
  };

  it('finds bare top-level references only in top-level position', () => {
    expect(facts('phone').topLevelNames).toEqual(['phone']);
    expect(facts('a.b & c').topLevelNames).toEqual(['a', 'c']);
    expect(facts('$count(items)').topLevelNames).toEqual(['items']);
    expect(facts('{"k": name}').topLevelNames).toEqual(['name']);
    expect(facts('$states.input.items[price > 5].name').topLevelNames).toEqual([]);
    expect(facts('$states.input.items{name: price}').topLevelNames).toEqual([]);
    expect(facts('$states.input.items^(price)').topLevelNames).toEqual([]);
    expect(facts('$map($states.input.a, function($v) { $v.x + y })').topLevelNames).toEqual([]);
    expect(facts("'phone'").topLevelNames).toEqual([]);
    expect(facts("$states.input ~> | items | {'seen': true} |").topLevelNames).toEqual([]);
    expect(facts('$states.input.a ? b : c').topLevelNames).toEqual(['b', 'c']);
  });

  it('finds free variables, $states properties and $$', () => {
    const f = facts('($x := 1; $x + $y + $count($z) + $states.context.Execution.Id + $string(1))');
    expect(f.freeVariables.sort()).toEqual(['y', 'z']);
    expect(f.statesProperties).toEqual(['context']);
    expect(facts('$states.input.items#$i[$i < 2].a@$o.b[$o.c]').freeVariables).toEqual([]);
    expect(facts('$$').readsRoot).toBe(true);
    expect(facts('$').readsRoot).toBe(false);
  });

  it('reports parse errors with position and code', () => {
    expect(parseJsonata('1 +')).toEqual({
      ok: false,
      message: 'Unexpected end of expression at position 3 (S0207)',
    });
    expect(parseJsonata('  ')).toEqual({ ok: false, message: 'the expression is empty' });
  });
});

describe('resource ARNs', () => {
  it.each([
    ['arn:aws:states:::lambda:invoke', 'request-response'],
    ['arn:aws:states:::lambda:invoke.waitForTaskToken', 'waitForTaskToken'],
    ['arn:aws:states:::states:startExecution.sync:2', 'sync'],
    ['arn:aws:states:::ecs:runTask.sync', 'sync'],
    ['arn:aws:states:::aws-sdk:s3:getObject', 'request-response'],
    ['arn:aws:states:::aws-sdk:sfn:sendTaskSuccess.waitForTaskToken', 'waitForTaskToken'],
    ['arn:aws:states:::http:invoke', 'request-response'],
    ['arn:aws:states:::emr-containers:startJobRun.sync', 'sync'],
    ['arn:aws-iso-b:states:::batch:submitJob', 'request-response'],
    ['arn:aws:lambda:us-east-1:123456789012:function:f', 'request-response'],
    ['arn:aws:lambda:us-east-1:123456789012:function:f:prod', 'request-response'],
    ['arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST', 'request-response'],
    ['arn:aws:states:eu-west-1:123456789012:activity:my-activity', 'request-response'],
  ])('accepts %s', (arn, pattern) => {
    expect(parseTaskResource(arn, false)).toMatchObject({ ok: true, pattern });
  });

  it.each([
    'lambda:invoke',
    'arn:aws:states:::aws-sdk:s3:getObject.sync',
    'arn:aws:states:::lambda:invoke.sync',
    'arn:aws:states:::http:invoke.sync',
    'arn:aws:lambda:us-east-1:123:function:f',
    'arn:aws:states:::lambda:invoke.async',
    'arn:aws:states:us-east-1:123456789012:stateMachine:x',
    '${Arn}',
    '{% $arn %}',
  ])('rejects %s', (arn) => {
    expect(parseTaskResource(arn, false).ok).toBe(false);
  });

  it('accepts placeholders anywhere when allowed, keeping the integration pattern', () => {
    expect(parseTaskResource('${Arn}', true)).toMatchObject({ ok: true, kind: 'placeholder' });
    expect(
      parseTaskResource('arn:${AWS::Partition}:states:::glue:startJobRun.sync', true),
    ).toMatchObject({
      ok: true,
      pattern: 'sync',
    });
    expect(
      parseTaskResource('arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}', true).ok,
    ).toBe(true);
    expect(parseTaskResource('not-an-arn-${X}', true).ok).toBe(false);
  });

  it('checks Distributed Map S3 resources', () => {
    expect(checkS3Resource('arn:aws:states:::s3:getObject', ['getObject'], false)).toBeUndefined();
    expect(checkS3Resource('arn:aws:states:::s3:putObject', ['getObject'], false)).toContain(
      'must be',
    );
    expect(checkS3Resource('${Reader}', ['getObject'], true)).toBeUndefined();
  });
});
