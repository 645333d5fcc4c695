/** StringMatches: the linear glob matcher, against a reference regular expression. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatches, parseGlob, stringMatches } from '../../../src/run/interpreter/glob-match.ts';
import { run } from './helpers.ts';

/** The former implementation: the glob as an anchored regular expression (backtracking). */
function reference(value: string, pattern: string): boolean {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\' && i + 1 < pattern.length) src += escape(pattern.charAt(++i));
    else if (c === '*') src += '.*';
    else src += escape(c);
  }
  return new RegExp(`^${src}$`, 's').test(value);
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe('glob matcher (StringMatches)', () => {
  it.each([
    ['log-2024.txt', 'log-*.txt', true],
    ['log-2024.txt', 'log-*.csv', false],
    ['', '*', true],
    ['', '', true],
    ['a', '', false],
    ['abc', 'abc', true],
    ['abc', 'a*', true],
    ['abc', '*c', true],
    ['abc', '*b*', true],
    ['abc', '*d*', false],
    ['aXbXc', 'a*b*c', true],
    ['ab', 'a*b*b', false],
    ['abab', 'a*b*b', true],
    ['a*c', 'a\\*c', true],
    ['abc', 'a\\*c', false],
    ['a\\c', 'a\\\\c', true],
    ['a\\xyzc', 'a\\\\*c', true],
    ['ax', 'a\\x', true],
    ['a\\', 'a\\', true],
    ['line1\nline2', 'line1*line2', true],
    ['AbC', 'abc', false],
    ['aa', 'a*a', true],
    ['a', 'a*a', false],
  ])('%j against %j is %s', (value, pattern, expected) => {
    expect(stringMatches(value, pattern)).toBe(expected);
    expect(reference(value, pattern)).toBe(expected);
  });

  it('parses stars and escapes into literal pieces', () => {
    expect(parseGlob('*a\\*b*').pieces).toEqual(['', 'a*b', '']);
    expect(parseGlob('x\\\\').pieces).toEqual(['x\\']);
    expect(parseGlob('').pieces).toEqual(['']);
  });

  it('agrees with the reference regular expression on small inputs (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', '*', '\\');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 8 }).map((cs) => cs.join('')),
        fc
          .array(fc.constantFrom('a', 'b', '*', '\\', 'c'), { maxLength: 12 })
          .map((cs) => cs.join('')),
        (pattern, value) => stringMatches(value, pattern) === reference(value, pattern),
      ),
      { numRuns: 3000 },
    );
  });

  it('is instant on patterns that make a backtracking matcher explode', () => {
    // `^.*a.*a.*a.*a.*a.*a.*a.*b$` against a hundred `a`s takes O(n^7) steps with a regex.
    const glob = parseGlob('*a*a*a*a*a*a*a*b');
    expect(globMatches(glob, 'a'.repeat(100))).toBe(false);
    expect(globMatches(glob, 'a'.repeat(262_144))).toBe(false);
    expect(globMatches(glob, `${'a'.repeat(262_144)}b`)).toBe(true);
  });

  it('runs inside a Choice state without hanging', async () => {
    const r = await run(
      {
        StartAt: 'C',
        States: {
          C: {
            Type: 'Choice',
            Choices: [{ Variable: '$.v', StringMatches: '*a*a*a*a*a*a*a*b', Next: 'Yes' }],
            Default: 'No',
          },
          Yes: { Type: 'Succeed' },
          No: { Type: 'Fail', Error: 'NoMatch' },
        },
      },
      { v: 'a'.repeat(100) },
    );
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('NoMatch');
  });
});
