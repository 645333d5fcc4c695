import { describe, expect, test } from 'vitest';
import { convertReferencePaths, toPascalCaseKeys } from '../../src/fragments/index.ts';
import { setOwn } from '../../src/util/json.ts';

describe('keys from input stay data (no prototype changes)', () => {
  const hostile = () =>
    JSON.parse('{"__proto__": {"polluted": "$.x"}, "ok": "$.y"}') as Record<string, unknown>;

  test('setOwn keeps __proto__ an own key', () => {
    const o: Record<string, unknown> = {};
    setOwn(o, '__proto__', { polluted: true });
    expect(Object.keys(o)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
  });

  test('PascalCase conversion and auto-ref keep the key as a key', () => {
    const pascal = toPascalCaseKeys(hostile() as never) as Record<string, unknown>;
    expect(Object.getPrototypeOf(pascal)).toBe(Object.prototype);
    expect(Object.keys(pascal)).toEqual(['_proto__', 'Ok']);
    const converted = convertReferencePaths(hostile() as never) as Record<string, unknown>;
    expect(Object.getPrototypeOf(converted)).toBe(Object.prototype);
    expect(Object.keys(converted)).toEqual(['__proto__', 'ok']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
