/**
 * Choice `StringMatches` without regular expressions. A pattern is cut at its unescaped `*`
 * into literal pieces; the first must start the value, the last must end it, and the others
 * are found left to right with `indexOf`, each as early as possible (with `*` as the only
 * wildcard, the leftmost occurrence never loses a match). So `*a*a*a*a*a*a*a*b` against a
 * hundred `a`s is one scan, where a backtracking regular expression takes O(n^7) steps.
 *
 * AWS's escapes: `\*` is a literal star and `\\` a literal backslash; a backslash before any
 * other character makes that character literal, and a trailing backslash is itself literal.
 * Matching is on UTF-16 code units and case-sensitive, like the regular expression it replaces.
 */

/** A pattern cut at its wildcards: `pieces.length` is the number of stars + 1. */
export interface GlobPattern {
  readonly pieces: readonly string[];
}

/**
 * Parses a `StringMatches` pattern.
 *
 * @example
 * ```ts
 * parseGlob('log-*.txt').pieces; // ['log-', '.txt']
 * parseGlob('a\\*b').pieces; // ['a*b']
 * ```
 */
export function parseGlob(pattern: string): GlobPattern {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\' && i + 1 < pattern.length) {
      current += pattern.charAt(++i);
    } else if (c === '*') {
      pieces.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  pieces.push(current);
  return { pieces };
}

/**
 * True when `value` matches the parsed pattern, in time linear in the value's length for every
 * piece (no backtracking).
 *
 * @example
 * ```ts
 * globMatches(parseGlob('*.log'), 'app.log'); // true
 * ```
 */
export function globMatches(glob: GlobPattern, value: string): boolean {
  const { pieces } = glob;
  const first = pieces[0] ?? '';
  if (pieces.length === 1) return value === first;
  const last = pieces[pieces.length - 1] ?? '';
  if (value.length < first.length + last.length) return false;
  if (!value.startsWith(first) || !value.endsWith(last)) return false;
  let from = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i] ?? '';
    if (piece === '') continue;
    const at = value.indexOf(piece, from);
    if (at < 0 || at + piece.length > end) return false;
    from = at + piece.length;
  }
  return true;
}

const cache = new Map<string, GlobPattern>();

/**
 * `StringMatches`: `*` matches any run of characters; `\*` is a literal star and `\\` a literal
 * backslash.
 *
 * @example
 * ```ts
 * stringMatches('log-2024.txt', 'log-*.txt'); // true
 * ```
 */
export function stringMatches(value: string, pattern: string): boolean {
  let glob = cache.get(pattern);
  if (glob === undefined) {
    glob = parseGlob(pattern);
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, glob);
  }
  return globMatches(glob, value);
}
