import { describe, expect, it } from 'vitest';
import { parsePath } from '../../src/validate/syntax/json-path.ts';
import { checkIntrinsic, FAIL_PATH_INTRINSICS } from '../../src/validate/syntax/intrinsic-check.ts';
import { parseIntrinsic } from '../../src/validate/syntax/intrinsics.ts';
import {
  analyzeJsonata,
  classifyJsonataString,
  parseJsonata,
} from '../../src/validate/syntax/jsonata.ts';
import { checkS3Resource, parseTaskResource } from '../../src/validate/syntax/resource-arn.ts';

describe('parsePath', () => {
  it.each([
    ['$', true],
    ['$.a.b', true],
    ['$.a[0].b', true],
    ["$['a b']['c']", true],
    ['$["x"]', true],
    ['$.my-field', true],
    ["$.['a']", true],
    ['$.données.x', true],
    ['$$.Execution.Id', true],
    ['$var.a', true],
    ['$.a[*]', false],
    ['$..a', false],
    ['$.a[1:3]', false],
    ['$.a[-1:]', false],
    ['$.a[0,1]', false],
    ["$.a['x','y']", false],
    ['$.a[?(@.x > 1 && @.y == "z")]', false],
    ['$.a[(@.length-1)]', false],
    ['$.a.length()', false],
    ['$.a.*', false],
  ])('accepts %s (reference path: %s)', (text, reference) => {
    const r = parsePath(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.reference).toBe(reference);
  });

  it.each([
    'a.b',
    '',
    '$.',
    '$..',
    '$.a.',
    '$.a[0',
    '$.a[]',
    '$.a..',
    '$a b[',
    '$.a[?x]',
    ' $.a',
    '$.a]',
  ])('rejects %j', (text) => {
    expect(parsePath(text).ok).toBe(false);
  });

  it('names the root', () => {
    expect(parsePath('$$.Map.Item.Value')).toMatchObject({ root: 'context' });
    expect(parsePath('$user.name')).toMatchObject({ root: 'variable', variable: 'user' });
    expect(parsePath('$.x')).toMatchObject({ root: 'input', variable: undefined });
  });

  it('reads Unicode identifiers as variable names (combining marks, astral letters)', () => {
    expect(parsePath('$cafe\u0301.total')).toMatchObject({
      root: 'variable',
      variable: 'cafe\u0301',
    });
    expect(parsePath('$\u{1D465}1')).toMatchObject({ root: 'variable', variable: '\u{1D465}1' });
    expect(parsePath('$x\u00b2')).toMatchObject({ root: 'variable', variable: 'x\u00b2' });
    expect(parsePath('$_x-y')).toMatchObject({ ok: false });
  });
});

describe('parseIntrinsic and checkIntrinsic', () => {
  const problems = (text: string, allowed?: ReadonlySet<string>) => {
    const r = parseIntrinsic(text);
    if (!r.ok) return [`syntax: ${r.message}`];
    return checkIntrinsic(r.call, allowed).map((p) => `${p.severity}: ${p.message}`);
  };

  it('parses literals, paths and nested calls', () => {
    const r = parseIntrinsic(
      "States.Format('a \\'q\\' \\{\\} {}', States.ArrayGetItem($.a[?(@.x, 1)], 0), -1.5e3, true, null)",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.call.args.map((a) => a.kind)).toEqual(['string', 'call', 'number', 'boolean', 'null']);
    expect(r.call.args[0]).toMatchObject({ value: "a 'q' {} {}" });
  });

  it('accepts all 18 intrinsics with their arities', () => {
    for (const call of [
      "States.Format('{}', 1)",
      "States.StringToJson('{}')",
      'States.JsonToString($)',
      'States.Array()',
      'States.ArrayPartition($.a, 2)',
      'States.ArrayContains($.a, 1)',
      'States.ArrayRange(0, 10, 1)',
      'States.ArrayGetItem($.a, 0)',
      'States.ArrayLength($.a)',
      'States.ArrayUnique($.a)',
      'States.Base64Encode($.a)',
      'States.Base64Decode($.a)',
      "States.Hash($.a, 'MD5')",
      'States.JsonMerge($.a, $.b, false)',
      'States.MathRandom(1, 2)',
      'States.MathAdd(1, 2)',
      "States.StringSplit($.a, ',')",
      'States.UUID()',
    ]) {
      expect(problems(call), call).toEqual([]);
    }
  });

  it('reports unknown names, arity, literals and nesting', () => {
    expect(problems('States.Bogus()')[0]).toContain("unknown intrinsic function 'States.Bogus'");
    expect(problems("States.format('{}', 1)")[0]).toContain("did you mean 'States.Format'");
    expect(problems('States.UUID(1)')).toEqual(['error: States.UUID takes no arguments, got 1']);
    expect(problems('States.MathRandom(1)')).toEqual([
      'error: States.MathRandom takes 2 to 3 arguments, got 1',
    ]);
    expect(problems("States.Hash($.a, 'SHA1')")[0]).toContain('algorithm');
    expect(problems('States.JsonMerge($.a, $.b, true)')[0]).toContain('must be false');
    expect(problems('States.ArrayRange(1, 5000, 1)')[0]).toContain('1,000');
    expect(problems("States.Format('{} {}', 1)")).toEqual([
      "warning: States.Format template has 2 '{}' placeholders but 1 value",
    ]);
    const ten = 'States.JsonToString('.repeat(10) + '$' + ')'.repeat(10);
    expect(problems(ten)).toEqual([]);
    expect(problems('States.JsonToString(' + ten + ')')[0]).toContain('nested more than 10');
    expect(problems('States.ArrayLength($.a)', FAIL_PATH_INTRINSICS)[0]).toContain(
      'is not allowed here',
    );
  });

  it.each([
    "States.Format('unterminated)",
    'States.Format("double")',
    'States.Format(1,)',
    'States.UUID(',
    'States.UUID() extra',
    'States.ArrayLength(a.b)',
    'States.ArrayLength($.a[)',
  ])('rejects the syntax of %s', (text) => {
    expect(parseIntrinsic(text).ok).toBe(false);
  });
});

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
