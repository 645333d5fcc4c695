/** JSONata regular expressions on RE2: the RegExp adapter and its use by the interpreter. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Re2RegExp } from '../../../src/run/interpreter/re2-regexp.ts';
import { run } from './helpers.ts';

/** Every match as [text, index, groups…], the way jsonata walks them (lastIndex, then exec). */
function allMatches(
  re: { lastIndex: number; exec(s: string): ((string | undefined)[] & { index: number }) | null },
  s: string,
) {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let guard = 0; guard < 100; guard++) {
    const m = re.exec(s);
    if (m === null) break;
    out.push([...m, m.index]);
    if (m[0] === '') re.lastIndex += 1; // as jsonata refuses to loop on an empty match
  }
  return out;
}

describe('Re2RegExp (RegexEngine for jsonata)', () => {
  it('behaves like RegExp for exec and lastIndex with the g flag', () => {
    const re = new Re2RegExp(/(\d+)-(x)?/g);
    expect(allMatches(re, 'a 12- 3-x')).toEqual([
      ['12-', '12', undefined, 2],
      ['3-x', '3', 'x', 6],
    ]);
    expect(re.lastIndex).toBe(0);
    expect(new Re2RegExp(/hello/gi).exec('say HELLO')?.index).toBe(4);
    expect(new Re2RegExp(/^b/gm).exec('a\nb')?.index).toBe(2);
    expect(new Re2RegExp(/(?<year>\d{4})/g).exec('in 2024')?.[1]).toBe('2024');
    expect(new Re2RegExp(/(?<=a)b/g).exec('cbab')?.index).toBe(3);
    expect(new Re2RegExp('b', '').test('abc')).toBe(true);
  });

  it('counts indexes in UTF-16 code units, as RegExp does', () => {
    const re = new Re2RegExp(/b+/g);
    const m = re.exec('😀a😀bb');
    expect(m?.index).toBe('😀a😀'.length);
    expect(re.lastIndex).toBe('😀a😀bb'.length);
  });

  it('agrees with RegExp on simple patterns (property)', () => {
    const patterns = ['a+', 'a|b', '(a)(b)?', '[ab]c', 'a*', 'b{2}', '(ab)+', '^a', 'c$'];
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns),
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 10 }).map((cs) => cs.join('')),
        (pattern, s) =>
          JSON.stringify(allMatches(new Re2RegExp(pattern, 'g'), s)) ===
          JSON.stringify(allMatches(new RegExp(pattern, 'g'), s)),
      ),
      { numRuns: 1000 },
    );
  });

  it('matches catastrophic patterns in linear time', () => {
    const re = new Re2RegExp(/(a+)+$/g);
    expect(re.exec(`${'a'.repeat(100_000)}!`)).toBeNull();
    expect(new Re2RegExp(/(x+x+)+y/g).exec('x'.repeat(50_000))).toBeNull();
  });

  it('refuses backreferences and lookahead with a clear message', () => {
    expect(() => new Re2RegExp(/(a)\1/g)).toThrow(/linear-time engine \(RE2\): backreferences/);
    expect(() => new Re2RegExp(/(?<n>a)\k<n>/g)).toThrow(/backreferences are not supported/);
    expect(() => new Re2RegExp(/a(?=b)/g)).toThrow(/lookahead is not supported/);
    expect(() => new Re2RegExp(/a(?!b)/g)).toThrow(/lookahead is not supported/);
  });
});

describe('JSONata regular expressions in the interpreter', () => {
  const output = (expr: string, input: unknown = {}) =>
    run(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'P',
        States: { P: { Type: 'Pass', Output: expr, End: true } },
      },
      input,
    );

  it('$match, $contains, $replace and $split with a regex literal', async () => {
    const r = await output(
      `{% {"m": $match("a1b22", /\\d+/).match, "c": $contains("Hello", /l+/), "r": $replace("a-b-c", /-/, "+"), "s": $split("a1b2c", /\\d/)} %}`,
    );
    expect(r.output).toEqual({ m: ['1', '22'], c: true, r: 'a+b+c', s: ['a', 'b', 'c'] });
  });

  it('is instant on catastrophic patterns', async () => {
    const r = await output(
      '{% [$match($states.input.s, /(a+)+$/), $contains($states.input.s, /(a|aa)+$/)] %}',
      { s: `${'a'.repeat(30_000)}!` },
    );
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([false]); // $match found nothing (undefined), $contains false
  });

  it('fails a backreference with States.QueryEvaluationError naming the engine', async () => {
    const r = await output('{% $match("aa", /(a)\\1/) %}');
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.QueryEvaluationError');
    expect(r.cause).toContain("cannot run on aslc's linear-time engine (RE2): backreferences");
  });

  it('$toMillis keeps its results and matches pictures in linear time', async () => {
    const r = await output(
      "{% [$toMillis('2024-01-02', '[Y0001]-[M01]-[D01]'), $toMillis('2024-01-02T03:04:05Z'), $toMillis('02/01/2024 10pm', '[D01]/[M01]/[Y0001] [h#1][P]'), $toMillis('Tuesday, 2nd January 2024', '[FNn], [D1o] [MNn] [Y]')] %}",
    );
    // the values jsonata 2.0.6 gives with the native RegExp
    expect(r.output).toEqual([1704153600000, 1704164645000, 1704232800000, 1704153600000]);
    // Seven adjacent variable-width components: O(n^7) steps on a backtracking engine.
    const slow = await output("{% $toMillis($states.input.t, '[Y][M][D][H][m][s][f]') %}", {
      t: `${'1'.repeat(5_000)}x`,
    });
    expect(slow.cause).toContain('returned nothing (undefined)');
    // JSONata's ISO 8601 pattern is quadratic on long strings; no timestamp is that long.
    const iso = await output('{% $toMillis($states.input.t) %}', {
      t: `2024${'-11'.repeat(80_000)}x`,
    });
    expect(iso.error).toBe('States.QueryEvaluationError');
    expect(iso.cause).toContain('D3110');
    expect(RegExp).toBe(globalThis.RegExp); // the global constructor is restored
    expect(new RegExp('a').constructor).toBe(RegExp);
  });

  it('keeps RE2 after another jsonata user resets the global engine', async () => {
    const jsonata = (await import('jsonata')).default;
    jsonata('$match("a", /a/)'); // resets jsonata.RegexEngine to RegExp, as the validator does
    const r = await output('{% $contains($states.input.s, /(a+)+$/) %}', {
      s: `${'a'.repeat(30_000)}!`,
    });
    expect(r.output).toBe(false);
  });

  it('JSONPath filters match =~ on RE2 too', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Parameters: { 'm.$': '$.items[?(@ =~ /(a+)+$/)]' }, End: true },
      },
    };
    const r = await run(def, { items: [`${'a'.repeat(50_000)}!`, 'aaa'] });
    expect(r.output).toEqual({ m: ['aaa'] });
  });
});
