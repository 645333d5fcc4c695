import { AslcError } from './errors.ts';

/** Why a file-system call failed, in words, from its error code. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'something else is in the way',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long for the file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EXDEV: 'it is on another device',
};

/**
 * A file-system error as one line for people, naming the file:
 * `out/a.json: WriteFailed: cannot write it: permission denied`.
 * Errors that are not Node's file-system errors are returned unchanged.
 *
 * @example
 * ```ts
 * throw fileSystemError(e, 'write', 'out/a.json'); // AslcError WriteFailed
 * ```
 */
export function fileSystemError(e: unknown, action: 'read' | 'write', path: string): unknown {
  if (e instanceof AslcError) return e;
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  // A path with a NUL character (from a configuration's outDir, say) is refused by Node before
  // any system call, as an invalid argument rather than a file-system error.
  const nul = code === 'ERR_INVALID_ARG_VALUE' && path.includes('\0');
  if (typeof code !== 'string' || (!nul && !/^E[A-Z]+$/.test(code))) return e;
  const reason = nul ? 'the path holds a NUL character' : (REASONS[code] ?? `${code}`);
  const kind =
    action === 'write' ? 'WriteFailed' : code === 'ENOENT' ? 'FileNotFound' : 'ReadFailed';
  return new AslcError(kind, `cannot ${action} it: ${reason}`, { file: path, cause: e });
}
