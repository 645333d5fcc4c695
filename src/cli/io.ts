import { readStreamLimited } from '../util/read-text.ts';

/** Where a command reads and writes: the real process, or a capture in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when stdout is a terminal (colours are used only then). */
  readonly isTTY: boolean;
  /** Width of the terminal, when stdout is one (for `--help`). */
  readonly columns?: number | undefined;
  /** Reads standard input to its end (for `-` file arguments), at most `MAX_INPUT_BYTES`. */
  readonly readStdin?: () => Promise<Buffer>;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    readStdin: () => readStreamLimited(process.stdin, 'standard input'),
  };
}

/** An in-memory capture, for tests: `run` then read `out` and `err`. */
export function captureIo(
  options: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string } = {},
): CliIo & {
  out(): string;
  err(): string;
} {
  let out = '';
  let err = '';
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    isTTY: false,
    readStdin: () => readStreamLimited([Buffer.from(options.stdin ?? '')], 'standard input'),
    out: () => out,
    err: () => err,
  };
}
