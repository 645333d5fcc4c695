/**
 * The one JSONPath grammar of aslc, shared by the DSL (`path()`), the validator and the
 * interpreter: Jayway JsonPath as Step Functions reads it, with ASL's roots.
 *
 * ```
 * path     := ('$$' | '$' variable? | '$') segment* function?
 * segment  := '..' (name | '*' | bracket) | '.' (name | '*') | '.'? bracket
 * bracket  := '[' ( '*' | quoted (',' quoted)* | int (',' int)* | slice | '?(' filter ')' ) ']'
 * function := '.' ('length' | 'min' | 'max' | …) '()'          (at the end only)
 * ```
 *
 * Jayway's rules kept: a dot name runs to the next `.`, `[` or `(` and may not contain blanks
 * ("Use bracket notion ['my prop'] if your property contains blank characters"); quoted names
 * take Jayway's escapes (`\'`, `\"`, `\\`, `\n`, `\t`, `\r`, `\b`, `\f`, `\uXXXX`; any other
 * escaped character stands for itself). Refused as AWS's Jayway refuses them: script
 * expressions `[(@.length-1)]`, empty brackets `[]`, unknown functions `.b()` (Jayway: "Function
 * with name: b does not exist").
 *
 * The parser never throws: malformed text gives a {@link PathSyntaxError} with its position. It
 * runs in time linear in the text (each character is read once, lexing uses sticky regular
 * expressions) and its recursion (filters inside filters, JSON literals) is bounded by
 * {@link MAX_PATH_NESTING}.
 */
import { readVariableName } from '../variable-name.ts';
import {
  PATH_FUNCTIONS,
  type FilterExpr,
  type FilterOperand,
  type JsonPathAst,
  type PathFunction,
  type PathParse,
  type PathRoot,
  type Segment,
  type Selector,
} from './ast.ts';
import { unescapeJayway } from './unescape.ts';
import { cachedParser, failureResult, TextCursor } from '../parse-support.ts';

/** How deep filters, parentheses and literals may nest inside one path. */
export const MAX_PATH_NESTING = 32;

/** Paths longer than this are refused (a path is a field value; AWS's definitions are ≤ 1 MB). */
export const MAX_PATH_LENGTH = 1_048_576;

const FUNCTIONS: ReadonlySet<string> = new Set(PATH_FUNCTIONS);

/** Characters that end a dot-notation name inside a filter. */
const FILTER_NAME_STOP = new Set([
  ' ',
  '\t',
  '.',
  '[',
  '(',
  ')',
  '=',
  '!',
  '<',
  '>',
  '&',
  '|',
  ',',
  '~',
]);

const INTEGER = /-?\d+/y;
const NUMBER_LITERAL = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true\b|false\b|null\b/y;
const SYMBOLS = ['===', '!==', '==', '!=', '<=', '>=', '=~', '<', '>'];
const WORDS = /(nin|in|subsetof|anyof|noneof|size|empty)\b/iy;
const REGEX_FLAGS = /[a-z]*/y;

/** Results by text: parsed once for the DSL, the validator and the interpreter. */
const cached = cachedParser(parseUncached);

/**
 * Parses a JSONPath (`$…`, `$$…` or `$name…`). Results are cached by text (they are
 * immutable).
 *
 * @example
 * ```ts
 * const p = parseJsonPath('$.items[0].name');
 * if (p.ok) p.reference; // true
 * parseJsonPath('$.a b').ok; // false
 * ```
 */
export function parseJsonPath(text: string): PathParse {
  return cached(text);
}

function parseUncached(text: string): PathParse {
  if (typeof text !== 'string')
    return { ok: false, message: 'a path must be a string', position: 0 };
  if (text.length > MAX_PATH_LENGTH) {
    return {
      ok: false,
      message: `a path must be at most ${MAX_PATH_LENGTH} characters`,
      position: 0,
    };
  }
  const p = new Parser(text);
  try {
    return p.top();
  } catch (e) {
    return failureResult(e, text);
  }
}

class Parser extends TextCursor {
  depth = 0;
  notReference: string | undefined;

