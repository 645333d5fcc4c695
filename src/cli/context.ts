import { printable } from '../util/printable.ts';
import type { CliIo } from './io.ts';

/**
 * What every command handler gets besides its arguments. Everything it writes goes through
 * here, so that nothing a user fed in reaches the terminal raw: control characters (escape
 * sequences, BEL, carriage returns, newlines inside a line), bidirectional overrides and lone
 * surrogates in lines are written as `\uXXXX`; JSON documents stay exact (the same escapes,
 * which JSON reads back as the same characters).
 */
export interface CliContext {
  readonly io: CliIo;
  /** Colours on (only when stdout is a TTY and not disabled). */
  readonly color: boolean;
  /** `--quiet`: print only errors and requested data. */
  readonly quiet: boolean;
  /** Writes one line to stdout (always: use it for data). */
  out(line: string): void;
  /** Writes a block of text to stdout, its own newlines and tabs kept (a diagram). */
  block(text: string): void;
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

// `paint` marks colours with two private-use characters; the writers escape every control
// character of the text first, then turn the marks into the terminal's colour codes.
const MARK = /\ue0a0(\d+)\ue0a1/g;
const color = (code: number): string => `\ue0a0${code}\ue0a1`;
const colours = (text: string): string => text.replace(MARK, (_m, c: string) => `\u001b[${c}m`);

/** A line for a terminal: every control character escaped, colours applied. */
function safeLine(line: string): string {
  return colours(printable(line));
}

/** A block for a terminal: as {@link safeLine}, but its newlines and tabs kept. */
function safeBlock(text: string): string {
  return text
    .split('\n')
    .map((l) => l.split('\t').map(safeLine).join('\t'))
    .join('\n');
}

/**
 * JSON text for a terminal: characters JSON leaves raw that a terminal may act on (C1
 * controls, bidirectional overrides; they occur only inside strings) written as `\uXXXX`.
 */
function safeJson(text: string): string {
  return text.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Builds the context for one CLI run. */
export function createCliContext(
  io: CliIo,
  options: { quiet: boolean; color: boolean | undefined },
): CliContext {
  const on =
    options.color ?? (io.isTTY && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb');
  return {
    io,
    color: on,
    quiet: options.quiet,
    out: (line) => void io.stdout.write(safeLine(line) + '\n'),
    block: (text) => void io.stdout.write(safeBlock(text) + '\n'),
    json: (value) => void io.stdout.write(safeJson(JSON.stringify(value, null, 2)) + '\n'),
    info: (line) => {
      if (!options.quiet) io.stdout.write(safeLine(line) + '\n');
    },
    err: (line) => void io.stderr.write(safeLine(line) + '\n'),
    paint: (style, text) => (on ? `${color(CODES[style])}${text}${color(0)}` : text),
  };
}
