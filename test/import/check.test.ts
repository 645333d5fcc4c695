// The check of aslc import: generated code is loaded, compiled and compared with its definition;
// a difference is reported with its JSON pointer and both values; nothing is left behind.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkModules } from '../../src/cli/import/check-modules.ts';
import { jsonDifferences, shortJson } from '../../src/util/json-compare.ts';

const work = mkdtempSync(join(tmpdir(), 'aslc-import-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const code = [
  '// Imported by aslc from a.asl.json.',
  "import { pass, stateMachine } from 'aslc';",
  '',
  "export default stateMachine({ definition: pass('A', { result: { n: 1 } }) });",
  '',
].join('\n');

describe('aslc import: the check', () => {
  test('equal by content passes (key order ignored); a difference names its place and both values', async () => {
    const out = join(work, 'out');
    const [same, different] = await checkModules(
      [
        {
          code,
          expected: { States: { A: { End: true, Result: { n: 1 }, Type: 'Pass' } }, StartAt: 'A' },
        },
        {
          code,
          expected: { StartAt: 'A', States: { A: { Type: 'Pass', Result: { n: 2 }, End: true } } },
        },
      ],
      out,
    );
    expect(same).toEqual({ ok: true, states: 1, respaced: 0 });
    expect(different).toEqual({
      ok: false,
      differences: [{ pointer: '/States/A/Result/n', expected: 2, actual: 1 }],
    });
    // The temporary folder and the output folder made for it are gone.
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work)).toEqual([]);
  });

  test('a module that does not build is an error, not a crash', async () => {
    const [broken] = await checkModules(
      [{ code: code.replace("pass('A'", "pass(''"), expected: {} }],
      work,
    );
    expect(broken).toMatchObject({ ok: false, error: { code: 'InvalidStateName' } });
    expect(readdirSync(work)).toEqual([]);
  });

  test('jsonDifferences: missing and extra keys, arrays, kinds', () => {
    expect(jsonDifferences({ a: [1, 2], b: 'x' }, { a: [1], c: null })).toEqual([
      { pointer: '/a/1', expected: 2, actual: undefined },
      { pointer: '/b', expected: 'x', actual: undefined },
      { pointer: '/c', expected: undefined, actual: null },
    ]);
    expect(jsonDifferences({ 'a/b': { '~': 1 } }, { 'a/b': { '~': '1' } })).toEqual([
      { pointer: '/a~1b/~0', expected: 1, actual: '1' },
    ]);
    expect(shortJson(undefined)).toBe('(absent)');
    expect(shortJson('x'.repeat(100))).toHaveLength(80);
  });
});
