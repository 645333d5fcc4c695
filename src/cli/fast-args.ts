import { GLOBAL_OPTIONS, camelCase, type CommandSpec, type OptionSpec } from './command-spec.ts';

/** A command line the fast parser understood: the command and its handler's arguments. */
export interface FastParse {
  readonly command: CommandSpec;
  readonly args: Readonly<Record<string, unknown>>;
}

type Entry = readonly [key: string, spec: OptionSpec];

/** A token yargs would read as an option (`-x`, `--x`), not a value. */
function looksLikeOption(token: string): boolean {
  return token.startsWith('-') && token !== '-';
}

/** The value of one occurrence, converted and checked; undefined when yargs must decide. */
function convert(raw: string, spec: OptionSpec): string | number | undefined {
  let value: string | number = spec.upperCase === true ? raw.toUpperCase() : raw;
  if (spec.type === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(raw)) return undefined;
    value = Number(raw);
  }
  if (spec.choices !== undefined && !spec.choices.includes(String(value))) return undefined;
  return value;
}

/**
 * Parses an ordinary command line without loading yargs, from the same declarations yargs is
 * built from. It understands only the unambiguous forms (`--name value`, `--name=value`, `-n
 * value`, `--flag`, `--no-flag`, repeated or space-separated array values, positionals) and
 * gives up, returning `undefined`, on anything else: `--help`, `--version`, completion, an
 * unknown command or option, a missing or surplus value, a value outside its choices, `--`,
 * grouped short flags. yargs then parses the command line and prints its help or its error,
 * so every message still comes from one place. A property test proves that whatever this
 * parser accepts, yargs parses to the same arguments.
 *
 * @example
 * ```ts
 * parseFast(['validate', 'a.asl.json', '--format', 'json'], commands)?.args;
 * // { files: ['a.asl.json'], format: 'json', type: 'STANDARD', quiet: false, … }
 * ```
 */
export function parseFast(
  argv: readonly string[],
  commands: readonly CommandSpec[],
): FastParse | undefined {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (command === undefined) return undefined;

  const options: Readonly<Record<string, OptionSpec>> = { ...GLOBAL_OPTIONS, ...command.options };
  const byLong = new Map<string, Entry>();
  const byShort = new Map<string, Entry>();
  for (const [key, spec] of Object.entries(options)) {
    byLong.set(key, [key, spec]);
    if (spec.alias !== undefined) byShort.set(spec.alias, [key, spec]);
  }

  const values = new Map<string, unknown>();
  const positionals: string[] = [];
  let i = 0;
  while (i < rest.length) {
    const token = rest[i++] as string;
    if (token === '--' || token === '') return undefined;
    if (!looksLikeOption(token)) {
      positionals.push(token);
      continue;
    }
    let entry: Entry | undefined;
    let inline: string | undefined;
    let negated = false;
    if (token.startsWith('--')) {
      const body = token.slice(2);
      const eq = body.indexOf('=');
      const long = eq < 0 ? body : body.slice(0, eq);
      inline = eq < 0 ? undefined : body.slice(eq + 1);
      entry = byLong.get(long);
      if (entry === undefined && long.startsWith('no-') && inline === undefined) {
        entry = byLong.get(long.slice(3));
        negated = true;
        if (entry !== undefined && entry[1].type !== 'boolean') return undefined;
      }
    } else if (token.length === 2) {
      entry = byShort.get(token.slice(1));
    }
    if (entry === undefined) return undefined;
    const [key, spec] = entry;

    if (spec.type === 'boolean') {
      // yargs reads `--flag true` and `--flag=false` as values: leave those to it.
      const next = rest[i];
      if (inline !== undefined || values.has(key) || next === 'true' || next === 'false') {
        return undefined;
      }
      values.set(key, !negated);
      continue;
    }
    if (values.has(key) && spec.array !== true) return undefined;

    const raws: string[] = [];
    if (inline !== undefined) {
      if (inline === '') return undefined;
      raws.push(inline);
    } else {
      const next = rest[i];
      if (next === undefined || next === '' || looksLikeOption(next)) return undefined;
      if (next === '-' && (spec.nargs !== 1 || spec.array === true)) return undefined;
      raws.push(next);
      i++;
      if (spec.array === true && spec.nargs !== 1) {
        while (i < rest.length && !(rest[i] as string).startsWith('-') && rest[i] !== '') {
          raws.push(rest[i++] as string);
        }
      }
    }
    const converted: (string | number)[] = [];
    for (const raw of raws) {
      const value = convert(raw, spec);
      if (value === undefined) return undefined;
      converted.push(value);
    }
    if (spec.array === true) {
      values.set(key, [...((values.get(key) as unknown[] | undefined) ?? []), ...converted]);
    } else {
      values.set(key, converted[0]);
    }
  }

  const args: Record<string, unknown> = {};
  let p = 0;
  for (const positional of command.positionals) {
    if (positional.variadic === true) {
      const taken = positionals.slice(p);
      p = positionals.length;
      if (taken.includes('-')) return undefined;
      if (taken.length > 0) args[positional.name] = taken;
      else if (positional.required) return undefined;
      continue;
    }
    const value = positionals[p];
    if (value === undefined || value === '-') {
      if (positional.required || value === '-') return undefined;
      continue;
    }
    args[positional.name] = value;
    p++;
  }
  if (p < positionals.length) return undefined;

  for (const [key, spec] of Object.entries(options)) {
    const value = values.has(key)
      ? values.get(key)
      : Array.isArray(spec.default)
        ? [...spec.default]
        : spec.default;
    if (value === undefined) {
      if (spec.required === true) return undefined;
      continue;
    }
    args[camelCase(key)] = value;
  }
  return { command, args };
}
