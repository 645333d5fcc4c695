import { closeSync, openSync, readSync } from 'node:fs';
import { AslcError } from './errors.ts';
import { fileSystemError } from './fs-error.ts';

/**
 * The most aslc reads from one file or from standard input: 16 MiB, checked while reading (so
 * `/dev/zero` or an endless pipe stops there, not when memory runs out). Definitions are at
 * most 1 MiB on AWS and payloads 256 KiB; the margin is for formatting and for mock files.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

const CHUNK = 64 * 1024;

function tooLarge(what: string, maxBytes: number): AslcError {
  return new AslcError('InputTooLarge', `${what} is larger than ${maxBytes / 1024 / 1024} MiB`, {
    hint: `aslc reads at most ${maxBytes / 1024 / 1024} MiB from one file or from standard input`,
  });
}

/**
 * Text from UTF-8 bytes, refusing invalid UTF-8 (instead of silently replacing it) and dropping
 * a byte-order mark.
 *
 * @example
 * ```ts
 * decodeUtf8(Buffer.from('{}'), 'flow.asl.json'); // '{}'
 * decodeUtf8(Buffer.from([0x7b, 0xff, 0x7d]), 'flow.asl.json'); // throws InvalidUtf8 at byte 1
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = invalidUtf8Offset(bytes);
    throw new AslcError('InvalidUtf8', `${what} is not valid UTF-8 (at byte ${at})`, {
      hint: 'save the file as UTF-8',
    });
  }
}

/**
 * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (Unicode's table of well-formed sequences: no overlong forms, no surrogates, nothing past
 * U+10FFFF), or -1 when all are well formed.
 *
 * @example
 * ```ts
 * invalidUtf8Offset(Buffer.from([0x61, 0xc0, 0x80])); // 1
 * ```
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, lo] = [2, 0xa0];
    else if (b === 0xed) [need, hi] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) [need, lo] = [3, 0x90];
    else if (b === 0xf4) [need, hi] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Reads a file, at most `maxBytes` (checked while reading). Errors are one line each:
 * `InputTooLarge`, and `ReadFailed` for a missing file, a folder, permission denied….
 *
 * @example
 * ```ts
 * const bytes = readFileLimited('flow.asl.json', 'flow.asl.json');
 * ```
 */
export function readFileLimited(path: string, shown: string, maxBytes = MAX_INPUT_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw fileSystemError(e, 'read', shown);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(shown, maxBytes);
      chunks.push(n === CHUNK ? chunk : chunk.subarray(0, n));
    }
  } catch (e) {
    throw fileSystemError(e, 'read', shown);
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a text file as UTF-8, at most `maxBytes`: {@link readFileLimited} then
 * {@link decodeUtf8}.
 *
 * @example
 * ```ts
 * const text = readTextFile('/abs/flow.asl.json', 'flow.asl.json');
 * ```
 */
export function readTextFile(path: string, shown: string, maxBytes = MAX_INPUT_BYTES): string {
  return decodeUtf8(readFileLimited(path, shown, maxBytes), shown);
}

/**
 * Reads a stream (standard input) to its end, at most `maxBytes`: beyond that it stops reading
 * and throws `InputTooLarge`.
 *
 * @example
 * ```ts
 * const bytes = await readStreamLimited(process.stdin, 'standard input');
 * ```
 */
export async function readStreamLimited(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  shown: string,
  maxBytes = MAX_INPUT_BYTES,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(shown, maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}