  top(): PathParse {
    const text = this.text;
    if (text[0] !== '$') this.fail("a path must start with '$'", 0);
    let root: PathRoot = 'input';
    let variable: string | undefined;
    if (text[1] === '$') {
      root = 'context';
      this.pos = 2;
    } else {
      variable = readVariableName(text, 1);
      if (variable !== undefined) root = 'variable';
      this.pos = 1 + (variable?.length ?? 0);
    }
    const c = text[this.pos];
    if (c !== undefined && c !== '.' && c !== '[') {
      this.fail(`unexpected '${c}' after '${text.slice(0, this.pos)}'`);
    }
    const ast = this.segments('$', false);
    if (this.pos < text.length) this.fail(`unexpected '${text[this.pos]}'`);
    return {
      ok: true,
      text,
      root,
      variable,
      ast,
      reference: this.notReference === undefined,
      notReferenceBecause: this.notReference,
    };
  }

  mark(why: string): void {
    this.notReference ??= why;
  }

  enter(): void {
    if (++this.depth > MAX_PATH_NESTING) {
      this.fail(`filters and literals are nested more than ${MAX_PATH_NESTING} deep`);
    }
  }

  peek(offset = 0): string {
    return this.text.charAt(this.pos + offset);
  }

  eat(s: string): boolean {
    if (!this.text.startsWith(s, this.pos)) return false;
    this.pos += s.length;
    return true;
  }

  expect(s: string): void {
    if (!this.eat(s))
      this.fail(this.pos >= this.text.length ? `missing '${s}'` : `expected '${s}'`);
  }

  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  /** segments after a root; `inFilter` for paths inside `[?( … )]`. */
  segments(root: '$' | '@', inFilter: boolean): JsonPathAst {
    const segments: Segment[] = [];
    let fn: PathFunction | undefined;
    for (;;) {
      const c = this.peek();
      if (c === '.' && this.peek(1) === '.') {
        this.mark("it uses the deep scan '..'");
        this.pos += 2;
        if (this.peek() === '[') segments.push({ descendant: true, selector: this.bracket() });
        else if (this.eat('*')) segments.push({ descendant: true, selector: { kind: 'wildcard' } });
        else {
          const name = this.dotName(inFilter);
          segments.push({ descendant: true, selector: { kind: 'name', name } });
        }
      } else if (c === '.') {
        this.pos++;
        if (this.pos >= this.text.length) this.fail("a path must not end with '.'");
        if (this.eat('*')) {
          this.mark("it uses the wildcard '*'");
          segments.push({ descendant: false, selector: { kind: 'wildcard' } });
          continue;
        }
        if (this.peek() === '[') continue; // `$.['a']` is bracket notation
        const start = this.pos;
        const name = this.dotName(inFilter);
        if (this.peek() === '(') {
          this.pos++;
          this.skipSpaces();
          if (this.peek() !== ')') this.fail(`the function '${name}()' takes no arguments`);
          this.pos++;
          if (!FUNCTIONS.has(name)) this.fail(`unknown function '${name}()'`, start);
          fn = name as PathFunction;
          this.mark(`it calls the function '${name}()'`);
          break;
        }
        segments.push({ descendant: false, selector: { kind: 'name', name } });
      } else if (c === '[') {
        segments.push({ descendant: false, selector: this.bracket() });
      } else {
        break;
      }
    }
    const definite = segments.every((s, i) => isDefinite(s, i === segments.length - 1));
    return { root, segments, fn, definite };
  }

  dotName(inFilter: boolean): string {
    const start = this.pos;
    const text = this.text;
    while (this.pos < text.length) {
      const c = text[this.pos] as string;
      if (inFilter ? FILTER_NAME_STOP.has(c) : c === '.' || c === '[' || c === '(') break;
      if (c === ' ' || c === '\t') {
        this.fail("use bracket notation ['my prop'] for a property with blanks");
      }
      if (c === ']' || c === "'" || c === '"') this.fail(`unexpected '${c}' in a property name`);
      this.pos++;
    }
    if (this.pos === start) {
      this.fail(
        this.pos >= text.length ? "a path must not end with '.'" : 'expected a property name',
      );
    }
    return text.slice(start, this.pos);
  }

