import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GLOBAL_OPTIONS, type CommandSpec, type OptionSpec } from '../../src/cli/command-spec.ts';
import { commands } from '../../src/cli/commands/index.ts';
import { parseFast } from '../../src/cli/fast-args.ts';
import { parseWithYargs } from '../../src/cli/yargs-cli.ts';

/** What yargs makes of a command line, as the handler would receive it (or undefined on error). */
async function viaYargs(argv: readonly string[]): Promise<Record<string, unknown> | undefined> {
  const outcome = await parseWithYargs(argv, commands, '0.0.0', 100);
  return outcome.kind === 'command' ? outcome.args : undefined;
}

/** Tokens a user could type for a command: its options (long, short, negated, with values), positionals and junk. */
function tokens(command: CommandSpec): fc.Arbitrary<string[]> {
  const options: Readonly<Record<string, OptionSpec>> = { ...GLOBAL_OPTIONS, ...command.options };
  const values = fc.constantFrom(
    'a.json',
    'x',
    '-',
    '',
    'json',
    'text',
    'STANDARD',
    'express',
    '12',
    '-3',
    'true',
    'false',
    'all',
    'native,embedded',
    'asl',
    'terraform',
  );
  const token: fc.Arbitrary<readonly string[]> = fc.oneof(
    ...Object.entries(options).map(([name, spec]) =>
      fc.oneof(
        fc.constant([`--${name}`]),
        values.map((v) => [`--${name}`, v]),
        values.map((v) => [`--${name}=${v}`]),
        ...(spec.alias === undefined
          ? []
          : [values.map((v) => [`-${spec.alias}`, v]), fc.constant([`-${spec.alias}`])]),
        ...(spec.type === 'boolean' ? [fc.constant([`--no-${name}`])] : []),
        ...(spec.choices === undefined
          ? []
          : [fc.constantFrom(...spec.choices).map((c) => [`--${name}`, c])]),
      ),
    ),
    values.map((v) => [v]),
    fc.constantFrom(['--'], ['--help'], ['--bogus'], ['-z'], ['-qz'], ['--version']),
  );
  return fc.array(token, { maxLength: 6 }).map((parts) => parts.flat());
}

describe('parseFast (the command line without yargs)', () => {
  test('parses ordinary command lines', () => {
    expect(parseFast(['validate', 'a.asl.json', '--format', 'json'], commands)?.args).toEqual({
      files: ['a.asl.json'],
      format: 'json',
      type: 'STANDARD',
      allowPlaceholders: false,
      remote: false,
      quiet: false,
    });
    expect(
      parseFast(['build', '-t', 'asl', 'terraform', '--no-validate', '-q'], commands)?.args,
    ).toMatchObject({
      target: ['asl', 'terraform'],
      validate: false,
      quiet: true,
    });
    expect(
      parseFast(['run', 'wf.asl.json', '--input', '-', '--type', 'express'], commands)?.args,
    ).toMatchObject({
      workflow: 'wf.asl.json',
      input: '-',
      type: 'EXPRESS',
    });
    expect(
      parseFast(['test', '-e', 'native', '-e', 'embedded', 'fixtures/run'], commands)?.args,
    ).toMatchObject({
      cases: ['fixtures/run'],
      engine: ['native', 'embedded'],
    });
  });

  test('leaves help, errors and anything unusual to yargs', () => {
    for (const argv of [
      [],
      ['--help'],
      ['validate', '--help'],
      ['validate'],
      ['validate', 'a.json', '--format', 'xml'],
      ['validate', 'a.json', '--bogus'],
      ['diff', 'a', 'b', 'c'],
      ['validate', 'a.json', '--', '--format'],
      ['build', '-qc', 'x'],
      ['build', '--check', 'false'],
      ['bogus'],
    ]) {
      expect(parseFast(argv, commands), argv.join(' ')).toBeUndefined();
    }
  });

  test('whatever it accepts, yargs parses to the same arguments (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...commands).chain((c) => tokens(c).map((t) => [c.name, ...t])),
        async (argv) => {
          const fast = parseFast(argv, commands);
          if (fast === undefined) return;
          expect(await viaYargs(argv), argv.join(' ')).toEqual(fast.args);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
