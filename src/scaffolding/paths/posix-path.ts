/**
 * POSIX paths with Python `pathlib` semantics, which the reference uses for every container and
 * EFS path: `PurePosixPath` drops empty and `.` segments and a trailing `/` but **keeps** `..`;
 * `/` joins replace the left side when the right side is absolute; `Path.resolve()` (for the
 * absolute paths used here) additionally resolves `..` lexically.
 */

interface ParsedPath {
  /** `''` (relative), `'/'`, or `'//'` (POSIX keeps exactly two leading slashes). */
  readonly root: string;
  readonly parts: readonly string[];
}

function parse(path: string): ParsedPath {
  let root = '';
  if (path.startsWith('/')) root = path.startsWith('//') && !path.startsWith('///') ? '//' : '/';
  return { root, parts: path.split('/').filter((s) => s !== '' && s !== '.') };
}

function format(p: ParsedPath): string {
  const text = p.root + p.parts.join('/');
  return text === '' ? '.' : text;
}

/**
 * `str(PurePosixPath(path))`.
 *
 * @example
 * ```ts
 * purePath('/opt//efs/./scratch/'); // '/opt/efs/scratch'
 * purePath('out/../x'); // 'out/../x'
 * ```
 */
export function purePath(path: string): string {
  return format(parse(path));
}

/** True for an absolute path. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/');
}

/**
 * `PurePosixPath(a) / b / …`: an absolute segment replaces everything before it.
 *
 * @example
 * ```ts
 * joinPath('/opt/efs/scratch/id', 'results/'); // '/opt/efs/scratch/id/results'
 * joinPath('/opt/efs/scratch/id', '/abs/file'); // '/abs/file'
 * ```
 */
export function joinPath(base: string, ...segments: readonly string[]): string {
  let acc = parse(base);
  for (const segment of segments) {
    const next = parse(segment);
    acc = next.root !== '' ? next : { root: acc.root, parts: [...acc.parts, ...next.parts] };
  }
  return format(acc);
}

/**
 * `Path(path).is_relative_to(base)`: a component-wise prefix test (`/a/bc` is not under `/a/b`).
 *
 * @example
 * ```ts
 * isRelativeTo('/opt/efs/scratch/x', '/opt/efs/scratch'); // true
 * isRelativeTo('/opt/efs/scratchX', '/opt/efs/scratch'); // false
 * ```
 */
export function isRelativeTo(path: string, base: string): boolean {
  const p = parse(path);
  const b = parse(base);
  if (p.root !== b.root || b.parts.length > p.parts.length) return false;
  return b.parts.every((part, i) => p.parts[i] === part);
}

/**
 * `Path(path).relative_to(base)` (the caller checks {@link isRelativeTo} first); `'.'` when equal.
 *
 * @example
 * ```ts
 * relativePath('/opt/efs/scratch/a/b', '/opt/efs/scratch'); // 'a/b'
 * ```
 */
export function relativePath(path: string, base: string): string {
  const p = parse(path);
  const b = parse(base);
  return format({ root: '', parts: p.parts.slice(b.parts.length) });
}

/**
 * `Path(path).resolve()` for an absolute path, lexically: `..` removes the previous segment
 * (never above the root). Symbolic links are not followed (scaffolding.md §6 item 3).
 *
 * @example
 * ```ts
 * resolvePath('/scratch/id/out/../../x'); // '/scratch/x'
 * ```
 */
export function resolvePath(path: string): string {
  const p = parse(path);
  const stack: string[] = [];
  for (const part of p.parts) {
    if (part === '..') stack.pop();
    else stack.push(part);
  }
  return format({ root: p.root === '' ? '/' : p.root, parts: stack });
}

/**
 * `PurePosixPath(path).name`: the last segment, `''` for a root.
 *
 * @example
 * ```ts
 * pathName('/opt/efs/scratch'); // 'scratch'
 * ```
 */
export function pathName(path: string): string {
  const p = parse(path);
  return p.parts[p.parts.length - 1] ?? '';
}
