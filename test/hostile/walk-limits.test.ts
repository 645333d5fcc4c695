// Values the library's recursive walks cannot take (issue 11): structures that share their
// children exponentially often (a 40-level chain of { a: v, b: v } stands for 2^40 values) and
// values nested deeper than 1000 levels, given to validate() and to the engines. Each is refused
// at once, never walked for ever or into a stack overflow.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/plans/index.ts';
import { createEngine, embeddedSupport, findFeatures } from '../../src/run/index.ts';
import { validate } from '../../src/validate/index.ts';
import { nestedValue, sharedValue, wrapResult } from '../support/hostile-arbitraries.ts';

const PASS = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };

describe('shared and deep values', () => {
  it('validate() of a structure standing for 2^40 values: one diagnostic, at once (it never returned)', () => {
    const diagnostics = validate(wrapResult(sharedValue(40)));
    expect(diagnostics.map((d) => [d.code, d.message])).toStrictEqual([
      [
        'DefinitionTooDeep',
        'The definition is too large: more than 2000000 values once shared objects are expanded (at /States/A/Result/a/a/a/…/a/a/a/a/b)',
      ],
    ]);
  });

  it('validate() of a cycle says so', () => {
    const cyclic: Record<string, unknown> = { StartAt: 'A' };
    cyclic['States'] = { A: cyclic };
    expect(validate(cyclic)[0]?.message).toBe(
      'The definition is cyclic: it contains itself (at /States/A)',
    );
  });

  it.each(['native', 'embedded'] as const)(
    '%s engine: a definition, an input or a mocked result standing for 2^40 values is refused before running (it never returned)',
    async (engine) => {
      const e = createEngine(engine);
      await expect(
        e.run({ definition: wrapResult(sharedValue(40)), input: {} }),
      ).rejects.toMatchObject({
        code: 'DefinitionTooLarge',
      });
      await expect(e.run({ definition: PASS, input: sharedValue(40) })).rejects.toMatchObject({
        code: 'InputTooLarge',
        message: expect.stringContaining(
          'the execution input is too large: more than 2000000 values',
        ),
      });
      const mocks = {
        StateMachines: { SM: { TestCases: { T: { P: 'R' } } } },
        MockedResponses: { R: { '0': { Return: sharedValue(40) } } },
      };
      await expect(
        e.run({ definition: PASS, input: {}, mocks, stateMachineName: 'SM', testCase: 'T' }),
      ).rejects.toMatchObject({ code: 'MockTooLarge' });
    },
  );

  it('embedded engine: a definition nested 5,000 levels is refused like on the native engine (its feature scan overflowed the stack)', async () => {
    const deep = wrapResult(nestedValue(5000));
    await expect(
      createEngine('embedded').run({ definition: deep, input: {} }),
    ).rejects.toMatchObject({
      code: 'DefinitionTooDeep',
    });
    expect(embeddedSupport(deep)).toMatch(
      /^not supported by the embedded engine: the definition is nested deeper than 1000 levels/,
    );
    expect(findFeatures(deep)).toStrictEqual([]);
    const cyclic: Record<string, unknown> = { StartAt: 'A' };
    cyclic['States'] = { A: { Type: 'Parallel', Branches: [cyclic], End: true } };
    expect(embeddedSupport(cyclic)).toMatch(/the definition is cyclic: it contains itself/);
  });

  it('checkPlan() of an array with holes: NotAPlan, not a TypeError (holes are not JSON data)', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    expect(checkPlan([[, 1]])).toMatchObject({
      ok: false,
      problems: [
        { code: 'NotAPlan', path: '/0/0', message: 'not JSON data: undefined is not a JSON value' },
      ],
    });
  });
});
