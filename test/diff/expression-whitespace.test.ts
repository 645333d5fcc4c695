// aslc diff compares intrinsic calls and JSONata expressions by their parse (issue 13, point 2):
// whitespace-only differences are not changes; real ones still are.
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { diffDefinitions, formatDiffEntry, jsonEqual } from '../../src/diff/index.ts';
import { cli, repoRoot } from '../support/cli.ts';

const dir = join(repoRoot, 'fixtures/diff/expressions');
const file = (name: string) => join(dir, `${name}.asl.json`);

describe('aslc diff reads expressions, not their spacing', () => {
  it('exits 0 when intrinsic calls and JSONata expressions differ only in whitespace', async () => {
    expect(await cli(['diff', file('before'), file('whitespace')])).toEqual({
      code: 0,
      stdout: 'no differences\n',
      stderr: '',
    });
  });

  it('still reports real changes, and whitespace inside string literals and plain text', async () => {
    const r = await cli(['diff', file('before'), file('changed'), '-q']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l !== '')).toEqual([
      `~ /States/Key/Parameters/key.$: "States.Format('{}/{}',$.id,States.UUID())" → "States.Format('{}-{}', $.id, States.UUID())"`,
      `~ /States/Key/Parameters/label: "States.Format('{}',$.x)" → "States.Format('{}', $.x)"`,
      `~ /States/Total/Output/name: "{% $states.input.first & ' ' & $states.input.last %}" → "{% $states.input.first & '  ' & $states.input.last %}"`,
      '~ /States/Total/Output/total: "{%$sum($states.input.items.price)%}" → "{% $sum($states.input.items.cost) %}"',
    ]);
  });

  it('compares by the shared grammars, and text that does not parse as text', () => {
    const machine = (value: unknown) => ({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Parameters: value, End: true } },
    });
    const same: [unknown, unknown][] = [
      [{ 'a.$': 'States.Array(1,2.0)' }, { 'a.$': 'States.Array(1, 2)' }],
      [
        { 'a.$': "States.Format('{}', $.items[?(@.n==1)])" },
        { 'a.$': "States.Format('{}',$.items[?(@.n == 1)])" },
      ],
    ];
    for (const [a, b] of same) expect(diffDefinitions(machine(a), machine(b))).toEqual([]);
    const jsonata = (value: unknown) => ({
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: { A: { Type: 'Pass', Output: value, End: true } },
    });
    expect(diffDefinitions(jsonata({ a: ['{% 1+2 %}'] }), jsonata({ a: ['{%1 + 2%}'] }))).toEqual(
      [],
    );
    const different: [unknown, unknown][] = [
      [{ 'a.$': 'States.Array(1,' }, { 'a.$': 'States.Array(1, ' }],
      [{ a: '{% 1 + %}' }, { a: '{%1 + %}' }],
      [{ 'a.$': "States.Format('a b')" }, { 'a.$': "States.Format('a  b')" }],
      [{ a: '{% "x y" %}' }, { a: '{% "x  y" %}' }],
      [{ a: 'States.UUID( )' }, { a: 'States.UUID()' }],
    ];
    for (const [a, b] of different) {
      expect(diffDefinitions(machine(a), machine(b)).map(formatDiffEntry)).toHaveLength(1);
    }
    expect(jsonEqual({ 'k.$': 'States.UUID( )' }, { 'k.$': 'States.UUID()' })).toBe(true);
  });

  it('tells JSONata regular expressions apart (a RegExp is not JSON)', () => {
    const machine = (output: string) => ({
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: { A: { Type: 'Pass', Output: output, End: true } },
    });
    const a = machine('{% $match($states.input.s, /ab+c/) %}');
    expect(diffDefinitions(a, machine('{% $match($states.input.s, /zzz/i) %}'))).toHaveLength(1);
    expect(diffDefinitions(a, machine('{% $match($states.input.s, /ab+c/i) %}'))).toHaveLength(1);
    expect(diffDefinitions(a, machine('{%$match($states.input.s,/ab+c/)%}'))).toEqual([]);
  });

  it('compares literal text as text: Comments, JSONPath payload strings, Pass Result', () => {
    const jsonpath = (state: Record<string, unknown>) => ({
      StartAt: 'A',
      States: { A: { Type: 'Pass', End: true, ...state } },
    });
    const jsonata = (state: Record<string, unknown>) => ({
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: { A: { Type: 'Pass', End: true, ...state } },
    });
    const changed: [unknown, unknown, string][] = [
      [jsonata({ Comment: '{% a %}' }), jsonata({ Comment: '{%a%}' }), '/States/A/Comment'],
      [{ ...jsonata({}), Comment: '{% a %}' }, { ...jsonata({}), Comment: '{%a%}' }, '/Comment'],
      [
        jsonpath({ Parameters: { a: '{% $x %}' } }),
        jsonpath({ Parameters: { a: '{%$x%}' } }),
        '/States/A/Parameters/a',
      ],
      [
        jsonpath({ Result: { 'r.$': 'States.UUID()' } }),
        jsonpath({ Result: { 'r.$': 'States.UUID( )' } }),
        '/States/A/Result/r.$',
      ],
      [
        jsonpath({ Result: { x: { 'r.$': 'States.UUID()' } } }),
        jsonpath({ Result: { x: { 'r.$': 'States.UUID( )' } } }),
        '/States/A/Result/x/r.$',
      ],
      // A JSONPath state's `.$` keys hold no JSONata.
      [
        jsonpath({ Parameters: { 'a.$': '{% $x %}' } }),
        jsonpath({ Parameters: { 'a.$': '{%$x%}' } }),
        '/States/A/Parameters/a.$',
      ],
    ];
    for (const [a, b, pointer] of changed) {
      expect(diffDefinitions(a, b)).toMatchObject([{ kind: 'field-changed', pointer }]);
    }
    // Evaluated places still compare by parse, in nested payloads and Catch too.
    const same: [unknown, unknown][] = [
      [
        jsonpath({ Assign: { x: { 'r.$': 'States.UUID()' } } }),
        jsonpath({ Assign: { x: { 'r.$': 'States.UUID( )' } } }),
      ],
      [jsonata({ Output: { Comment: '{% a %}' } }), jsonata({ Output: { Comment: '{%a%}' } })],
      [
        { StartAt: 'A', States: { A: { Type: 'Fail', CausePath: 'States.UUID()' } } },
        { StartAt: 'A', States: { A: { Type: 'Fail', CausePath: 'States.UUID( )' } } },
      ],
      [
        {
          StartAt: 'A',
          States: { A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{%1%}', End: true } },
        },
        {
          StartAt: 'A',
          States: { A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% 1 %}', End: true } },
        },
      ],
    ];
    for (const [a, b] of same) expect(diffDefinitions(a, b)).toEqual([]);
  });

  it('finds a renamed state whose expressions differ only in whitespace', () => {
    const a = {
      StartAt: 'Old',
      States: {
        Old: { Type: 'Pass', Parameters: { 'k.$': 'States.UUID()' }, Next: 'OldJ' },
        OldJ: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{%1%}', End: true },
      },
    };
    const b = {
      StartAt: 'New',
      States: {
        New: { Type: 'Pass', Parameters: { 'k.$': 'States.UUID( )' }, Next: 'NewJ' },
        NewJ: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% 1 %}', End: true },
      },
    };
    expect(diffDefinitions(a, b).map(formatDiffEntry)).toEqual([
      "> renamed 'Old' → 'New'",
      "> renamed 'OldJ' → 'NewJ'",
    ]);
    // A literal Output of a JSONPath state is text: not a rename.
    const literal = (name: string, output: string) => ({
      StartAt: name,
      States: { [name]: { Type: 'Pass', Output: output, End: true } },
    });
    expect(diffDefinitions(literal('Old', '{%1%}'), literal('New', '{% 1 %}'))).toHaveLength(3);
  });

  it('loads jsonata only when two JSONata strings differ in their text', () => {
    // In a process of its own: the test workers share loaded modules.
    const script = `
      import { createRequire } from 'node:module';
      import { diffDefinitions } from './src/diff/index.ts';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache)
        .some((k) => k.includes('node_modules/jsonata/'));
      const machine = (output) => ({
        StartAt: 'A',
        States: { A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: output, End: true } },
      });
      const same = diffDefinitions(machine('{% $x %}'), machine('{% $x %}')).length;
      const before = loaded();
      const spaced = diffDefinitions(machine('{% $x %}'), machine('{%$x%}')).length;
      console.log(JSON.stringify([same, before, spaced, loaded()]));
    `;
    const r = spawnSync(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([0, false, 0, true]);
  });
});
