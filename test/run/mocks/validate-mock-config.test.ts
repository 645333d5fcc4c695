import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverCases } from '../../../src/run/case/discover-cases.ts';
import {
  isValidMockConfig,
  validateMockConfig,
} from '../../../src/run/mocks/validate-mock-config.ts';
import { repoRoot } from '../../support/cli.ts';

const aws = JSON.parse(
  readFileSync(`${repoRoot}fixtures/run/lambda-sqs-integration/mocks.json`, 'utf8'),
) as unknown;

const file = (responses: unknown, machines: unknown = {}) => ({
  StateMachines: machines,
  MockedResponses: responses,
});

describe('validateMockConfig', () => {
  it("accepts AWS's example and every mock file of the fixtures", () => {
    expect(validateMockConfig(aws)).toStrictEqual([]);
    expect(isValidMockConfig(aws)).toBe(true);
    let checked = 0;
    for (const dir of discoverCases([`${repoRoot}fixtures/run`])) {
      try {
        const mocks = JSON.parse(readFileSync(`${dir}/mocks.json`, 'utf8')) as unknown;
        expect(validateMockConfig(mocks), dir).toStrictEqual([]);
        checked++;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('reports missing top-level fields and unknown ones', () => {
    expect(validateMockConfig({ MockedResponses: {}, Extra: 1 })).toStrictEqual([
      { pointer: '', message: "missing field 'StateMachines'" },
      { pointer: '/Extra', message: "unknown field 'Extra'" },
    ]);
    expect(validateMockConfig([])).toStrictEqual([{ pointer: '', message: 'must be object' }]);
  });

  it('reports a Throw without Error at its pointer', () => {
    expect(validateMockConfig(file({ R: { '0': { Throw: { Cause: 'c' } } } }))).toStrictEqual([
      { pointer: '/MockedResponses/R/0/Throw', message: "missing field 'Error'" },
    ]);
  });

  it('reports an entry with both or neither of Return and Throw once', () => {
    const both = { Return: 1, Throw: { Error: 'E', Cause: 'c' } };
    expect(validateMockConfig(file({ R: { '0': both } }))).toStrictEqual([
      { pointer: '/MockedResponses/R/0', message: 'must have exactly one field, Return or Throw' },
    ]);
    expect(validateMockConfig(file({ R: { '0': {} } }))).toStrictEqual([
      { pointer: '/MockedResponses/R/0', message: 'must have exactly one field, Return or Throw' },
    ]);
  });

  it('reports a Return entry with an extra field', () => {
    expect(validateMockConfig(file({ R: { '0': { Return: 1, Delay: 2 } } }))).toStrictEqual([
      { pointer: '/MockedResponses/R/0/Delay', message: "unknown field 'Delay'" },
    ]);
  });

  it('reports malformed, reversed and overlapping invocation keys', () => {
    expect(validateMockConfig(file({ R: { first: { Return: 1 } } }))).toContainEqual({
      pointer: '/MockedResponses/R',
      message: `invocation key 'first' must be a 0-based number ("0") or an inclusive range ("1-2")`,
    });
    expect(validateMockConfig(file({ R: { '2-1': { Return: 1 } } }))).toStrictEqual([
      {
        pointer: '/MockedResponses/R/2-1',
        message: "invocation range '2-1' ends before it starts",
      },
    ]);
    expect(
      validateMockConfig(file({ R: { '0-2': { Return: 1 }, '2': { Return: 2 } } })),
    ).toStrictEqual([
      {
        // integer-like keys come first in a JS object, so '0-2' is met second
        pointer: '/MockedResponses/R/0-2',
        message: "invocation key '0-2' overlaps '2': each invocation needs exactly one response",
      },
    ]);
  });

  it('reports a test case naming a response that does not exist', () => {
    const config = file(
      { R: { '0': { Return: 1 } } },
      { M: { TestCases: { T: { A: 'R', B: 'Nope' } } } },
    );
    expect(validateMockConfig(config)).toStrictEqual([
      {
        pointer: '/StateMachines/M/TestCases/T/B',
        message: "test case 'T' maps state 'B' to 'Nope', which is not in MockedResponses",
      },
    ]);
  });

  it('escapes pointer segments', () => {
    expect(validateMockConfig(file({ 'a/b': { '0': { Throw: {} } } }))).toContainEqual({
      pointer: '/MockedResponses/a~1b/0/Throw',
      message: "missing field 'Error'",
    });
  });
});
