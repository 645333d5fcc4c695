import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexDigest } from '../../src/scaffolding/python/hashing.ts';
import { parseJsonLossless } from '../../src/scaffolding/python/lossless-json.ts';
import { PyRandom } from '../../src/scaffolding/python/mt19937.ts';
import { compareCodePoints, pyJsonDumps } from '../../src/scaffolding/python/py-json.ts';
import { pyFloatRepr, pyStr, pyStrRepr } from '../../src/scaffolding/python/py-repr.ts';
import { isRawNumber, makeRawNumber } from '../../src/scaffolding/python/raw-number.ts';

// Expected values below were produced by CPython 3.11.7.
describe('pyFloatRepr', () => {
  it.each([
    [1, '1.0'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e300, '1.5e+300'],
    [-0, '-0.0'],
    [123.456, '123.456'],
    [1e22, '1e+22'],
    [2.5e-7, '2.5e-07'],
    [0.1, '0.1'],
    [100, '100.0'],
    [12345678901234568, '1.2345678901234568e+16'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
  ])('repr(%s) = %s', (x, expected) => {
    expect(pyFloatRepr(x)).toBe(expected);
  });
});

describe('pyJsonDumps (json.dumps(sort_keys=True))', () => {
  it('sorts keys by code point, escapes non-ASCII and keeps Python floats', () => {
    const value = {
      b: 1,
      a: [makeRawNumber('1.0'), 'é\u2028\u007f\n"\\', null, true],
      '\u{1F600}': 2,
      '\uffff': 3,
    };
    expect(pyJsonDumps(value)).toBe(
      '{"a": [1.0, "\\u00e9\\u2028\\u007f\\n\\"\\\\", null, true], "b": 1, "\\uffff": 3, "\\ud83d\\ude00": 2}',
    );
  });

  it('renders JavaScript floats in Python repr', () => {
    expect(pyJsonDumps([0.5, 1e-5, 3])).toBe('[0.5, 1e-05, 3]');
  });

  it('orders strings like Python', () => {
    expect(['\u{1F600}', '\uffff', 'a'].sort(compareCodePoints)).toEqual([
      'a',
      '\uffff',
      '\u{1F600}',
    ]);
  });
});

describe('hashes (core sha256_hexdigest / get_execution_hash)', () => {
  const image = '051791135335.dkr.ecr.us-west-2.amazonaws.com/test_image:latest';

  it('reproduces the EX1 job-definition and job hashes', () => {
    const command = ['cmd', '${ENV_BASE}', '${A}/${B}'];
    expect(sha256HexDigest(['custom', image, command])).toBe(
      '2256fd5eb257ce10f94e2e1260c5b2bd6823a183025e91f80bfb8f9190d72cf6',
    );
    expect(
      sha256HexDigest([
        'custom',
        image,
        command,
        '4dfc6b14-7213-3363-8009-b23c56e3a1b1',
        { A: 'a', B: 'b', C: 'c' },
        [],
        [],
      ]),
    ).toBe('d4895386cb0124a49e1e002827ac4870bbb07cbf77ea50e33b43bad35ed59f49');
  });

  it('reproduces the pinned hashes of core 1.1 (test_filters.py)', () => {
    const img = '123456789012.dkr.ecr.us-west-2.amazonaws.com/demand:1.0.0';
    const cmd = ['run', '--input', '${ALIGNED}', '--output', '${RESULTS}'];
    expect(sha256HexDigest(['demand', img, cmd])).toBe(
      '44a99a3987f95c176580af70cab1231c518f280a1edc3f5e4fdcba6cfb5f661c',
    );
    const asStrings = {
      aligned: 's3://bucket/run1/ @ aligned',
      results: 'results @ s3://bucket/out/',
      threads: '4',
    };
    expect(
      sha256HexDigest([
        'demand',
        img,
        cmd,
        'ocsdv-453-hash-regression',
        asStrings,
        ['aligned'],
        ['results'],
      ]),
    ).toBe('f60365cee2c2312e2ddde6faa74a4312574e7a46b39fd5737defbe2943212026');
  });

  it('hashes strings as UTF-8', () => {
    expect(sha256Hex('s3://bucket/key').slice(0, 8)).toBe('558ca153');
    expect(sha256Hex('s3://bucket/prefix/sample.bam')).toBe(
      '96b3515358b13cb9f74c53b669abe36818f436ab60adf32729d1228ebf32cb73',
    );
  });
});

describe('PyRandom (CPython random.Random(str).choice)', () => {
  // scaffolding.md §2.3 test vectors: first uint32, then the index picked for n = 2, 3, 4, 5, 8.
  it.each([
    ['exec-123#scratch', 1875772595, [1, 1, 3, 3, 6]],
    ['exec-0002#scratch', 1348759609, [1, 1, 2, 2, 5]],
    ['exec-0002#shared', 2254136733, [1, 2, 2, 4, 5]],
    ['4dfc6b14-7213-3363-8009-b23c56e3a1b1#scratch', 1399612711, [1, 1, 2, 2, 5]],
    ['4dfc6b14-7213-3363-8009-b23c56e3a1b1#tmp', 2867860411, [1, 2, 3, 3, 6]],
    ['é#tmp', 897390002, [0, 0, 1, 1, 3]],
  ])('seed %s', (seed, first, picks) => {
    expect(new PyRandom(seed).nextUint32()).toBe(first);
    expect([2, 3, 4, 5, 8].map((n) => new PyRandom(seed).choiceIndex(n))).toEqual(picks);
  });
});

describe('parseJsonLossless', () => {
  it('keeps Python floats and big ints as raw numbers', () => {
    const v = parseJsonLossless(
      '{"a": 1.0, "b": 2, "c": 0.5, "d": 12345678901234567890, "e": 1E2}',
    ) as Record<string, unknown>;
    expect(isRawNumber(v['a'])).toBe(true);
    expect(v['b']).toBe(2);
    expect(v['c']).toBe(0.5);
    expect(JSON.stringify(v)).toBe('{"a":1.0,"b":2,"c":0.5,"d":12345678901234567890,"e":100.0}');
  });

  it('throws on malformed JSON', () => {
    expect(() => parseJsonLossless('{')).toThrow(SyntaxError);
  });
});

describe('pyStr / pyStrRepr', () => {
  it('renders values as Python str()', () => {
    expect(pyStr([1, 'a', null, true])).toBe("[1, 'a', None, True]");
    expect(pyStr({ k: 1.5 })).toBe("{'k': 1.5}");
    expect(pyStr(8)).toBe('8');
    expect(pyStr(makeRawNumber('8.0'))).toBe('8.0');
    expect(pyStrRepr("it's")).toBe('"it\'s"');
  });
});
