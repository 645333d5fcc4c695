import yargs, { type Argv, type Options } from 'yargs';
import { UsageError } from '../util/errors.ts';
import {
  GLOBAL_OPTIONS,
  camelCase,
  usageOf,
  type CommandSpec,
  type OptionSpec,
} from './command-spec.ts';

/** What yargs made of a command line. */
export type YargsOutcome =
  /** A command to run, with its handler's arguments. */
  | {
      readonly kind: 'command';
      readonly command: CommandSpec;
      readonly args: Record<string, unknown>;
    }
  /** Text yargs printed instead (help, version, completion script). */
  | { readonly kind: 'output'; readonly text: string }
  /** A usage error, with yargs's message and the help text it printed. */
  | { readonly kind: 'usage'; readonly message: string; readonly help: string };

/** The yargs declaration of one option. */
function yargsOption(spec: OptionSpec): Options {
  return {
    type: spec.type,
    describe: spec.describe,
    ...(spec.alias === undefined ? {} : { alias: spec.alias }),
    ...(spec.array === true ? { array: true } : {}),
    ...(spec.nargs === undefined ? {} : { nargs: spec.nargs }),
    ...(spec.default === undefined ? {} : { default: spec.default }),
    ...(spec.choices === undefined ? {} : { choices: spec.choices }),
    ...(spec.upperCase === true ? { coerce: (v: unknown) => String(v).toUpperCase() } : {}),
    ...(spec.required === true ? { demandOption: true } : {}),
    ...(spec.type === 'boolean' ? {} : { requiresArg: true }),
  };
}

/** The arguments a handler receives: positionals and camelCase option names, nothing else. */
function handlerArgs(
  command: CommandSpec,
  parsed: Record<string, unknown>,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const keys = [
    ...command.positionals.map((p) => p.name),
    ...[...Object.keys(GLOBAL_OPTIONS), ...Object.keys(command.options)].map(camelCase),
  ];
  for (const key of keys) {
    if (parsed[key] !== undefined) args[key] = parsed[key];
  }
  // yargs keeps an optional variadic positional that was not given as an empty array.
  for (const p of command.positionals) {
    if (!p.required && Array.isArray(args[p.name]) && (args[p.name] as []).length === 0) {
      delete args[p.name];
    }
  }
  return args;
}

/**
 * Parses a command line with yargs, built from the commands' declarations: `--help`,
 * `--version`, the completion script and every usage error come from here. Nothing is run: the
 * caller runs the command it returns.
 *
 * @example
 * ```ts
 * const outcome = await parseWithYargs(['validate', '--help'], commands, '0.1.0', 100);
 * outcome.kind; // 'output'
 * ```
 */
export async function parseWithYargs(
  argv: readonly string[],
  commands: readonly CommandSpec[],
  version: string,
  width: number,
): Promise<YargsOutcome> {
  let chosen: YargsOutcome | undefined;
  let usageError: string | undefined;
  let parser: Argv = yargs()
    .scriptName('aslc')
    .usage(
      '$0 <command> [options]\n\nCompile, validate, run and deploy AWS Step Functions workflows.',
    )
    .options(
      Object.fromEntries(Object.entries(GLOBAL_OPTIONS).map(([k, o]) => [k, yargsOption(o)])),
    )
    .strict()
    .demandCommand(1, 'Name a command: aslc <command> --help shows its options.')
    .version(version)
    .help()
    .alias('h', 'help')
    .completion('completion', 'Print a bash/zsh completion script')
    .wrap(width)
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      usageError = msg;
      // Throwing stops yargs before it runs any handler.
      throw new UsageError(msg);
    });
  for (const command of commands) {
    parser = parser.command({
      command: usageOf(command),
      describe: command.describe,
      builder: (y: Argv) => {
        let b = y;
        for (const p of command.positionals) {
          b = b.positional(p.name, {
            type: 'string',
            describe: p.describe,
            ...(p.variadic === true ? { array: true } : {}),
            ...(p.required ? { demandOption: true } : {}),
          });
        }
        b = b.options(
          Object.fromEntries(Object.entries(command.options).map(([k, o]) => [k, yargsOption(o)])),
        );
        for (const [line, what] of command.examples) b = b.example(line, what);
        return b;
      },
      handler: (args: Record<string, unknown>) => {
        chosen = { kind: 'command', command, args: handlerArgs(command, args) };
      },
    });
  }

  let output = '';
  try {
    await parser.parseAsync([...argv], {}, (_err, _args, out) => {
      output = out;
    });
  } catch (e) {
    if (usageError === undefined) throw e;
  }
  if (usageError !== undefined) return { kind: 'usage', message: usageError, help: output };
  return chosen ?? { kind: 'output', text: output };
}
