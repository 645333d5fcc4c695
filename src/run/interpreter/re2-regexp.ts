/**
 * JSONata's regular expressions on a linear-time engine: a RegExp-like class over re2js (a
 * pure JavaScript port of RE2), given to jsonata 2 as its `RegexEngine`. jsonata builds one per
 * regex literal (`new RegexEngine(literal)`, where the literal is a native `RegExp` with the `g`
 * flag and optionally `i` / `m`) and only uses `lastIndex` and `exec`. Matching never
 * backtracks, so `$match('aaaa…!', /(a+)+$/)` is as fast as any other pattern.
 *
 * RE2 cannot run backreferences (`\1`, `\k<name>`) or lookahead (`(?=`, `(?!`); such a pattern
 * fails when it is evaluated, with a cause that says so. Lookbehind runs (re2js's linear-time
 * captureless lookbehinds). re2js is loaded on the first regular expression, not before.
 */
import type * as Re2js from 're2js';
import type { Matcher, RE2JS } from 're2js';
import { lazyRequire } from '../../util/lazy-require.ts';

const re2js = lazyRequire<typeof Re2js>('re2js');

/** A backreference, which RE2 cannot run (re2js would read `\k<n>` as the literal `k<n>`). */
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

/** What a match looks like to jsonata: `RegExpExecArray`'s shape. */
export type Re2ExecArray = (string | undefined)[] & { index: number; input: string };

/**
 * A `RegExp` look-alike backed by RE2: `exec` and `test` honour `lastIndex` with the `g` and `y`
 * flags, as the native class does; indexes are UTF-16 code units.
 *
 * @example
 * ```ts
 * const re = new Re2RegExp(/(a+)+$/g);
 * re.exec('a'.repeat(10_000) + '!'); // null, at once
 * ```
 */
export class Re2RegExp {
  /** Where the next `exec` starts (with the `g` or `y` flag). */
  lastIndex = 0;
  readonly source: string;
  readonly flags: string;
  readonly global: boolean;
  readonly sticky: boolean;
  readonly #pattern: RE2JS;
  #input: string | undefined;
  #matcher: Matcher | undefined;

  constructor(pattern: RegExp | string, flags?: string) {
    this.source = typeof pattern === 'string' ? pattern : pattern.source;
    this.flags = flags ?? (typeof pattern === 'string' ? '' : pattern.flags);
    this.global = this.flags.includes('g');
    this.sticky = this.flags.includes('y');
    this.#pattern = compile(this.source, this.flags);
  }

  /**
   * The next match from `lastIndex` (global or sticky) or from 0, or null.
   *
   * @example
   * ```ts
   * new Re2RegExp('b(c)?', 'g').exec('abc'); // ['bc', 'c'], index 1
   * ```
   */
  exec(input: string): Re2ExecArray | null {
    const text = String(input);
    const moves = this.global || this.sticky;
    const start = moves ? this.lastIndex : 0;
    if (start > text.length) {
      this.lastIndex = 0;
      return null;
    }
    if (this.#matcher === undefined || this.#input !== text) {
      this.#matcher = this.#pattern.matcher(text);
      this.#input = text;
    }
    const m = this.#matcher;
    if (!m.find(start) || (this.sticky && m.start() !== start)) {
      if (moves) this.lastIndex = 0;
      return null;
    }
    const groups: (string | undefined)[] = [];
    for (let i = 0; i <= m.groupCount(); i++) groups.push(m.group(i) ?? undefined);
    const result = Object.assign(groups, { index: m.start(), input: text });
    if (moves) this.lastIndex = m.end();
    return result;
  }

  /**
   * True when `exec` finds a match.
   *
   * @example
   * ```ts
   * new Re2RegExp('^a+$').test('aaa'); // true
   * ```
   */
  test(input: string): boolean {
    return this.exec(input) !== null;
  }

  toString(): string {
    return `/${this.source}/${this.flags}`;
  }
}

function compile(source: string, flags: string): RE2JS {
  const shown = `/${source}/${flags.replace(/[gy]/g, '')}`;
  const unsupported = (why: string): Error =>
    new Error(
      `The regular expression ${shown} cannot run on aslc's linear-time engine (RE2): ${why}`,
    );
  if (BACKREFERENCE.test(source)) throw unsupported('backreferences are not supported');
  const { RE2JS } = re2js();
  let bits = RE2JS.LOOKBEHINDS;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) bits |= RE2JS.MULTILINE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source), bits);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const hint = /\(\?[=!]/.test(source) ? 'lookahead is not supported' : message;
    throw unsupported(hint);
  }
}

/**
 * Runs synchronous code with the global `RegExp` constructor replaced by {@link Re2RegExp}, for
 * library code that builds regular expressions from user data with `new RegExp(...)` (jsonata's
 * `$toMillis` pictures). Regular expression literals are not affected.
 *
 * @example
 * ```ts
 * withRe2AsRegExp(() => new RegExp('(a+)+$').exec('a'.repeat(50) + '!')); // null, at once
 * ```
 */
export function withRe2AsRegExp<T>(work: () => T): T {
  re2js(); // loaded before the swap
  const global = globalThis as { RegExp: unknown };
  const saved = global.RegExp;
  global.RegExp = Re2RegExp;
  try {
    return work();
  } finally {
    global.RegExp = saved;
  }
}
