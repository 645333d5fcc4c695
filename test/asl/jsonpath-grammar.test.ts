/**
 * The one JSONPath grammar (src/asl/jsonpath): what it accepts, its Reference Path
 * classification, Jayway's escapes, and that hostile text ends in linear time with an error.
 */
import { describe, expect, it } from 'vitest';
import { normalizedPath } from '../../src/asl/jsonpath/ast.ts';
import { MAX_PATH_NESTING, parseJsonPath } from '../../src/asl/jsonpath/parse.ts';
import { unescapeJayway } from '../../src/asl/jsonpath/unescape.ts';

describe('parseJsonPath', () => {
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
    ['$café.total', true],
    ['$.a[*]', false],
    ['$..a', false],
    ['$.a[1:3]', false],
    ['$.a[-1:]', false],
    ['$.a[-1]', false],
    ['$.a[0,1]', false],
    ["$.a['x','y']", false],
    ['$.a[?(@.x > 1 && @.y == "z")]', false],
    ['$.a.length()', false],
    ['$.a.*', false],
    ["$.a[?(@.tags anyof ['x'])]", false],
    ['$.a[?(@.name =~ /^a.*/i)]', false],
  ])('accepts %j (reference path: %s)', (text, reference) => {
    const r = parseJsonPath(text);
    expect(r.ok, r.ok ? '' : r.message).toBe(true);
    if (r.ok) expect(r.reference).toBe(reference);
  });

  // Each of these fails Jayway's PathCompiler, which AWS's validation uses ("SCHEMA_VALIDATION_FAILED:
  // Value must be a valid JSONPath", cfn-lint#4078, spec/asl.md §3).
  it.each([
    ['a.b', "must start with '$'"],
    ['', "must start with '$'"],
    ['$.', "must not end with '.'"],
    ['$..', "must not end with '.'"],
    ['$.a.', "must not end with '.'"],
    ['$.a[0', "missing ']'"],
    ['$.a[]', 'empty brackets'],
    ['$.a..', "must not end with '.'"],
    ['$a b[', "unexpected ' '"],
    ['$.a[?x]', "'[?(…)]'"],
    [' $.a', "must start with '$'"],
    ['$.a]', "unexpected ']'"],
    ['$.a b', 'bracket notation'],
    ['$.a.b()', "unknown function 'b()'"],
    ['$.a[(@.length-1)]', 'script expressions'],
    ["$['a", 'unterminated'],
    ['$$$', "unexpected '$'"],
    ['$1', "unexpected '1'"],
    ['$.a[1:2:0]', 'step cannot be 0'],
    ["$['\\u12']", '\\u escape'],
  ])('rejects %j (%s)', (text, why) => {
    const r = parseJsonPath(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.toLowerCase()).toContain(why.toLowerCase());
  });

  it('names the root', () => {
    expect(parseJsonPath('$$.Map.Item.Value')).toMatchObject({ root: 'context' });
    expect(parseJsonPath('$user.name')).toMatchObject({ root: 'variable', variable: 'user' });
    expect(parseJsonPath('$.x')).toMatchObject({ root: 'input', variable: undefined });
  });

  it('reads Unicode identifiers as variable names (combining marks, astral letters)', () => {
    expect(parseJsonPath('$cafe\u0301.total')).toMatchObject({
      root: 'variable',
      variable: 'cafe\u0301',
    });
    expect(parseJsonPath('$\u{1D465}1')).toMatchObject({
      root: 'variable',
      variable: '\u{1D465}1',
    });
    expect(parseJsonPath('$x\u00b2')).toMatchObject({ root: 'variable', variable: 'x\u00b2' });
    expect(parseJsonPath('$_x-y')).toMatchObject({ ok: false });
  });

  it('unescapes quoted names the way Jayway does (Utils.unescape)', () => {
    const name = (text: string) => {
      const r = parseJsonPath(text);
      if (!r.ok) throw new Error(r.message);
      const sel = r.ast.segments[0]?.selector;
      return sel?.kind === 'name' ? sel.name : undefined;
    };
    expect(name("$['it\\'s']")).toBe("it's");
    expect(name('$["a\\"b"]')).toBe('a"b');
    expect(name("$['a\\\\b']")).toBe('a\\b');
    expect(name("$['line\\nbreak']")).toBe('line\nbreak');
    expect(name("$['\\u0041\\t']")).toBe('A\t');
    expect(name("$['\\x']")).toBe('x');
    expect(unescapeJayway('plain')).toBe('plain');
  });

  it("prints Jayway's normalized form", () => {
    const r = parseJsonPath('$.a.b[0]');
    expect(r.ok && normalizedPath(r.ast)).toBe("$['a']['b'][0]");
  });

  it('never throws, and bounds nesting', () => {
    const deep =
      '$.a[?(' + '('.repeat(MAX_PATH_NESTING + 5) + '@.x' + ')'.repeat(MAX_PATH_NESTING + 5) + ')]';
    const r = parseJsonPath(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('nested more than');
    for (const garbage of [
      '$[',
      '$[?(',
      '$.a[?(@.x ==',
      "$[?(@.a == 'x",
      '$[?(@.a =~ /x',
      '$[{',
      '$.__proto__',
    ]) {
      expect(() => parseJsonPath(garbage)).not.toThrow();
    }
  });

  it('keeps literal object keys such as __proto__ as own keys', () => {
    const r = parseJsonPath(`$.a[?(@.b == {'__proto__': 1})]`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sel = r.ast.segments[1]?.selector;
    const literal =
      sel?.kind === 'filter' && sel.expr.kind === 'compare' ? sel.expr.right : undefined;
    const value = literal?.kind === 'literal' ? (literal.value as object) : {};
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('is linear in the length of hostile text', () => {
    const time = (text: string) => {
      const start = performance.now();
      parseJsonPath(text);
      return performance.now() - start;
    };
    const n = 200_000;
    for (const text of [
      '$' + '.a'.repeat(n),
      '$' + '['.repeat(n),
      '$[' + '1,'.repeat(n) + '1]',
      "$['" + 'x'.repeat(n),
      '$.a[?(' + '@.x == 1 && '.repeat(n / 10) + '@.y)]',
      '$' + '..a'.repeat(n),
    ]) {
      expect(time(text), text.slice(0, 20)).toBeLessThan(1000);
    }
  });
});
