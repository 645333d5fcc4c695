import { isAbsolute, relative } from 'node:path';

/**
 * True when `path` is `folder` itself or lies inside it, once both are normalised (`..`
 * resolved): for confining where a configuration may make aslc write.
 *
 * @example
 * ```ts
 * isInsideFolder('/p', '/p/out/dev'); // true
 * isInsideFolder('/p', '/p/../etc'); // false
 * ```
 */
export function isInsideFolder(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return (
    rel === '' ||
    (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${'/'}`) && !rel.startsWith('..\\'))
  );
}
