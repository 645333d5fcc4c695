import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileSystemError } from './fs-error.ts';

/** A file to write: where, and its content. */
export interface PlannedFile {
  readonly path: string;
  readonly content: string | Uint8Array;
  /** The path as errors show it (as the user wrote it); default `path`. */
  readonly shown?: string;
}

/** What became of a file: on disk before and after. */
export type FileStatus = 'created' | 'updated' | 'unchanged' | 'ok' | 'differs' | 'missing';

/** Temporary files of aslc: `.aslc-tmp-<pid>-<8 hex>` (short, whatever the target's name). */
const TEMP_NAME = /^\.aslc-tmp-(\d+)-[0-9a-f]{8}$/;

/** The longest file name (one path segment) the usual file systems accept, in bytes. */
const NAME_MAX = 255;

/** True when a process with this id is running (ours or another's). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that an aslc process killed while writing (SIGKILL, a power cut)
 * left in a folder: those whose process is gone.
 */
function sweepStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (match === null) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && !isAlive(pid))
      rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * A new temporary file name in a folder (created with the `wx` flag, so a name that happens to
 * exist is never overwritten; no cryptographic randomness is needed, nor node:crypto's start-up).
 */
function tempIn(dir: string): string {
  const suffix = Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
  return join(dir, `.aslc-tmp-${process.pid}-${suffix}`);
}

/** The content of a file, or undefined when there is none; a folder in the way is an error. */
function currentContent(path: string): Buffer | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  if (stat.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
  }
  return readFileSync(path);
}

/** Refuses a path with a segment longer than the file system takes, before anything is written. */
function checkNameLengths(path: string): void {
  for (const segment of resolve(path).split(sep)) {
    if (Buffer.byteLength(segment) > NAME_MAX) {
      throw Object.assign(new Error(`ENAMETOOLONG: ${path}`), { code: 'ENAMETOOLONG' });
    }
  }
}

