/**
 * The one intrinsic-function grammar (src/asl/intrinsic): syntax, AWS's escapes, JSON numbers,
 * and the checks (names, arity, literals, nesting ≤ 10).
 */
import { describe, expect, it } from 'vitest';
import {
  checkIntrinsic,
  FAIL_PATH_INTRINSIC_SET,
  formatSlots,
} from '../../src/asl/intrinsic/check.ts';
import { looksLikeIntrinsic, parseIntrinsic } from '../../src/asl/intrinsic/parse.ts';
import { quoteFormatTemplate, quoteIntrinsicString } from '../../src/asl/intrinsic/quote.ts';

const problems = (text: string, allowed?: ReadonlySet<string>) => {
  const r = parseIntrinsic(text);
  if (!r.ok) return [`syntax: ${r.message}`];
  return checkIntrinsic(r.call, allowed).map((p) => `${p.severity}: ${p.message}`);
};

describe('parseIntrinsic', () => {
  it('parses literals, paths and nested calls', () => {
    const r = parseIntrinsic(
      "States.Format('a \\'q\\' \\{\\} {}', States.ArrayGetItem($.a[?(@.x == 'b, c')], 0), -1.5e3, true, null)",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.call.args.map((a) => a.kind)).toEqual(['string', 'call', 'number', 'boolean', 'null']);
    expect(r.call.args[0]).toMatchObject({ value: "a 'q' {} {}", raw: "a \\'q\\' \\{\\} {}" });
    expect(r.call.args[2]).toMatchObject({ kind: 'number', value: -1500 });
    const inner = r.call.args[1];
    expect(inner?.kind === 'call' && inner.call.args[0]).toMatchObject({
      kind: 'path',
      text: "$.a[?(@.x == 'b, c')]",
    });
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
      'States.Array($café, $$.Execution.Id)',
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
    expect(problems('States.ArrayLength($.a)', FAIL_PATH_INTRINSIC_SET)[0]).toContain(
      'is not allowed here',
    );
  });

  it.each([
    ["States.Format('unterminated)", 'unterminated'],
    ['States.Format("double")', 'single quotes'],
    ['States.Format(1,)', 'unexpected'],
    ['States.UUID(', 'missing argument'],
    ['States.UUID() extra', 'unexpected text'],
    ['States.ArrayLength(a.b)', 'unexpected'],
    ['States.ArrayLength($.a[)', 'invalid path'],
    // AWS's reserved characters are ' { } \ and only they may be escaped (Developer Guide,
    // intrinsic-functions, "Reserved characters in intrinsic functions").
    ["States.Format('\\n')", 'illegal escape'],
    ["States.StringSplit('a\\tb', ',')", 'illegal escape'],
    // Numbers are JSON numbers: AWS's intrinsic grammar reads 01 as 0 followed by 1.
    ['States.Array(01)', 'not a number'],
    ['States.Array(1.)', 'not a number'],
    ['States.Array(.5)', 'unexpected'],
    ['States.Array(1e)', 'not a number'],
    ['States.ArrayLength($.a b)', 'invalid path'],
  ])('rejects the syntax of %s (%s)', (text, why) => {
    const r = parseIntrinsic(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(why);
  });

  it('never throws, and bounds nesting and time', () => {
    const deep = 'States.Array('.repeat(5000) + ')'.repeat(5000);
    const r = parseIntrinsic(deep);
    expect(r.ok).toBe(false);
    for (const garbage of ["States.Format('", 'States.', 'States.Array(,', 'States.Array($[?(']) {
      expect(() => parseIntrinsic(garbage)).not.toThrow();
    }
    const start = performance.now();
    parseIntrinsic("States.Format('" + "\\'".repeat(200_000) + "')");
    parseIntrinsic('States.Array(' + '1, '.repeat(100_000) + '1)');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('knows an intrinsic from a path', () => {
    expect(looksLikeIntrinsic("States.Format('{}', $.a)")).toBe(true);
    expect(looksLikeIntrinsic(' States.UUID ()')).toBe(true);
    expect(looksLikeIntrinsic('$.States.x')).toBe(false);
  });
});

describe('quoting is the inverse of the grammar', () => {
  it.each(["it's {x} \\ y", '', '{}', "''", '\\{}'])('round-trips %j', (text) => {
    const r = parseIntrinsic(`States.StringSplit(${quoteIntrinsicString(text)}, ',')`);
    expect(r.ok && r.call.args[0]).toMatchObject({ kind: 'string', value: text });
    const f = parseIntrinsic(`States.Format(${quoteFormatTemplate(text)})`);
    expect(f.ok).toBe(true);
  });

  it('counts the placeholders of a template as written', () => {
    expect(formatSlots('{} and \\{}')).toBe(1);
    expect(formatSlots('\\\\{}')).toBe(1);
  });
});
