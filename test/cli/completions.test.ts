import { describe, expect, test } from 'vitest';
import { commands } from '../../src/cli/commands/index.ts';
import { completions } from '../../src/cli/completions.ts';
import { closestName } from '../../src/cli/suggest.ts';
import { cli } from '../support/cli.ts';

describe('shell completion', () => {
  test('commands first, then the long options of the command, then choices', () => {
    expect(completions([''], commands)).toEqual([...commands.map((c) => c.name), 'completion']);
    const build = completions(['build', '--'], commands);
    expect(build).toEqual(
      expect.arrayContaining(['--target', '--no-validate', '--quiet', '--help']),
    );
    expect(build.filter((w) => /^--.$/.test(w))).toEqual([]);
    expect(completions(['validate', '--format', ''], commands)).toEqual(['text', 'json']);
    expect(completions(['run', '-e', ''], commands)).toEqual([
      'native',
      'embedded',
      'sfn-local',
      'aws',
    ]);
    // a file is expected: no words, so the shell completes file names
    expect(completions(['validate', ''], commands)).toEqual([]);
    expect(completions(['bogus', ''], commands)).toEqual([]);
  });

  test('aslc --get-yargs-completions prints them, one per line', async () => {
    const r = await cli(['--get-yargs-completions', 'aslc', 'diff', '--f']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain('--format');
  });
});

describe('unknown commands', () => {
  test('suggest a command only when it is close', async () => {
    expect(closestName('vaildate', ['validate', 'run'])).toBe('validate');
    expect(closestName('tset', ['test', 'run'])).toBe('test');
    expect(closestName('rn', ['test', 'run'])).toBe('run');
    expect(closestName('xyz', ['test', 'run', 'init'])).toBeUndefined();
    expect(closestName('x'.repeat(10_000), ['test'])).toBeUndefined();
    const far = await cli(['xyz']);
    expect(far.code).toBe(2);
    expect(far.stderr).toBe(
      "aslc: unknown command 'xyz'.\naslc: run aslc --help for the commands.\n",
    );
    const near = await cli(['biuld']);
    expect(near.stderr).toMatch(/unknown command 'biuld'\. Did you mean 'build'\?/);
  });
});
