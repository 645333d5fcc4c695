import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_CODES,
  validate,
  validateBytes,
  validateText,
} from '../../src/validate/index.ts';
import { invalidFixtures, validFixtures } from './support.ts';

const invalid = invalidFixtures();

describe('invalid fixtures: each gives exactly the expected codes and pointers', () => {
  it.each(invalid.map((f) => [`${f.code}/${f.name}`, f] as const))('%s', (_label, fixture) => {
    const actual = validateBytes(fixture.bytes, fixture.options).map((d) => ({
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
    const missing = Object.keys(DIAGNOSTIC_CODES).filter(
      (c) => !covered.has(c) && !(c in API_ONLY),
    );
    expect(missing).toEqual([]);
  });

  // Codes no JSON file can produce: only a value handed to validate() by a program. Each has
  // its own test here instead of a fixture.
  const API_ONLY = {
    UnreadableDefinition: () => {
      const throwing = Object.defineProperty({ StartAt: 'A' }, 'States', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      return [
        validate(throwing),
        validate(
          new Proxy(
            {},
            {
              ownKeys: () => {
                throw 42;
              },
            },
          ),
        ),
      ];
    },
    // Only with the `extraFields` option, which a program passes (compile() and aslc build do,
    // for the DSL's `extra`): a file cannot say which of its fields were added on purpose.
    ExtraField: () => [
      validate(
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true, NewField: 1 } } },
        { extraFields: ['/States/A/NewField'] },
      ),
    ],
  };

  it('codes only the library API can produce are produced by it, without throwing', () => {
    const [getter, proxy] = API_ONLY.UnreadableDefinition();
    expect(getter).toEqual([
      expect.objectContaining({
        code: 'UnreadableDefinition',
        message: 'The definition cannot be read: boom',
      }),
    ]);
    expect(proxy).toEqual([
      expect.objectContaining({
        code: 'UnreadableDefinition',
        message: 'The definition cannot be read: 42',
      }),
    ]);
    expect(API_ONLY.ExtraField()[0]).toEqual([
      expect.objectContaining({
        code: 'ExtraField',
        severity: 'warning',
        path: '/States/A/NewField',
      }),
    ]);
    const cyclic: Record<string, unknown> = { StartAt: 'A', States: {} };
    (cyclic['States'] as Record<string, unknown>)['A'] = cyclic;
    expect(validate(cyclic)).toEqual([
      expect.objectContaining({ code: 'DefinitionTooDeep', path: '/States/A' }),
    ]);
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
