import { describe, expect, test } from 'vitest';
import { parseJson, toCanonicalJson } from '../../src/util/json.ts';

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
});
