import { describe, expect, it } from 'vitest';
import { compareResult } from '../../../src/run/case/compare.ts';
import { parseExpected } from '../../../src/run/case/expected.ts';
import { normalizeValue } from '../../../src/run/case/normalize.ts';
import type { RunResult } from '../../../src/run/engine-contract.ts';

const result = (extra: Partial<RunResult>): RunResult => ({
  status: 'SUCCEEDED',
  error: null,
  cause: null,
  statesEntered: ['A', 'B'],
  events: [],
  ...extra,
});

describe('normalizeValue', () => {
  it('replaces ARNs, UUIDs and timestamps only for the kinds asked', () => {
    const value = {
      id: 'arn:aws:states:us-east-1:123456789012:execution:M:4f1c2b9e-0a6d-4c3e-9b1f-2d8e7a6c5b4a',
      token: 'job 4f1c2b9e-0a6d-4c3e-9b1f-2d8e7a6c5b4a done',
      at: ['2024-01-01T00:00:00.000Z', 'since 2024-05-06T07:08:09+02:00'],
      n: 1,
    };
    expect(normalizeValue(value, ['arn', 'uuid', 'timestamp'])).toStrictEqual({
      id: '<arn>',
      token: 'job <uuid> done',
      at: ['<timestamp>', 'since <timestamp>'],
      n: 1,
    });
    expect(normalizeValue(value, ['uuid'])).toMatchObject({
      id: 'arn:aws:states:us-east-1:123456789012:execution:M:<uuid>',
    });
    expect(normalizeValue(value, [])).toBe(value);
    expect(normalizeValue({ '2024-01-01T00:00:00Z': 1 }, ['timestamp'])).toStrictEqual({
      '<timestamp>': 1,
    });
  });
});

describe('compareResult', () => {
  it('passes on a matching result and compares only the fields given', () => {
    expect(
      compareResult(
        { status: 'SUCCEEDED', output: { a: [1, { b: 2 }] } },
        result({ output: { a: [1, { b: 2 }] } }),
      ),
    ).toStrictEqual([]);
    expect(compareResult({ status: 'SUCCEEDED' }, result({ output: 'anything' }))).toStrictEqual(
      [],
    );
    expect(
      compareResult({ status: 'SUCCEEDED', output: null }, result({ output: null })),
    ).toStrictEqual([]);
  });

  it('lists differences with JSON pointers', () => {
    expect(
      compareResult(
        { status: 'SUCCEEDED', output: { a: [1, 2], b: { c: 'x' }, gone: 1 } },
        result({ output: { a: [1, 3], b: { c: 'y' }, extra: true } }),
      ),
    ).toStrictEqual([
      'output/a/1: expected 2, got 3',
      'output/b/c: expected "x", got "y"',
      'output/gone: missing (expected 1)',
      'output/extra: unexpected true',
    ]);
    expect(
      compareResult({ status: 'SUCCEEDED', output: [1] }, result({ output: [1, 2] })),
    ).toStrictEqual(['output: expected 1 items, got 2 ([1,2])']);
    expect(
      compareResult({ status: 'SUCCEEDED', output: 1 }, result({ output: undefined })),
    ).toStrictEqual(['output: expected 1, got (absent)']);
  });

  it('compares status, error, cause (null included) and the states entered', () => {
    const failed = result({ status: 'FAILED', error: 'E', cause: null, statesEntered: ['A'] });
    expect(compareResult({ status: 'SUCCEEDED' }, failed)).toStrictEqual([
      'status: expected SUCCEEDED, got FAILED (error "E", cause null)',
    ]);
    expect(compareResult({ status: 'FAILED', error: null, cause: 'why' }, failed)).toStrictEqual([
      'error: expected null, got "E"',
      'cause: expected "why", got null',
    ]);
    expect(compareResult({ status: 'FAILED', states: ['A', 'B'] }, failed)).toStrictEqual([
      'states: expected A → B, got A',
    ]);
  });

  it("compares the statuses a workflow reported (its status reader's) with the first difference", () => {
    const reader = () => ['p RUNNING', 'a QUEUED', 'a FAILED', 'p FAILED'];
    const r = result({ status: 'FAILED' });
    const expected = { status: 'FAILED' as const, statuses: reader() };
    expect(compareResult(expected, r, reader)).toStrictEqual([]);
    expect(
      compareResult({ ...expected, statuses: ['p RUNNING', 'a QUEUED', 'a SUCCEEDED'] }, r, reader),
    ).toStrictEqual([
      'statuses: #3 expected "a SUCCEEDED", got "a FAILED" (3 expected in all, 4 reported; aslc run --statuses prints them)',
    ]);
    expect(compareResult({ ...expected, statuses: [...reader(), 'x'] }, r, reader)).toStrictEqual([
      'statuses: #5 expected "x", got (end) (5 expected in all, 4 reported; aslc run --statuses prints them)',
    ]);
    // without a reader nothing was reported
    expect(compareResult({ ...expected, statuses: [] }, r)).toStrictEqual([]);
  });

  it('normalises both sides when the expectation asks for it', () => {
    const r = result({
      output: { at: '2026-11-21T12:00:00.000Z' },
      status: 'FAILED',
      cause: 'at 2026-11-21T12:00:00Z',
      error: 'E',
    });
    expect(
      compareResult(
        {
          status: 'FAILED',
          output: { at: '<timestamp>' },
          cause: 'at <timestamp>',
          normalize: ['timestamp'],
        },
        r,
      ),
    ).toStrictEqual([]);
    expect(compareResult({ status: 'FAILED', output: { at: '<timestamp>' } }, r)).toHaveLength(1);
  });
});

describe('parseExpected', () => {
  it('accepts the documented fields', () => {
    const e = {
      status: 'FAILED',
      error: null,
      cause: 'c',
      states: ['A'],
      statuses: ['p RUNNING'],
      normalize: ['arn'],
      comment: 'why',
    };
    expect(parseExpected(e)).toBe(e);
  });

  it('names the wrong field', () => {
    const message = (v: unknown) => {
      try {
        parseExpected(v);
        return 'accepted';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(message([])).toBe('expected.json: must be an object');
    expect(message({ status: 'DONE' })).toBe(
      'expected.json: status must be SUCCEEDED, FAILED or TIMED_OUT',
    );
    expect(message({ status: 'FAILED', error: 1 })).toBe(
      'expected.json: error must be a string or null',
    );
    expect(message({ status: 'FAILED', states: 'A' })).toBe(
      'expected.json: states must be an array of state names',
    );
    expect(message({ status: 'FAILED', statuses: ['p RUNNING', 1] })).toBe(
      'expected.json: statuses must be an array of "<job> <STATUS>" strings',
    );
    expect(message({ status: 'FAILED', normalize: ['date'] })).toBe(
      'expected.json: normalize must be an array of arn, uuid, timestamp',
    );
    expect(message({ status: 'FAILED', ouput: 1 })).toMatch(
      /^expected.json: unknown field 'ouput'/,
    );
  });
});
