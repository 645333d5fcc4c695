import type { CliIo } from './io.ts';

/** What every command handler gets besides its arguments. */
export interface CliContext {
  readonly io: CliIo;
  /** Colours on (only when stdout is a TTY and not disabled). */
  readonly color: boolean;
  /** `--quiet`: print only errors and requested data. */
  readonly quiet: boolean;
  /** Writes one line to stdout (always: use it for data). */
  out(line: string): void;
  /**
   * Writes the command's result as one JSON document on stdout (`--format json`): the same
   * convention for every command, indented by two spaces.
   */
  json(value: unknown): void;
  /** Writes one line of progress or summary to stdout, unless `--quiet`. */
  info(line: string): void;
  /** Writes one line to stderr. */
  err(line: string): void;
  /** Paints text when colours are on. */
  paint(style: 'red' | 'green' | 'yellow' | 'dim' | 'bold', text: string): string;
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

/** Builds the context for one CLI run. */
export function createCliContext(
  io: CliIo,
  options: { quiet: boolean; color: boolean | undefined },
): CliContext {
  const color =
    options.color ?? (io.isTTY && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb');
  return {
    io,
    color,
    quiet: options.quiet,
    out: (line) => void io.stdout.write(line + '\n'),
    json: (value) => void io.stdout.write(JSON.stringify(value, null, 2) + '\n'),
    info: (line) => {
      if (!options.quiet) io.stdout.write(line + '\n');
    },
    err: (line) => void io.stderr.write(line + '\n'),
    paint: (style, text) => (color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text),
  };
}
