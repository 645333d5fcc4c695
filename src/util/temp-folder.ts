import { lstatSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileSystemError } from './fs-error.ts';

/**
 * Runs `fn` with a new temporary folder inside `parent` (created with its missing parents), and
 * removes the folder and the parents it created afterwards, whatever happens. The folder is
 * named as aslc's temporary files are (`.aslc-tmp-<pid>-<8 hex>`), so that one left by a killed
 * process is swept by the next write into `parent` (src/util/file-set.ts). A failure to create
 * it is a one-line `WriteFailed`.
 *
 * @example
 * ```ts
 * await withTempFolder('out', async (dir) => check(join(dir, 'm0.ts')));
 * ```
 */
export async function withTempFolder<T>(
  parent: string,
  fn: (dir: string) => Promise<T>,
  shown = parent,
): Promise<T> {
  const created: string[] = [];
  let dir: string;
  try {
    const missing: string[] = [];
    for (let d = resolve(parent); ; d = dirname(d)) {
      try {
        lstatSync(d);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(d) === d) throw e;
        missing.push(d);
      }
    }
    for (const m of missing.reverse()) {
      mkdirSync(m);
      created.push(m);
    }
    const suffix = Math.floor(Math.random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
    dir = join(resolve(parent), `.aslc-tmp-${process.pid}-${suffix}`);
    mkdirSync(dir);
  } catch (e) {
    removeCreated(created);
    throw fileSystemError(e, 'write', shown);
  }
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    removeCreated(created);
  }
}

function removeCreated(created: readonly string[]): void {
  for (const d of [...created].reverse()) {
    try {
      rmdirSync(d);
    } catch {
      // not empty: something else wrote there meanwhile
    }
  }
}
