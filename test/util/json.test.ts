import { describe, expect, test } from 'vitest';
import { MAX_JSON_VALUES } from '../../src/util/json-depth.ts';
import { jsonError, parseJson, toCanonicalJson } from '../../src/util/json.ts';

describe('parseJson', () => {
  test('reports the line and column of a syntax error', () => {
    const r = parseJson('{\n  "a": 1,\n  "b": }\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.column]).toEqual([3, 8]);
    const trailing = parseJson('{"a": 1,}');
    if (!trailing.ok) expect([trailing.line, trailing.column]).toEqual([1, 9]);
  });

  test('parses valid JSON and writes canonical JSON', () => {
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(toCanonicalJson({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });

  test('counts the values of a long text before building it: JsonTooLarge at the value too many', () => {
    const many = `[${'{},'.repeat(MAX_JSON_VALUES)}{}]`;
    const r = parseJson(many);
    expect(r).toMatchObject({
      ok: false,
      tooLarge: true,
      line: 1,
      column: 3 * MAX_JSON_VALUES - 1,
    });
    if (r.ok) return;
    const e = jsonError(r);
    expect(e.code).toBe('JsonTooLarge');
    expect(e.message).toMatch(/^too large: more than 2000000 values \(line 1, column \d+\)$/);
    // Long but few values (one long string): parsed.
    const long = parseJson(JSON.stringify('x'.repeat(5 * MAX_JSON_VALUES)));
    expect(long.ok).toBe(true);
    // Just under the limit: parsed.
    expect(parseJson(`[${'1,'.repeat(MAX_JSON_VALUES - 2)}1]`).ok).toBe(true);
  });
});
