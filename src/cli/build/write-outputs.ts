import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** A file to write: where, and its content. */
export interface PlannedFile {
  readonly path: string;
  readonly content: string;
}

/** What became of a file: on disk before and after. */
export type FileStatus = 'created' | 'updated' | 'unchanged' | 'ok' | 'differs' | 'missing';

/**
 * Compares files with the disk without writing: `ok`, `differs` or `missing` for each.
 *
 * @example
 * ```ts
 * checkFiles([{ path: '/out/a.asl.json', content: '{}\n' }]); // ['missing']
 * ```
 */
export function checkFiles(files: readonly PlannedFile[]): FileStatus[] {
  return files.map((f) => {
    if (!existsSync(f.path)) return 'missing';
    return readFileSync(f.path, 'utf8') === f.content ? 'ok' : 'differs';
  });
}

/**
 * Writes a set of files all or nothing: every changed file is first written to a temporary file
 * next to its target; only when all of them are written are they renamed over their targets
 * (each rename is atomic). A failure while staging removes the temporary files and leaves every
 * target untouched. Files whose content is already on disk are not rewritten.
 *
 * @example
 * ```ts
 * writeFilesAtomically([{ path: '/out/a.asl.json', content: '{}\n' }]); // ['created']
 * ```
 */
export function writeFilesAtomically(files: readonly PlannedFile[]): FileStatus[] {
  const statuses: FileStatus[] = [];
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const exists = existsSync(f.path);
      if (exists && readFileSync(f.path, 'utf8') === f.content) {
        statuses.push('unchanged');
        continue;
      }
      statuses.push(exists ? 'updated' : 'created');
      mkdirSync(dirname(f.path), { recursive: true });
      const tmp = join(
        dirname(f.path),
        `.${basename(f.path)}.aslc-tmp-${process.pid}-${randomBytes(4).toString('hex')}`,
      );
      writeFileSync(tmp, f.content);
      staged.push({ tmp, path: f.path });
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  for (const s of staged) renameSync(s.tmp, s.path);
  return statuses;
}
