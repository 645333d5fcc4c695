import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, validateText } from '../../src/validate/index.ts';
import { invalidFixtures, validFixtures } from './support.ts';

const invalid = invalidFixtures();

describe('invalid fixtures: each gives exactly the expected codes and pointers', () => {
  it.each(invalid.map((f) => [`${f.code}/${f.name}`, f] as const))('%s', (_label, fixture) => {
    const actual = validateText(fixture.text, fixture.options).map((d) => ({
      code: d.code,
      path: d.path,
      ...(d.line === undefined ? {} : { line: d.line, column: d.column }),
    }));
    expect(actual).toEqual(fixture.expected);
    // the folder names the code under test, and that code is among the expected ones
    expect(fixture.expected.map((e) => e.code)).toContain(fixture.code);
  });
});

describe('fixture coverage', () => {
  it('every diagnostic code has at least one invalid fixture', () => {
    const covered = new Set(invalid.map((f) => f.code));
    const missing = Object.keys(DIAGNOSTIC_CODES).filter((c) => !covered.has(c));
    expect(missing).toEqual([]);
  });

  it('every fixture folder is a known code', () => {
    const unknown = invalid.map((f) => f.code).filter((c) => !Object.hasOwn(DIAGNOSTIC_CODES, c));
    expect(unknown).toEqual([]);
  });
});

describe('valid fixtures give no diagnostics at all', () => {
  it.each(validFixtures().map((f) => [f.name, f] as const))('%s', (_label, fixture) => {
    expect(validateText(fixture.text, fixture.options)).toEqual([]);
  });
});
