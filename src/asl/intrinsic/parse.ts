/**
 * The one intrinsic-function grammar of aslc, shared by the DSL, the validator and the
 * interpreter:
 *
 * ```
 * call    := name ws* '(' ws* (arg (ws* ',' ws* arg)*)? ws* ')'
 * name    := 'States.' [A-Za-z0-9_.]+              (checked against the 18 names afterwards)
 * arg     := string | number | 'true' | 'false' | 'null' | path | call
 * string  := "'" (char | '\' ("'" | '{' | '}' | '\'))* "'"
 * number  := '-'? ('0' | [1-9][0-9]*) ('.' [0-9]+)? ([eE] [+-]? [0-9]+)?     (JSON's)
 * path    := '$' …   up to the next ',' or ')' outside brackets, parentheses and quotes,
 *                    then read by the JSONPath grammar
 * ```
 *
 * The escapes are AWS's: "The following characters are reserved for intrinsic functions, and
 * must be escaped using a backslash ('\') if you want them to appear in the Value: ' { } and \"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html, "Reserved
 * characters in intrinsic functions"), so any other escape (`\n`, `\x`) is a syntax error.
 * Numbers are JSON numbers: `01` is not one (AWS's grammar lexes `0` then `1`).
 *
 * Never throws; linear in the text; nested calls are bounded by {@link MAX_CALL_DEPTH} (the
 * AWS limit of 10 is a separate check, {@link checkIntrinsic}).
 */
import { parseJsonPath } from '../jsonpath/parse.ts';
import type { IntrinsicArg, IntrinsicCall, IntrinsicParse } from './ast.ts';
import { cachedParser, failureResult, TextCursor } from '../parse-support.ts';

/** How deep calls may nest before the text is refused as malformed. */
export const MAX_CALL_DEPTH = 64;

const NAME = /States\.[A-Za-z0-9_.]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /(?:true|false|null)(?![A-Za-z0-9_])/y;
const SPACE = /\s*/y;
const LOOKS_LIKE = /\s*States\.[A-Za-z0-9_.]*\s*\(/y;

/**
 * True when the text is meant as an intrinsic call (it starts with `States.` and a `(`), as
 * opposed to a path.
 *
 * @example
 * ```ts
 * looksLikeIntrinsic("States.Format('{}', $.a)"); // true
 * looksLikeIntrinsic('$.a'); // false
 * ```
 */
export function looksLikeIntrinsic(text: string): boolean {
  LOOKS_LIKE.lastIndex = 0;
  return LOOKS_LIKE.test(text);
}

/** Results by text: parsed once for the DSL, the validator and the interpreter. */
const cached = cachedParser(parseUncached);

/**
 * Parses an intrinsic call. Results are cached by text (they are immutable).
 *
 * @example
 * ```ts
 * const r = parseIntrinsic("States.Format('Hello {}', $.name)");
 * if (r.ok) r.call.args.length; // 2
 * parseIntrinsic('States.Array(01)').ok; // false
 * ```
 */
export function parseIntrinsic(text: string): IntrinsicParse {
  return cached(text);
}

function parseUncached(text: string): IntrinsicParse {
  if (typeof text !== 'string') return { ok: false, message: 'not a string', position: 0 };
  const p = new Parser(text);
  try {
    p.spaces();
    const call = p.call(0);
    p.spaces();
    if (p.pos < text.length) p.fail('unexpected text after the call');
    return { ok: true, call };
  } catch (e) {
    return failureResult(e, text);
  }
}

class Parser extends TextCursor {
  spaces(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  call(depth: number): IntrinsicCall {
    if (depth >= MAX_CALL_DEPTH)
      this.fail(`intrinsic calls are nested more than ${MAX_CALL_DEPTH} deep`);
    const start = this.pos;
    const name = this.sticky(NAME);
    if (name === undefined) this.fail("expected an intrinsic function 'States.…('");
    this.spaces();
    if (this.text[this.pos] !== '(') this.fail(`expected '(' after ${name}`);
    this.pos++;
    const args: IntrinsicArg[] = [];
    this.spaces();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return { name, args, start, end: this.pos };
    }
    for (;;) {
      this.spaces();
      args.push(this.arg(depth));
      this.spaces();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ')') {
        this.pos++;
        return { name, args, start, end: this.pos };
      }
      this.fail(c === undefined ? `missing ')' to close ${name}(` : "expected ',' or ')'");
    }
  }

  arg(depth: number): IntrinsicArg {
    const text = this.text;
    const c = text[this.pos];
    if (c === "'") return this.string();
    if (c === '"') this.fail('string literals use single quotes');
    if (c === '$') return this.path();
    if (text.startsWith('States.', this.pos)) return { kind: 'call', call: this.call(depth + 1) };
    const num = this.sticky(NUMBER);
    if (num !== undefined) {
      const next = text[this.pos];
      if (next !== undefined && /[0-9A-Za-z_.]/.test(next)) {
        this.fail(
          `'${num}${next}' is not a number (JSON numbers have no leading zeros)`,
          this.pos - num.length,
        );
      }
      return { kind: 'number', value: Number(num), text: num };
    }
    const word = this.sticky(WORD);
    if (word === 'true') return { kind: 'boolean', value: true };
    if (word === 'false') return { kind: 'boolean', value: false };
    if (word === 'null') return { kind: 'null' };
    return this.fail(c === undefined ? 'missing argument' : `unexpected '${c}'`);
  }

  string(): IntrinsicArg {
    const text = this.text;
    const open = this.pos;
    this.pos++;
    let value = '';
    let from = this.pos;
    while (this.pos < text.length) {
      const c = text[this.pos];
      if (c === '\\') {
        const next = text[this.pos + 1];
        if (next === undefined) break;
        if (next !== "'" && next !== '{' && next !== '}' && next !== '\\') {
          this.fail(
            `illegal escape sequence '\\${next}' in a string (only \\', \\{, \\} and \\\\ are allowed)`,
          );
        }
        value += text.slice(from, this.pos) + next;
        this.pos += 2;
        from = this.pos;
        continue;
      }
      if (c === "'") {
        value += text.slice(from, this.pos);
        const raw = text.slice(open + 1, this.pos);
        this.pos++;
        return { kind: 'string', value, raw };
      }
      this.pos++;
    }
    return this.fail("unterminated string literal (escape a quote inside a string as \\')", open);
  }

  /** A path runs to the next `,` or `)` outside brackets, parentheses and quotes. */
  path(): IntrinsicArg {
    const text = this.text;
    const start = this.pos;
    let depth = 0;
    let quote: string | undefined;
    while (this.pos < text.length) {
      const c = text[this.pos] as string;
      if (quote !== undefined) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && c === ',') break;
      this.pos++;
    }
    let end = this.pos;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    const source = text.slice(start, end);
    const parsed = parseJsonPath(source);
    if (!parsed.ok) this.fail(`invalid path argument '${source}': ${parsed.message}`, start);
    return { kind: 'path', text: source, path: parsed };
  }
}
