import { resolve } from 'node:path';
import { UsageError } from '../util/errors.ts';
import { decodeUtf8, readFileLimited } from '../util/read-text.ts';
import type { CliContext } from './context.ts';

/** A file (or standard input) a command reads: how to name it, and its content. */
export interface InputFile<T> {
  /** The name shown in messages: the path as given, or `<stdin>`. */
  readonly shown: string;
  readonly content: T;
}

/**
 * Reads a file named on the command line (relative to the working folder), or standard input
 * for `-`, at most 16 MiB (checked while reading). Errors are one line: `ReadFailed` (missing,
 * a folder, permission denied…), `InputTooLarge`.
 *
 * @example
 * ```ts
 * const { shown, content } = await readInputBytes(ctx, 'flow.asl.json');
 * ```
 */
export async function readInputBytes(
  ctx: CliContext,
  file: string,
  shown = file,
): Promise<InputFile<Buffer>> {
  if (file === '-') {
    if (ctx.io.readStdin === undefined) throw new UsageError('standard input is not available');
    return { shown: '<stdin>', content: await ctx.io.readStdin() };
  }
  return { shown, content: readFileLimited(resolve(ctx.io.cwd, file), shown) };
}

/**
 * {@link readInputBytes} as UTF-8 text (invalid UTF-8 is an `InvalidUtf8` error; a byte-order
 * mark is dropped).
 *
 * @example
 * ```ts
 * const { content } = await readInputText(ctx, 'input.json');
 * ```
 */
export async function readInputText(ctx: CliContext, file: string): Promise<InputFile<string>> {
  const { shown, content } = await readInputBytes(ctx, file);
  return { shown, content: decodeUtf8(content, shown) };
}
