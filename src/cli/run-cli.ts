import { isAslcError } from '../util/errors.ts';
import { packageManifest } from '../util/package-root.ts';
import type { CommandSpec } from './command-spec.ts';
import { commands } from './commands/index.ts';
import { completions } from './completions.ts';
import { createCliContext, type CliContext } from './context.ts';
import { parseFast } from './fast-args.ts';
import { processIo, type CliIo } from './io.ts';
import { closestName } from './suggest.ts';

/** One line for an error that is not a user's mistake: a bug, reported without a stack trace. */
function internalErrorLine(e: unknown, env: CliIo['env']): string {
  let text: string;
  try {
    text =
      e instanceof Error
        ? env['ASLC_DEBUG'] === '1'
          ? (e.stack ?? e.message)
          : `${e.name}: ${e.message.split('\n')[0] ?? ''}`
        : String(e);
  } catch {
    text = 'an error that cannot be printed';
  }
  return `aslc: internal error: ${text} (please report it with the command line; ASLC_DEBUG=1 prints the stack trace)`;
}

/** Prints an error thrown by a command and returns its exit code. */
function report(e: unknown, ctx: CliContext): number {
  if (isAslcError(e)) {
    ctx.err(ctx.paint('red', `aslc: ${e.format()}`));
    return e.code === 'UsageError' ? 2 : 1;
  }
  ctx.err(ctx.paint('red', internalErrorLine(e, ctx.io.env)));
  return 1;
}

/** Loads a command's handler and runs it; every error becomes one line and an exit code. */
async function runCommand(
  command: CommandSpec,
  args: Readonly<Record<string, unknown>>,
  ctx: CliContext,
): Promise<number> {
  try {
    const handler = await command.load();
    return await handler(args, ctx);
  } catch (e) {
    return report(e, ctx);
  }
}

/** The first word that is not an option: the command the user meant. */
function firstWord(argv: readonly string[]): string | undefined {
  return argv.find((a) => !a.startsWith('-'));
}

/**
 * Runs the `aslc` command line and returns the exit code: 0 success, 1 invalid input or errors
 * found, 2 wrong usage. Nothing is thrown for a user's mistake. An ordinary command line is
 * parsed without yargs and only the command's own modules are loaded; `--help`, completion and
 * usage errors go through yargs, built from the same declarations.
 *
 * @example
 * ```ts
 * const code = await runCli(['compile', 'fixtures/workflows', '--out', 'out']);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const quiet = argv.includes('--quiet') || argv.includes('-q');
  const color = argv.includes('--no-color') ? false : argv.includes('--color') ? true : undefined;
  const ctx = createCliContext(io, { quiet, color });

  if (argv.length === 1 && argv[0] === '--version') {
    ctx.out(packageManifest().version);
    return 0;
  }
  if (argv[0] === '--get-yargs-completions') {
    for (const line of completions(argv.slice(2), commands)) ctx.out(line);
    return 0;
  }
  const word = firstWord(argv);
  if (word !== undefined && word !== 'completion' && !commands.some((c) => c.name === word)) {
    const close = closestName(
      word,
      commands.map((c) => c.name),
    );
    ctx.err(
      ctx.paint(
        'red',
        `aslc: unknown command '${word}'.${close === undefined ? '' : ` Did you mean '${close}'?`}`,
      ),
    );
    ctx.err('aslc: run aslc --help for the commands.');
    return 2;
  }

  const fast = parseFast(argv, commands);
  if (fast !== undefined) return runCommand(fast.command, fast.args, ctx);

  try {
    const { parseWithYargs } = await import('./yargs-cli.ts');
    const outcome = await parseWithYargs(
      argv,
      commands,
      packageManifest().version,
      Math.min(110, io.columns ?? 100),
    );
    switch (outcome.kind) {
      case 'command':
        return await runCommand(outcome.command, outcome.args, ctx);
      case 'output':
        if (outcome.text !== '') io.stdout.write(outcome.text + '\n');
        return 0;
      case 'usage':
        if (outcome.help !== '') io.stderr.write(outcome.help + '\n');
        ctx.err(ctx.paint('red', `aslc: ${outcome.message}`));
        ctx.err('aslc: run aslc <command> --help for the options.');
        return 2;
    }
  } catch (e) {
    return report(e, ctx);
  }
}
