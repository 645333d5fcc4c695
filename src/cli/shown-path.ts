import { isAbsolute, relative } from 'node:path';

/**
 * A path as shown to the user: relative to the working folder when inside it, absolute
 * otherwise.
 *
 * @example
 * ```ts
 * shownPath('/work', '/work/out/a.json'); // 'out/a.json'
 * shownPath('/work', '/tmp/a.json'); // '/tmp/a.json'
 * ```
 */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
