import type { CliContext } from './context.ts';

/**
 * One option of a command, declared as data. The same declaration drives both argument
 * parsers: the fast one that handles ordinary command lines without loading yargs
 * (`fast-args.ts`), and yargs, which handles `--help`, completion and every error
 * (`yargs-cli.ts`); a property test proves the two agree.
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean' | 'number';
  /** Takes several values: `--target asl terraform`, or repeated `--target asl --target iam`. */
  readonly array?: boolean;
  /** Exactly this many values per occurrence (so that `-e native folder` leaves the folder). */
  readonly nargs?: 1;
  /** A one-letter alias: `-o` for `--out`. */
  readonly alias?: string;
  readonly describe: string;
  readonly default?: string | boolean | number | readonly string[];
  readonly choices?: readonly string[];
  /** The value is upper-cased before it is checked against `choices` (`--type express`). */
  readonly upperCase?: boolean;
  /** Must be given. */
  readonly required?: boolean;
}

/** A positional argument. */
export interface PositionalSpec {
  readonly name: string;
  readonly describe: string;
  /** Takes every remaining positional value. */
  readonly variadic?: boolean;
  /** Must be given (written `<name>` in the usage line; optional ones are `[name]`). */
  readonly required: boolean;
}

/** The handler of a command: does the work and returns the exit code (0 or 1). */
export type CommandHandler<A> = (args: A, ctx: CliContext) => Promise<number>;

/**
 * A handler as the command table holds it. Its arguments are the command's own
 * (`ArgsOf<typeof spec>`); the table cannot say so without a type cycle between a spec and its
 * handler, so a spec's `load` is annotated with this type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LoadedHandler = CommandHandler<any>;

/**
 * One `aslc` sub-command, declared as data. The handler lives in its own module, loaded only
 * when the command runs, so that each command pays only for what it uses.
 *
 * @example
 * ```ts
 * const spec = {
 *   name: 'hello',
 *   describe: 'Say hello',
 *   positionals: [],
 *   options: { loud: { type: 'boolean', default: false, describe: 'Shout' } },
 *   examples: [['aslc hello --loud', 'shout']],
 *   load: async () => async () => 0,
 * } as const satisfies CommandSpec;
 * ```
 */
export interface CommandSpec {
  readonly name: string;
  readonly describe: string;
  readonly positionals: readonly PositionalSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Examples shown by `--help`: [command line, what it does]. */
  readonly examples: readonly (readonly [string, string])[];
  readonly load: () => Promise<LoadedHandler>;
}

/** `'write-env-file'` → `'writeEnvFile'`. */
type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

/** The value type of one option. */
type OptionValue<O extends OptionSpec> = O['choices'] extends readonly (infer C)[]
  ? O['array'] extends true
    ? C[]
    : C
  : O['array'] extends true
    ? string[]
    : O['type'] extends 'boolean'
      ? boolean
      : O['type'] extends 'number'
        ? number
        : string;

/** Options that always have a value: a default, or required. */
type Defined<O extends OptionSpec> = O extends { default: unknown }
  ? true
  : O extends { required: true }
    ? true
    : false;

/** The options of a command as its handler receives them (camelCase keys). */
type OptionArgs<Os extends Readonly<Record<string, OptionSpec>>> = {
  readonly [
    K in keyof Os as Defined<Os[K]> extends true ? CamelCase<K & string> : never
  ]: OptionValue<Os[K]>;
} & {
  readonly [
    K in keyof Os as Defined<Os[K]> extends true ? never : CamelCase<K & string>
  ]?: OptionValue<Os[K]>;
};

/** The positionals of a command as its handler receives them. */
type PositionalArgs<Ps extends readonly PositionalSpec[]> = {
  readonly [P in Ps[number] as P['required'] extends true ? P['name'] : never]: P extends {
    variadic: true;
  }
    ? string[]
    : string;
} & {
  readonly [P in Ps[number] as P['required'] extends true ? never : P['name']]?: P extends {
    variadic: true;
  }
    ? string[]
    : string;
};

/**
 * The arguments a command's handler receives, derived from its declaration.
 *
 * @example
 * ```ts
 * type Args = ArgsOf<typeof validateCommand>; // { files: string[]; format: 'text' | 'json'; … }
 * ```
 */
export type ArgsOf<S extends CommandSpec> = PositionalArgs<S['positionals']> &
  OptionArgs<S['options']>;

/** The options every command accepts. */
export const GLOBAL_OPTIONS = {
  quiet: {
    type: 'boolean',
    alias: 'q',
    default: false,
    describe: 'Print only errors and requested data',
  },
  color: { type: 'boolean', describe: 'Force colours on or off (default: on for a terminal)' },
} as const satisfies Readonly<Record<string, OptionSpec>>;

/**
 * `'write-env-file'` → `'writeEnvFile'`, as yargs names the camelCase twin of an option.
 *
 * @example
 * ```ts
 * camelCase('sfn-local-image'); // 'sfnLocalImage'
 * ```
 */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * The yargs command string of a spec: `validate <files..>`, `test [cases..]`.
 *
 * @example
 * ```ts
 * usageOf({ name: 'diff', positionals: [{ name: 'before', required: true, describe: '' }] }); // 'diff <before>'
 * ```
 */
export function usageOf(spec: Pick<CommandSpec, 'name' | 'positionals'>): string {
  const parts = spec.positionals.map((p) => {
    const inner = p.variadic === true ? `${p.name}..` : p.name;
    return p.required ? `<${inner}>` : `[${inner}]`;
  });
  return [spec.name, ...parts].join(' ');
}
