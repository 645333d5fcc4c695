import { describe, expect, it } from 'vitest';
import {
  isMockThrow,
  parseInvocationKey,
  responseFor,
  testCaseMocks,
  type MockConfigFile,
} from '../../../src/run/mocks/mock-config.ts';
import { selectTestCase } from '../../../src/run/mocks/select-test-case.ts';

const config: MockConfigFile = {
  StateMachines: {
    M: { TestCases: { A: { T: 'R' }, B: { T: 'R' } } },
  },
  MockedResponses: {
    R: {
      '0': { Throw: { Error: 'E0', Cause: 'first' } },
      '1-2': { Throw: { Error: 'E12', Cause: 'again' } },
      '3': { Return: { ok: true } },
    },
  },
};

describe('invocation keys', () => {
  it('parses single numbers and inclusive ranges', () => {
    expect(parseInvocationKey('0')).toStrictEqual({ first: 0, last: 0 });
    expect(parseInvocationKey('12')).toStrictEqual({ first: 12, last: 12 });
    expect(parseInvocationKey('1-2')).toStrictEqual({ first: 1, last: 2 });
    expect(parseInvocationKey('3-3')).toStrictEqual({ first: 3, last: 3 });
  });

  it('rejects anything else', () => {
    for (const key of ['', 'x', '-1', '01', '2-1', '1-', '1-2-3', ' 1', '1.5']) {
      expect(parseInvocationKey(key), key).toBeUndefined();
    }
  });

  it('selects the response covering invocation n', () => {
    const table = config.MockedResponses['R'] ?? {};
    expect(responseFor(table, 0)).toStrictEqual({ Throw: { Error: 'E0', Cause: 'first' } });
    expect(responseFor(table, 1)).toStrictEqual({ Throw: { Error: 'E12', Cause: 'again' } });
    expect(responseFor(table, 2)).toStrictEqual({ Throw: { Error: 'E12', Cause: 'again' } });
    expect(responseFor(table, 3)).toStrictEqual({ Return: { ok: true } });
    expect(responseFor(table, 4)).toBeUndefined();
    expect(isMockThrow({ Return: 1 })).toBe(false);
    expect(isMockThrow({ Throw: { Error: 'E', Cause: '' } })).toBe(true);
  });
});

describe('test case selection', () => {
  it('finds a test case mapping or says why not', () => {
    expect(testCaseMocks(config, 'M', 'A')).toStrictEqual({ T: 'R' });
    expect(testCaseMocks(config, 'X', 'A')).toBe(
      "the mock file has no state machine 'X' (it has 'M')",
    );
    expect(testCaseMocks(config, 'M', 'C')).toBe(
      "state machine 'M' has no test case 'C' in the mock file (it has 'A', 'B')",
    );
  });

  it('uses the only machine, asks when there are several test cases', () => {
    expect(selectTestCase(config, undefined, 'B')).toStrictEqual({
      ok: true,
      stateMachineName: 'M',
      testCase: 'B',
    });
    expect(selectTestCase(config, undefined, undefined)).toStrictEqual({
      ok: false,
      message:
        "state machine 'M' has several test cases ('A', 'B'): name the one to use (--test-case or testCase)",
    });
    const single: MockConfigFile = { ...config, StateMachines: { M: { TestCases: { Only: {} } } } };
    expect(selectTestCase(single, undefined, undefined)).toMatchObject({
      ok: true,
      testCase: 'Only',
    });
    const two: MockConfigFile = {
      ...config,
      StateMachines: { M: { TestCases: {} }, N: { TestCases: {} } },
    };
    expect(selectTestCase(two, undefined, 'A')).toMatchObject({ ok: false });
    expect(selectTestCase(config, 'Nope', 'A')).toStrictEqual({
      ok: false,
      message: "the mock file has no state machine 'Nope' (it has 'M')",
    });
    expect(selectTestCase(config, 'M', 'Nope')).toMatchObject({ ok: false });
  });
});
