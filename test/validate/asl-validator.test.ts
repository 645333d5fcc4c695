import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { validFixtures } from './support.ts';

const require = createRequire(import.meta.url);
const aslValidator = require('asl-validator') as (
  definition: unknown,
  options?: { checkPaths?: boolean; checkArn?: boolean },
) => { isValid: boolean; errorsText: (separator?: string) => string };

/**
 * Valid fixtures that asl-validator 4.0.0 wrongly rejects, with the reason (also listed in
 * src/validate/README.md). The test fails if one of them starts passing, so the list stays true.
 */
const ASL_VALIDATOR_FALSE_REJECTIONS: Record<string, string> = {
  'jsonpath-syntax':
    "its JSONPath grammar (asl-path-validator) rejects '&&' inside a filter, which Jayway JSONPath and Step Functions accept",
  'variables-and-intrinsics':
    "its duplicate-field check uses the 'in' operator, so a payload key named 'toString.$' (any Object.prototype name) is reported as a duplicate",
};

/** Valid fixtures asl-validator cannot judge: it has no notion of ${Name} placeholders. */
const NOT_COMPARABLE = new Set(['placeholders']);

describe('asl-validator 4 agrees on the valid set (except its documented false rejections)', () => {
  const fixtures = validFixtures().filter((f) => !NOT_COMPARABLE.has(f.name));
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    const result = aslValidator(JSON.parse(fixture.text), { checkPaths: true, checkArn: true });
    if (Object.hasOwn(ASL_VALIDATOR_FALSE_REJECTIONS, name)) {
      expect(result.isValid, 'listed as an asl-validator false rejection').toBe(false);
    } else {
      expect(result.isValid, result.isValid ? '' : result.errorsText(' | ')).toBe(true);
    }
  });

  it('lists only existing fixtures', () => {
    const names = new Set(validFixtures().map((f) => f.name));
    expect(Object.keys(ASL_VALIDATOR_FALSE_REJECTIONS).filter((n) => !names.has(n))).toEqual([]);
  });
});