/** Creates a folder and its missing parents, recording those it created (outermost first). */
function makeFolder(dir: string, created: string[]): void {
  const missing: string[] = [];
  let d = resolve(dir);
  for (;;) {
    try {
      if (!lstatSync(d).isDirectory() && !statSync(d).isDirectory()) {
        throw Object.assign(new Error(`ENOTDIR: ${d}`), { code: 'ENOTDIR' });
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      missing.push(d);
      const parent = dirname(d);
      if (parent === d) break;
      d = parent;
    }
  }
  for (const m of missing.reverse()) {
    mkdirSync(m);
    created.push(m);
  }
}

/**
 * Runs a synchronous function with SIGINT, SIGTERM and SIGHUP held back: JavaScript cannot be
 * interrupted inside it anyway, and a signal that arrives meanwhile is re-raised once the
 * function has finished (its files all written, or all rolled back), so that Ctrl-C still ends
 * the command, never halfway.
 */
function withSignalsHeld<T>(fn: () => T): T {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  let finished = false;
  let pending: NodeJS.Signals | undefined;
  const release = (): void => {
    for (const s of signals) process.off(s, onSignal);
    if (pending !== undefined) process.kill(process.pid, pending);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    pending ??= signal;
    if (finished) release();
  };
  for (const s of signals) process.on(s, onSignal);
  try {
    return fn();
  } finally {
    finished = true;
    // A signal that arrived during fn is delivered on the next turn of the event loop.
    setImmediate(release).unref();
  }
}

/**
 * Writes a set of files all or nothing. Every changed file is staged as a temporary file next
 * to its target; only when all are staged are they renamed over their targets, the previous
 * contents kept aside until every rename has succeeded. On any failure everything is put back:
 * no new file, no temporary file and no folder created for the set is left, and the previous
 * files are intact. Files whose content is already on disk are not rewritten. Temporary files
 * left by an aslc process that was killed are removed from the folders written to. Errors are
 * one-line {@link AslcError}s (`WriteFailed`: permission denied, a folder in the way, a name
 * too long, no space left, …).
 *
 * @example
 * ```ts
 * writeFileSet([{ path: '/out/a.asl.json', content: '{}\n' }]); // ['created']
 * ```
 */
export function writeFileSet(files: readonly PlannedFile[]): FileStatus[] {
  return withSignalsHeld(() => {
    const statuses: FileStatus[] = [];
    const created: string[] = [];
    const staged: { tmp: string; path: string; existed: boolean }[] = [];
    const swept = new Set<string>();
    let failedAt = '';
    try {
      const shown = new Map(files.map((f) => [f.path, f.shown ?? f.path]));
      for (const f of files) {
        failedAt = f.shown ?? f.path;
        checkNameLengths(f.path);
        const dir = dirname(f.path);
        // Every folder of the set, unchanged files' too: a killed run's temporary files go.
        if (!swept.has(dir)) {
          swept.add(dir);
          sweepStaleTemps(dir);
        }
        const before = currentContent(f.path);
        const content = typeof f.content === 'string' ? Buffer.from(f.content) : f.content;
        if (before !== undefined && before.equals(content)) {
          statuses.push('unchanged');
          continue;
        }
        statuses.push(before === undefined ? 'created' : 'updated');
        makeFolder(dir, created);
        const tmp = tempIn(dir);
        writeFileSync(tmp, content, { flag: 'wx' });
        staged.push({ tmp, path: f.path, existed: before !== undefined });
      }
      commit(staged, (path) => (failedAt = shown.get(path) ?? path));
    } catch (e) {
      for (const s of staged) rmSync(s.tmp, { force: true });
      for (const d of created.reverse()) {
        try {
          rmdirSync(d);
        } catch {
          // not empty: something else wrote there meanwhile
        }
      }
      throw fileSystemError(e, 'write', failedAt);
    }
    return statuses;
  });
}

/** Renames staged files over their targets; on a failure, puts every target back. */
function commit(
  staged: readonly { tmp: string; path: string; existed: boolean }[],
  at: (path: string) => void,
): void {
  const done: { path: string; backup: string | undefined }[] = [];
  try {
    for (const s of staged) {
      at(s.path);
      let backup: string | undefined;
      if (s.existed) {
        backup = tempIn(dirname(s.path));
        try {
          linkSync(s.path, backup);
        } catch {
          copyFileSync(s.path, backup);
        }
      }
      try {
        renameSync(s.tmp, s.path);
      } catch (e) {
        if (backup !== undefined) rmSync(backup, { force: true });
        throw e;
      }
      done.push({ path: s.path, backup });
    }
  } catch (e) {
    for (const d of done.reverse()) {
      if (d.backup !== undefined) renameSync(d.backup, d.path);
      else rmSync(d.path, { force: true });
    }
    throw e;
  }
  for (const d of done) if (d.backup !== undefined) rmSync(d.backup, { force: true });
}

/**
 * Writes one file atomically: {@link writeFileSet} with one file (`shown`: the path as errors
 * show it).
 *
 * @example
 * ```ts
 * writeFileAtomic('out/hello.asl.json', '{}\n');
 * ```
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, shown?: string): void {
  writeFileSet([{ path, content, ...(shown === undefined ? {} : { shown }) }]);
}

/**
 * Compares files with the disk without writing: `ok`, `differs` or `missing` for each.
 *
 * @example
 * ```ts
 * checkFileSet([{ path: '/out/a.asl.json', content: '{}\n' }]); // ['missing']
 * ```
 */
export function checkFileSet(files: readonly PlannedFile[]): FileStatus[] {
  return files.map((f) => {
    let before;
    try {
      before = currentContent(f.path);
    } catch (e) {
      throw fileSystemError(e, 'read', f.shown ?? f.path);
    }
    if (before === undefined) return 'missing';
    const content = typeof f.content === 'string' ? Buffer.from(f.content) : f.content;
    return before.equals(content) ? 'ok' : 'differs';
  });
}
