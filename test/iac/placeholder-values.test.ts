import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeValuePattern, unsafeValueReason, type RawInsertion } from '../../src/iac/index.ts';

const modes: RawInsertion[] = [
  { intrinsic: false, repeated: false },
  { intrinsic: true, repeated: false },
  { intrinsic: false, repeated: true },
  { intrinsic: true, repeated: true },
];

describe('unsafeValueReason', () => {
  it('accepts ARNs, names and URLs in every mode', () => {
    for (const how of modes) {
      for (const v of [
        'arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST',
        'orders-dev',
        'https://sqs.us-east-1.amazonaws.com/123456789012/q',
        '',
      ]) {
        expect(unsafeValueReason(v, how)).toBeUndefined();
      }
    }
  });

  it.each([
    ['say "hi"', { intrinsic: false, repeated: false }, /double quote/],
    ['a\\b', { intrinsic: false, repeated: false }, /backslash/],
    ['a\nb', { intrinsic: false, repeated: false }, /control character/],
    ["it's", { intrinsic: true, repeated: false }, /intrinsic/],
    ['{x}', { intrinsic: true, repeated: false }, /intrinsic/],
    ['${Other}', { intrinsic: false, repeated: true }, /substitute again/],
  ] as const)('refuses %j when %j', (value, how, reason) => {
    expect(unsafeValueReason(value, how)).toMatch(reason);
  });

  it("allows ' { } and ${ where they are harmless", () => {
    expect(unsafeValueReason("it's {x}", { intrinsic: false, repeated: false })).toBeUndefined();
    expect(unsafeValueReason('${x}', { intrinsic: false, repeated: false })).toBeUndefined();
  });
});

describe('safeValuePattern', () => {
  it('matches exactly the values unsafeValueReason accepts (JavaScript regex semantics)', () => {
    const unit = fc.constantFrom(
      'a',
      '"',
      '\\',
      '\n',
      '\u0000',
      '\u001f',
      ' ',
      "'",
      '{',
      '}',
      '$',
      'é',
    );
    for (const how of modes) {
      const re = new RegExp(safeValuePattern(how), 'u');
      fc.assert(
        fc.property(fc.string({ unit }), (v) => {
          expect(re.test(v)).toBe(unsafeValueReason(v, how) === undefined);
        }),
      );
    }
  });
});