  bracket(): Selector {
    const open = this.pos;
    this.expect('[');
    this.skipSpaces();
    let selector: Selector;
    const c = this.peek();
    if (c === '*') {
      this.pos++;
      this.mark("it uses the wildcard '[*]'");
      selector = { kind: 'wildcard' };
    } else if (c === '?') {
      this.pos++;
      this.skipSpaces();
      if (this.peek() !== '(') this.fail("a filter is written '[?(…)]'");
      this.pos++;
      this.mark(`it uses a filter`);
      this.enter();
      const expr = this.or();
      this.depth--;
      this.skipSpaces();
      this.expect(')');
      selector = { kind: 'filter', expr };
    } else if (c === "'" || c === '"') {
      const names = [this.quoted()];
      this.skipSpaces();
      while (this.peek() === ',') {
        this.pos++;
        this.skipSpaces();
        names.push(this.quoted());
        this.skipSpaces();
      }
      if (names.length === 1) selector = { kind: 'name', name: names[0] as string };
      else {
        this.mark(`it selects several names '${this.text.slice(open, this.pos)}]'`);
        selector = { kind: 'names', names };
      }
    } else if (c === '(') {
      this.fail('script expressions such as [(@.length-1)] are not supported');
    } else if (c === ']') {
      this.fail('empty brackets: write an index, a quoted name, * or a filter');
    } else {
      selector = this.indexOrSlice();
    }
    this.skipSpaces();
    if (this.peek() !== ']') {
      this.fail(
        this.pos >= this.text.length ? "missing ']'" : `unexpected '${this.peek()}' in brackets`,
      );
    }
    this.pos++;
    return selector;
  }

  integer(): number | undefined {
    this.skipSpaces();
    const m = this.sticky(INTEGER);
    if (m === undefined) return undefined;
    this.skipSpaces();
    const n = Number(m);
    if (!Number.isSafeInteger(n)) this.fail(`index ${m} is too large`);
    return n;
  }

  indexOrSlice(): Selector {
    const open = this.pos;
    const first = this.integer();
    if (this.peek() === ':') {
      this.pos++;
      const end = this.integer();
      let step: number | undefined;
      if (this.peek() === ':') {
        this.pos++;
        step = this.integer();
        if (step === 0) this.fail('a slice step cannot be 0');
      }
      this.mark(`it uses the slice '[${this.text.slice(open, this.pos).trim()}]'`);
      return { kind: 'slice', start: first, end, step };
    }
    if (first === undefined) this.fail('expected an index, a slice, a quoted name, * or a filter');
    const indices = [first];
    while (this.peek() === ',') {
      this.pos++;
      const next = this.integer();
      if (next === undefined) this.fail('expected an index');
      indices.push(next);
    }
    if (indices.length > 1) {
      this.mark(`it selects several indices '[${this.text.slice(open, this.pos).trim()}]'`);
      return { kind: 'indices', indices };
    }
    if (first < 0) this.mark(`it uses the negative index '[${first}]'`);
    return { kind: 'index', index: first };
  }

  /** A single- or double-quoted name with Jayway's escapes. */
  quoted(): string {
    const q = this.peek();
    if (q !== "'" && q !== '"') this.fail('expected a quoted name');
    const start = ++this.pos;
    const text = this.text;
    let escaped = false;
    while (this.pos < text.length) {
      const c = text[this.pos];
      if (c === '\\') escaped = true;
      if (c === '\\') this.pos += 2;
      else if (c === q) break;
      else this.pos++;
    }
    if (this.pos >= text.length) this.fail('unterminated quoted name', start - 1);
    const raw = text.slice(start, this.pos);
    this.pos++;
    if (!escaped) return raw;
    const value = unescapeJayway(raw);
    if (value === undefined) this.fail('invalid \\u escape in a quoted name', start);
    return value;
  }

  // ---- filters ------------------------------------------------------------------------------

