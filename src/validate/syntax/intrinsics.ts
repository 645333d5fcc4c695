import { parsePath } from './json-path.ts';

/** One argument of an intrinsic call. */
export type IntrinsicArg =
  | { readonly kind: 'string'; readonly value: string; readonly raw: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'path'; readonly text: string }
  | { readonly kind: 'call'; readonly call: IntrinsicCall };

/** A parsed intrinsic function call such as `States.Format('{}', $.x)`. */
export interface IntrinsicCall {
  readonly name: string;
  readonly args: readonly IntrinsicArg[];
}

/** Result of {@link parseIntrinsic}. */
export type IntrinsicParse =
  | { readonly ok: true; readonly call: IntrinsicCall }
  | { readonly ok: false; readonly message: string };

/**
 * True when the text is meant as an intrinsic call (it starts with `States.` and has a `(`).
 *
 * @example
 * ```ts
 * looksLikeIntrinsic("States.Format('{}', $.a)"); // true
 * ```
 */
export function looksLikeIntrinsic(text: string): boolean {
  return /^\s*States\.[A-Za-z0-9_.]*\s*\(/.test(text);
}

/**
 * Parses an intrinsic function call. Syntax only: string literals in single quotes with
 * `\'`, `\{`, `\}`, `\\` escapes, numbers, `true`/`false`/`null`, paths and nested calls.
 *
 * @example
 * ```ts
 * const r = parseIntrinsic("States.Format('Hello {}', $.name)");
 * if (r.ok) r.call.args.length; // 2
 * ```
 */
export function parseIntrinsic(text: string): IntrinsicParse {
  let result = cache.get(text);
  if (result === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    result = parse(text);
    cache.set(text, result);
  }
  return result;
}

/** Parsed calls by text (the results are immutable, so they can be shared). */
const cache = new Map<string, IntrinsicParse>();
const CACHE_LIMIT = 10_000;

function parse(text: string): IntrinsicParse {
  const parser = new Parser(text);
  try {
    parser.ws();
    const call = parser.call();
    parser.ws();
    if (!parser.done())
      return { ok: false, message: parser.error('unexpected text after the call') };
    return { ok: true, call };
  } catch (e) {
    if (e instanceof SyntaxProblem) return { ok: false, message: e.message };
    throw e;
  }
}

class SyntaxProblem extends Error {}

class Parser {
  pos = 0;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  done(): boolean {
    return this.pos >= this.text.length;
  }

  error(what: string): string {
    return `${what} at position ${this.pos}`;
  }

  fail(what: string): never {
    throw new SyntaxProblem(this.error(what));
  }

  ws(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  call(): IntrinsicCall {
    const m = /^States\.[A-Za-z0-9_.]*/.exec(this.text.slice(this.pos));
    if (!m) this.fail("expected an intrinsic function 'States.…('");
    const name = m[0];
    this.pos += name.length;
    this.ws();
    if (this.text[this.pos] !== '(') this.fail(`expected '(' after ${name}`);
    this.pos++;
    const args: IntrinsicArg[] = [];
    this.ws();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return { name, args };
    }
    for (;;) {
      this.ws();
      args.push(this.arg());
      this.ws();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ')') {
        this.pos++;
        return { name, args };
      }
      this.fail(c === undefined ? `missing ')' to close ${name}(` : `expected ',' or ')'`);
    }
  }

  arg(): IntrinsicArg {
    const rest = this.text.slice(this.pos);
    const c = rest[0];
    if (c === "'") {
      const start = this.pos;
      const value = this.string();
      return { kind: 'string', value, raw: this.text.slice(start + 1, this.pos - 1) };
    }
    if (c === '"') this.fail('string literals use single quotes');
    if (c === '$') return { kind: 'path', text: this.path() };
    if (rest.startsWith('States.')) return { kind: 'call', call: this.call() };
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      this.pos += num[0].length;
      return { kind: 'number', value: Number(num[0]) };
    }
    for (const [word, arg] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (rest.startsWith(word) && !/[A-Za-z0-9_]/.test(rest[word.length] ?? '')) {
        this.pos += word.length;
        return arg;
      }
    }
    return this.fail(c === undefined ? 'missing argument' : `unexpected '${c}'`);
  }

  string(): string {
    const start = this.pos;
    this.pos++;
    let value = '';
    while (this.pos < this.text.length) {
      const c = this.text[this.pos] as string;
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === undefined) break;
        value += next;
        this.pos += 2;
        continue;
      }
      if (c === "'") {
        this.pos++;
        return value;
      }
      value += c;
      this.pos++;
    }
    this.pos = start;
    return this.fail("unterminated string literal (escape a quote inside a string as \\')");
  }

  path(): string {
    const start = this.pos;
    let depth = 0;
    let quote: string | undefined;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos] as string;
      if (quote !== undefined) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || (c === ')' && depth > 0)) depth--;
      else if (depth === 0 && (c === ',' || c === ')' || /\s/.test(c))) break;
      this.pos++;
    }
    const text = this.text.slice(start, this.pos);
    const parsed = parsePath(text);
    if (!parsed.ok) {
      this.pos = start;
      this.fail(`invalid path argument '${text}': ${parsed.message}`);
    }
    return text;
  }
}
