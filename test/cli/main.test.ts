import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, repoRoot } from '../support/cli.ts';

const commands = ['build', 'compile', 'validate', 'run', 'test', 'render', 'diff', 'scaffold'];

describe('aslc (every command)', () => {
  test('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  test('--help lists every command; each command has --help with examples', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    for (const c of commands) expect(top.stdout).toContain(`aslc ${c}`);
    for (const c of commands) {
      const r = await cli([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toContain('Examples:');
      expect(r.stdout, c).toContain('--quiet');
    }
  });

  test('wrong usage exits 2 with one line and no stack trace', async () => {
    for (const args of [
      [],
      ['bogus'],
      ['compile', '--out', 'x'],
      ['validate', 'x.json', '--format', 'xml'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^aslc: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test('shell completion', async () => {
    const script = await cli(['completion']);
    expect(script.code).toBe(0);
    expect(script.stdout).toContain('_aslc_yargs_completions');
    const words = await cli(['--get-yargs-completions', 'aslc', '']);
    for (const c of commands) expect(words.stdout.split('\n')).toContain(c);
  });

  test('colours only when asked or on a terminal', async () => {
    const plain = await cli(['validate', 'fixtures/validation/valid']);
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await cli(['validate', 'fixtures/cli/none.asl.json', '--color']);
    expect(coloured.stderr + coloured.stdout).toContain('\u001b[');
  });
});