  or(): FilterExpr {
    let left = this.and();
    for (;;) {
      this.skipSpaces();
      if (!this.eat('||')) return left;
      left = { kind: 'or', left, right: this.and() };
    }
  }

  and(): FilterExpr {
    let left = this.unary();
    for (;;) {
      this.skipSpaces();
      if (!this.eat('&&')) return left;
      left = { kind: 'and', left, right: this.unary() };
    }
  }

  unary(): FilterExpr {
    this.skipSpaces();
    if (this.peek() === '!' && this.peek(1) !== '=') {
      this.pos++;
      this.enter();
      const expr = this.unary();
      this.depth--;
      return { kind: 'not', expr };
    }
    if (this.peek() === '(') {
      this.pos++;
      this.enter();
      const inner = this.or();
      this.depth--;
      this.skipSpaces();
      this.expect(')');
      return inner;
    }
    const left = this.operand();
    this.skipSpaces();
    const op = this.operator();
    if (op === undefined) {
      if (left.kind !== 'path') this.fail('a filter needs a comparison or a path');
      return { kind: 'exists', operand: left };
    }
    this.skipSpaces();
    return { kind: 'compare', op, left, right: this.operand() };
  }

  operator(): string | undefined {
    for (const op of SYMBOLS) {
      if (this.eat(op)) return op === '===' ? '==' : op === '!==' ? '!=' : op;
    }
    const word = this.sticky(WORDS);
    return word?.toLowerCase();
  }

  operand(): FilterOperand {
    this.skipSpaces();
    const ch = this.peek();
    if (ch === '@' || ch === '$') {
      this.pos++;
      if (ch === '$' && this.peek() === '$')
        this.fail("the Context Object '$$' cannot be used in a filter");
      this.enter();
      const path = this.segments(ch, true);
      this.depth--;
      return { kind: 'path', path };
    }
    if (ch === "'" || ch === '"') return { kind: 'literal', value: this.quoted() };
    if (ch === '/') return this.regex();
    if (ch === '[' || ch === '{') {
      this.enter();
      const value = this.jsonLiteral();
      this.depth--;
      return { kind: 'literal', value };
    }
    const m = this.sticky(NUMBER_LITERAL);
    if (m === undefined)
      this.fail(this.pos >= this.text.length ? 'missing a value' : 'expected a value');
    return { kind: 'literal', value: JSON.parse(m) };
  }

  regex(): FilterOperand {
    this.expect('/');
    const start = this.pos;
    const text = this.text;
    while (this.pos < text.length && text[this.pos] !== '/') {
      this.pos += text[this.pos] === '\\' ? 2 : 1;
    }
    if (this.pos >= text.length) this.fail('unterminated regular expression', start - 1);
    const source = text.slice(start, this.pos);
    this.pos++;
    const flags = this.sticky(REGEX_FLAGS) ?? '';
    return { kind: 'regex', source, flags: flags.replace(/[^imsu]/g, '') };
  }

  /** A JSON array or object literal (single-quoted strings allowed). */
  jsonLiteral(): unknown {
    const literal = (): unknown => {
      const item = this.operand();
      if (item.kind !== 'literal') this.fail('expected a literal');
      return item.value;
    };
    const open = this.peek();
    this.pos++;
    this.skipSpaces();
    if (open === '[') {
      const out: unknown[] = [];
      if (this.eat(']')) return out;
      for (;;) {
        out.push(literal());
        this.skipSpaces();
        if (this.eat(',')) continue;
        this.expect(']');
        return out;
      }
    }
    const obj: Record<string, unknown> = {};
    if (this.eat('}')) return obj;
    for (;;) {
      this.skipSpaces();
      const key = this.quoted();
      this.skipSpaces();
      this.expect(':');
      const value = literal();
      Object.defineProperty(obj, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      this.skipSpaces();
      if (this.eat(',')) continue;
      this.expect('}');
      return obj;
    }
  }
}

function isDefinite(seg: Segment, isLeaf: boolean): boolean {
  if (seg.descendant) return false;
  switch (seg.selector.kind) {
    case 'name':
    case 'index':
      return true;
    case 'names':
      return isLeaf;
    default:
      return false;
  }
}
