/**
 * The 18 intrinsic functions, with the examples of the Developer Guide's intrinsic-functions
 * page, their error behaviour (States.IntrinsicFailure) and the call parser.
 */
import { describe, expect, it } from 'vitest';
import { run, single } from './helpers.ts';

async function call(expr: string, input: unknown = {}, seed?: number): Promise<unknown> {
  const r = await run(
    single({ Type: 'Pass', Parameters: { 'v.$': expr }, End: true }),
    input,
    seed === undefined ? {} : { seed },
  );
  if (r.status !== 'SUCCEEDED') throw new Error(`${r.error}: ${r.cause}`);
  return (r.output as { v: unknown }).v;
}

async function failure(
  expr: string,
  input: unknown = {},
): Promise<{ error: string | null; cause: string | null }> {
  const r = await run(single({ Type: 'Pass', Parameters: { 'v.$': expr }, End: true }), input);
  expect(r.status).toBe('FAILED');
  return { error: r.error, cause: r.cause };
}

describe('intrinsic functions (Developer Guide examples)', () => {
  it('States.Format', async () => {
    const input = { name: 'Arnav', template: 'Hello, my name is {}.' };
    expect(await call("States.Format('Hello, my name is {}.', $.name)", input)).toBe(
      'Hello, my name is Arnav.',
    );
    expect(await call('States.Format($.template, $.name)', input)).toBe('Hello, my name is Arnav.');
  });

  it('States.Format escapes and value rendering', async () => {
    expect(await call('States.Format(\'\\{"a": {}\\}\', $.n)', { n: 1 })).toBe('{"a": 1}');
    expect(
      await call("States.Format('it\\'s {} {} {} {}', $.s, $.b, $.z, $.o)", {
        s: 'x',
        b: true,
        z: null,
        o: { k: [1, 'y'] },
      }),
    ).toBe("it's x true null {k=[1, y]}");
    expect(await call("States.Format('back\\\\slash {}', 'x')")).toBe('back\\slash x');
    const wrong = await failure("States.Format('{} {}', 'a')");
    expect(wrong.error).toBe('States.IntrinsicFailure');
    const lone = await failure("States.Format('a { b', 'a')");
    expect(lone.cause).toContain("matching '}' not found for '{'");
  });

  it('States.StringToJson and States.JsonToString', async () => {
    expect(
      await call('States.StringToJson($.escapedJsonString)', {
        escapedJsonString: '{"foo": "bar"}',
      }),
    ).toEqual({ foo: 'bar' });
    expect(
      await call('States.JsonToString($.unescapedJson)', { unescapedJson: { foo: 'bar' } }),
    ).toBe('{"foo":"bar"}');
    expect((await failure("States.StringToJson('{nope')")).error).toBe('States.IntrinsicFailure');
  });

  it('States.Array', async () => {
    expect(await call('States.Array($.Id)', { Id: 123456 })).toEqual([123456]);
    expect(await call("States.Array('a', 1, true, null, States.Array())")).toEqual([
      'a',
      1,
      true,
      null,
      [],
    ]);
  });

  it('States.ArrayPartition', async () => {
    expect(
      await call('States.ArrayPartition($.inputArray,4)', {
        inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      }),
    ).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
    expect((await failure('States.ArrayPartition($.a, 0)', { a: [1] })).error).toBe(
      'States.IntrinsicFailure',
    );
  });

  it('States.ArrayContains', async () => {
    const input = { inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9], lookingFor: 5 };
    expect(await call('States.ArrayContains($.inputArray, $.lookingFor)', input)).toBe(true);
    expect(await call('States.ArrayContains($.a, $.b)', { a: [{ x: [1] }], b: { x: [1] } })).toBe(
      true,
    );
  });

  it('States.ArrayRange', async () => {
    expect(await call('States.ArrayRange(1, 9, 2)')).toEqual([1, 3, 5, 7, 9]);
    expect(await call('States.ArrayRange(5, 1, -2)')).toEqual([5, 3, 1]);
    expect((await failure('States.ArrayRange(1, 1001, 1)')).cause).toContain('1000');
    expect(await call('States.ArrayRange(1, 1000, 1)')).toHaveLength(1000);
  });

  it('States.ArrayGetItem', async () => {
    expect(
      await call('States.ArrayGetItem($.inputArray, $.index)', {
        inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        index: 5,
      }),
    ).toBe(6);
    expect((await failure('States.ArrayGetItem($.a, 3)', { a: [1] })).error).toBe(
      'States.IntrinsicFailure',
    );
  });

  it('States.ArrayLength', async () => {
    expect(
      await call('States.ArrayLength($.inputArray)', { inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9] }),
    ).toBe(9);
    expect((await failure("States.ArrayLength('x')")).error).toBe('States.IntrinsicFailure');
  });

  it('States.ArrayUnique', async () => {
    expect(
      await call('States.ArrayUnique($.inputArray)', { inputArray: [1, 2, 3, 3, 3, 3, 3, 3, 4] }),
    ).toEqual([1, 2, 3, 4]);
  });

  it('States.Base64Encode and States.Base64Decode', async () => {
    expect(await call('States.Base64Encode($.input)', { input: 'Data to encode' })).toBe(
      'RGF0YSB0byBlbmNvZGU=',
    );
    expect(await call('States.Base64Decode($.base64)', { base64: 'RGF0YSB0byBlbmNvZGU=' })).toBe(
      'Data to encode',
    );
    expect((await failure("States.Base64Decode('not base64!')")).error).toBe(
      'States.IntrinsicFailure',
    );
  });

  it('States.Hash', async () => {
    expect(
      await call('States.Hash($.Data, $.Algorithm)', { Data: 'input data', Algorithm: 'SHA-1' }),
    ).toBe('aaff4a450a104cd177d28d18d74485e8cae074b7');
    expect(await call("States.Hash('abc', 'MD5')")).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(await call("States.Hash('abc', 'SHA-256')")).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await call("States.Hash('abc', 'SHA-384')")).toMatch(/^cb00753f45a35e8b/);
    expect(await call("States.Hash('abc', 'SHA-512')")).toMatch(/^ddaf35a193617aba/);
    expect((await failure("States.Hash('abc', 'SHA-3')")).error).toBe('States.IntrinsicFailure');
  });

  it('States.JsonMerge (shallow)', async () => {
    const input = { json1: { a: { a1: 1, a2: 2 }, b: 2 }, json2: { a: { a3: 1, a4: 2 }, c: 3 } };
    expect(await call('States.JsonMerge($.json1, $.json2, false)', input)).toEqual({
      a: { a3: 1, a4: 2 },
      b: 2,
      c: 3,
    });
    expect((await failure('States.JsonMerge($.json1, $.json2, true)', input)).error).toBe(
      'States.IntrinsicFailure',
    );
  });

  it('States.MathRandom is in range and reproducible', async () => {
    const input = { start: 1, end: 999 };
    const a = await call('States.MathRandom($.start, $.end)', input, 7);
    const b = await call('States.MathRandom($.start, $.end)', input, 7);
    expect(a).toBe(b);
    expect(a).toBeGreaterThanOrEqual(1);
    expect(a).toBeLessThan(999);
    const seeded1 = await call('States.MathRandom(1, 10, 42)', {}, 1);
    const seeded2 = await call('States.MathRandom(1, 10, 42)', {}, 2);
    expect(seeded1).toBe(seeded2);
  });

  it('States.MathAdd', async () => {
    expect(await call('States.MathAdd($.value1, $.step)', { value1: 111, step: -1 })).toBe(110);
    expect(await call('States.MathAdd(1.5, 2)')).toBe(4);
    expect((await failure("States.MathAdd('1', 2)")).error).toBe('States.IntrinsicFailure');
  });

  it('States.StringSplit', async () => {
    expect(
      await call('States.StringSplit($.inputString, $.splitter)', {
        inputString: '1,2,3,4,5',
        splitter: ',',
      }),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(
      await call('States.StringSplit($.inputString, $.splitter)', {
        inputString: 'This.is+a,test=string',
        splitter: '.+,=',
      }),
    ).toEqual(['This', 'is', 'a', 'test', 'string']);
  });

  it('States.UUID gives seeded v4 UUIDs', async () => {
    const a = await call('States.UUID()', {}, 3);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await call('States.UUID()', {}, 3)).toBe(a);
    expect(await call('States.UUID()', {}, 4)).not.toBe(a);
  });

  it('nests calls and reads the context object and variables', async () => {
    expect(
      await call("States.ArrayGetItem(States.StringSplit('2020-05-27T08:00:00.000Z', 'T'), 0)"),
    ).toBe('2020-05-27');
    expect(await call("States.Format('{}-{}', $$.State.Name, States.MathAdd(1, 2))")).toBe('S-3');
    const r = await run(
      {
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', Assign: { who: 'var' }, Next: 'B' },
          B: { Type: 'Pass', Parameters: { 'v.$': "States.Format('hi {}', $who)" }, End: true },
        },
      },
      {},
    );
    expect(r.output).toEqual({ v: 'hi var' });
  });

  it('a missing path argument is States.Runtime', async () => {
    expect((await failure('States.ArrayLength($.missing)')).error).toBe('States.Runtime');
  });

  it('Fail ErrorPath / CausePath accept intrinsics', async () => {
    const r = await run(
      single({ Type: 'Fail', ErrorPath: '$.e', CausePath: "States.Format('job {} failed', $.id)" }),
      { e: 'JobFailed', id: 42 },
    );
    expect(r).toMatchObject({ status: 'FAILED', error: 'JobFailed', cause: 'job 42 failed' });
  });
});
