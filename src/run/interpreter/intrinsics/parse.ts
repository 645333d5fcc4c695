/**
 * Tokenizer and parser for intrinsic function calls (`States.Format('{} {}', $.a, States.UUID())`):
 * nested calls, quoted strings with the escapes `\'`, `\{`, `\}` and `\\`, numbers, booleans,
 * null and paths (`$.x`, `$$.Execution.Id`, `$var`) as arguments.
 */
import { MAX_INTRINSIC_NESTING } from '../limits.ts';
import { INTRINSIC_FUNCTIONS } from '../../../util/asl.ts';

/** An argument of an intrinsic call. */
export type IntrinsicArg =
  | {
      readonly kind: 'string';
      /** The unescaped value. */
      readonly value: string;
      /** The text between the quotes, escapes intact (States.Format needs to see `\{`). */
      readonly raw: string;
    }
  | { readonly kind: 'literal'; readonly value: number | boolean | null }
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'call'; readonly call: IntrinsicCall };

/** A parsed call. */
export interface IntrinsicCall {
  readonly name: string;
  readonly args: readonly IntrinsicArg[];
}

/** A malformed intrinsic call. */
export class IntrinsicSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntrinsicSyntaxError';
  }
}

const KNOWN = new Set<string>(INTRINSIC_FUNCTIONS);
const ESCAPABLE = new Set(["'", '{', '}', '\\']);

/**
 * Parses an intrinsic call string.
 *
 * @example
 * ```ts
 * parseIntrinsic("States.Array(1, 'a', $.b)").args.length; // 3
 * ```
 */
export function parseIntrinsic(text: string): IntrinsicCall {
  const p = new IntrinsicParser(text);
  p.spaces();
  const call = p.call();
  p.spaces();
  if (p.pos < text.length) p.fail(`unexpected '${text.slice(p.pos)}'`);
  return call;
}

class IntrinsicParser {
  readonly text: string;
  pos = 0;
  /** How many calls are open (bounded: the parser is recursive). */
  depth = 0;

  constructor(text: string) {
    this.text = text;
  }

  fail(message: string): never {
    throw new IntrinsicSyntaxError(`${message} (position ${this.pos} of '${this.text}')`);
  }

  spaces(): void {
    while (/\s/.test(this.text.charAt(this.pos))) this.pos++;
  }

  call(): IntrinsicCall {
    const m = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.pos));
    if (!m) this.fail('expected an intrinsic function name');
    const name = m[0];
    if (!KNOWN.has(name)) this.fail(`unknown intrinsic function '${name}'`);
    if (++this.depth > MAX_INTRINSIC_NESTING) {
      this.fail(`intrinsic functions are nested more than ${MAX_INTRINSIC_NESTING} deep`);
    }
    this.pos += name.length;
    this.spaces();
    if (this.text.charAt(this.pos) !== '(') this.fail(`expected '(' after ${name}`);
    this.pos++;
    const args: IntrinsicArg[] = [];
    this.spaces();
    if (this.text.charAt(this.pos) === ')') {
      this.pos++;
      this.depth--;
      return { name, args };
    }
    for (;;) {
      this.spaces();
      args.push(this.arg());
      this.spaces();
      const c = this.text.charAt(this.pos);
      this.pos++;
      if (c === ')') {
        this.depth--;
        return { name, args };
      }
      if (c !== ',') this.fail(`expected ',' or ')' in ${name}`);
    }
  }

  arg(): IntrinsicArg {
    const rest = this.text.slice(this.pos);
    const c = rest.charAt(0);
    if (c === "'") return this.string();
    if (c === '$') return { kind: 'path', path: this.path() };
    if (rest.startsWith('States.')) return { kind: 'call', call: this.call() };
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)(?=\s*[,)])/.exec(rest);
    if (!m) this.fail('expected a string, a number, a boolean, null, a path or an intrinsic call');
    this.pos += m[0].length;
    return { kind: 'literal', value: JSON.parse(m[0]) as number | boolean | null };
  }

  string(): IntrinsicArg {
    this.pos++;
    const start = this.pos;
    let value = '';
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated string');
      const c = this.text.charAt(this.pos);
      if (c === '\\') {
        const next = this.text.charAt(this.pos + 1);
        if (!ESCAPABLE.has(next)) this.fail(`invalid escape '\\${next}'`);
        value += next;
        this.pos += 2;
        continue;
      }
      if (c === "'") break;
      value += c;
      this.pos++;
    }
    const raw = this.text.slice(start, this.pos);
    this.pos++;
    return { kind: 'string', value, raw };
  }

  /** A path runs to the next `,` or `)` outside brackets, parentheses and quotes. */
  path(): string {
    const start = this.pos;
    let depth = 0;
    let quote: string | undefined;
    while (this.pos < this.text.length) {
      const c = this.text.charAt(this.pos);
      if (quote !== undefined) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') {
        quote = c;
      } else if (c === '[' || c === '(') {
        depth++;
      } else if (c === ']' || c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) {
        break;
      }
      this.pos++;
    }
    return this.text.slice(start, this.pos).trim();
  }
}
