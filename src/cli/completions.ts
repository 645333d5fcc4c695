import { GLOBAL_OPTIONS, type CommandSpec, type OptionSpec } from './command-spec.ts';

/** The option a word names (`--format`, `-f`), among a command's and the global ones. */
function optionNamed(
  word: string,
  options: Readonly<Record<string, OptionSpec>>,
): OptionSpec | undefined {
  for (const [key, spec] of Object.entries(options)) {
    if (word === `--${key}` || (spec.alias !== undefined && word === `-${spec.alias}`)) return spec;
  }
  return undefined;
}

/** `--name` for every option, and `--no-name` for the switches that are on by default. */
function optionWords(options: Readonly<Record<string, OptionSpec>>): string[] {
  const words: string[] = [];
  for (const [key, spec] of Object.entries(options)) {
    words.push(`--${key}`);
    if (spec.type === 'boolean' && spec.default === true) words.push(`--no-${key}`);
  }
  return words;
}

/**
 * The shell completions for the words typed so far (the last one is being completed), from
 * the commands' declarations: command names first, then the command's options (long names
 * only), the choices of an option that takes one, and nothing where a file is expected (the
 * completion script then falls back to file names).
 *
 * @example
 * ```ts
 * completions(['validate', '--f'], commands); // ['--format', '--type', …, '--help']
 * completions(['validate', '--format', ''], commands); // ['text', 'json']
 * ```
 */
export function completions(
  words: readonly string[],
  commands: readonly CommandSpec[],
): readonly string[] {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const name = before.find((w) => !w.startsWith('-'));
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    if (name !== undefined) return [];
    if (current.startsWith('-')) return [...optionWords(GLOBAL_OPTIONS), '--help', '--version'];
    return [...commands.map((c) => c.name), 'completion'];
  }
  const options = { ...command.options, ...GLOBAL_OPTIONS };
  const previous = optionNamed(before.at(-1) ?? '', options);
  if (previous !== undefined && previous.type !== 'boolean') return previous.choices ?? [];
  if (current.startsWith('-')) return [...optionWords(options), '--help'];
  return [];
}
