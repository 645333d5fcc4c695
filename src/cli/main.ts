#!/usr/bin/env node
import yargs from 'yargs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError, isAslcError } from '../util/errors.ts';
import type { AslcCommand } from './command.ts';
import { commands } from './commands/index.ts';
import { createCliContext } from './context.ts';
import { processIo, type CliIo } from './io.ts';

/** The package version, read from package.json. */
function version(): string {
  const pkg = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
  ) as { version: string };
  return pkg.version;
}

/**
 * Runs the `aslc` command line and returns the exit code: 0 success, 1 invalid input or errors
 * found, 2 wrong usage. Nothing is thrown for a user's mistake.
 *
 * @example
 * ```ts
 * const code = await runCli(['compile', 'fixtures/workflows', '--out', 'out']);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  let usageError: string | undefined;
  const quiet = argv.includes('--quiet') || argv.includes('-q');
  const color = argv.includes('--no-color') ? false : argv.includes('--color') ? true : undefined;
  const ctx = createCliContext(io, { quiet, color });

  let parser = yargs()
    .scriptName('aslc')
    .usage(
      '$0 <command> [options]\n\nCompile, validate, run and deploy AWS Step Functions workflows.',
    )
    .option('quiet', {
      alias: 'q',
      type: 'boolean',
      default: false,
      describe: 'Print only errors and requested data',
    })
    .option('color', {
      type: 'boolean',
      describe: 'Force colours on or off (default: on for a terminal)',
    })
    .strict()
    .demandCommand(1, 'Name a command: aslc <command> --help shows its options.')
    .recommendCommands()
    .version(version())
    .help()
    .alias('h', 'help')
    .completion('completion', 'Print a bash/zsh completion script')
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      // Throwing stops yargs before it runs any handler.
      usageError = msg;
      throw new UsageError(msg, 'run aslc <command> --help for the options');
    });

  for (const cmd of commands as readonly AslcCommand[]) {
    parser = parser.command({
      command: cmd.command,
      describe: cmd.describe,
      builder: (y) => {
        let b = cmd.builder(y);
        for (const [line, what] of cmd.examples) b = b.example(line, what);
        return b;
      },
      handler: async (args) => {
        exitCode = await cmd.handler(args, ctx);
      },
    });
  }

  try {
    let output = '';
    await parser.parseAsync([...argv], {}, (_err, _args, out) => {
      output = out;
    });
    if (usageError !== undefined) {
      if (output) io.stderr.write(output + '\n');
      ctx.err(ctx.paint('red', `aslc: ${usageError}`));
      return 2;
    }
    if (output) io.stdout.write(output + '\n');
    return exitCode;
  } catch (e) {
    if (usageError !== undefined) {
      ctx.err(ctx.paint('red', `aslc: ${usageError}`));
      ctx.err('aslc: run aslc <command> --help for the options.');
      return 2;
    }
    if (isAslcError(e)) {
      ctx.err(ctx.paint('red', `aslc: ${e.format()}`));
      return e.code === 'UsageError' ? 2 : 1;
    }
    const err = e as Error;
    ctx.err(`aslc: internal error (please report it): ${err.stack ?? String(err)}`);
    return 1;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url).replace(/\.[cm]?[jt]s$/, '') ===
    process.argv[1].replace(/\.[cm]?[jt]s$/, '');

if (invokedDirectly) {
  const code = await runCli(process.argv.slice(2));
  process.exitCode = code;
}
