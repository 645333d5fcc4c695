/**
 * A reading position in a JSONPath string, with the small lexing helpers the path and filter
 * parsers share.
 */
import { JsonPathSyntaxError } from './ast.ts';

/** A cursor over a path string. */
export class Cursor {
  readonly text: string;
  pos = 0;

  constructor(text: string) {
    this.text = text;
  }

  /** True at the end of the text. */
  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** The unread text. */
  rest(): string {
    return this.text.slice(this.pos);
  }

  /** The character `offset` characters ahead. */
  peek(offset = 0): string {
    return this.text.charAt(this.pos + offset);
  }

  /** True (and consumed) when the text continues with `s`. */
  eat(s: string): boolean {
    if (!this.text.startsWith(s, this.pos)) return false;
    this.pos += s.length;
    return true;
  }

  /** Throws a syntax error at the current position. */
  fail(message: string): never {
    throw new JsonPathSyntaxError(`${message} at position ${this.pos} in path '${this.text}'`);
  }

  /** Consumes `s` or fails. */
  expect(s: string): void {
    if (!this.eat(s)) this.fail(`expected '${s}'`);
  }

  /** Skips blanks. */
  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  /** A single- or double-quoted string; a backslash escapes the next character. */
  quoted(): string {
    const q = this.peek();
    if (q !== "'" && q !== '"') this.fail('expected a quoted string');
    this.pos++;
    let out = '';
    while (!this.atEnd() && this.peek() !== q) {
      if (this.peek() === '\\' && this.pos + 1 < this.text.length) {
        out += this.peek(1);
        this.pos += 2;
      } else {
        out += this.peek();
        this.pos++;
      }
    }
    if (this.atEnd()) this.fail('unterminated string');
    this.pos++;
    return out;
  }

  /** An optionally negative integer, or undefined. */
  integer(): number | undefined {
    this.skipSpaces();
    const m = /^-?\d+/.exec(this.rest());
    if (!m) return undefined;
    this.pos += m[0].length;
    this.skipSpaces();
    return Number(m[0]);
  }
}
