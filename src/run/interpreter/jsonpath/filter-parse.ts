/**
 * Parser of JSONPath filter expressions (`[?( … )]`): `||`, `&&`, `!`, parentheses, comparisons
 * (`==`, `!=`, `<`, `<=`, `>`, `>=`, `=~ /regex/i`, `in`, `nin`, `subsetof`, `anyof`, `noneof`,
 * `size`, `empty`), existence tests, and operands that are paths (`@…`, `$…`), literals or JSON
 * arrays/objects.
 */
import type { FilterExpr, FilterOperand, JsonPathAst } from './ast.ts';
import type { Cursor } from './cursor.ts';

/** Parses a sub-path inside a filter (supplied by the path parser). */
export type SubPathParser = () => JsonPathAst;

const SYMBOLS = ['===', '!==', '==', '!=', '<=', '>=', '=~', '<', '>'];
const WORDS = /^(nin|in|subsetof|anyof|noneof|size|empty)\b/i;

/**
 * Parses a filter expression at the cursor (after `?(`, up to the closing `)`).
 *
 * @example
 * ```ts
 * parseFilter(cursor, () => parser.path(true)); // { kind: 'compare', op: '>', … }
 * ```
 */
export function parseFilter(c: Cursor, path: SubPathParser): FilterExpr {
  return or(c, path);
}

function or(c: Cursor, path: SubPathParser): FilterExpr {
  let left = and(c, path);
  for (;;) {
    c.skipSpaces();
    if (!c.eat('||')) return left;
    left = { kind: 'or', left, right: and(c, path) };
  }
}

function and(c: Cursor, path: SubPathParser): FilterExpr {
  let left = unary(c, path);
  for (;;) {
    c.skipSpaces();
    if (!c.eat('&&')) return left;
    left = { kind: 'and', left, right: unary(c, path) };
  }
}

function unary(c: Cursor, path: SubPathParser): FilterExpr {
  c.skipSpaces();
  if (c.peek() === '!' && c.peek(1) !== '=') {
    c.pos++;
    return { kind: 'not', expr: unary(c, path) };
  }
  if (c.eat('(')) {
    const inner = or(c, path);
    c.skipSpaces();
    c.expect(')');
    return inner;
  }
  const left = operand(c, path);
  c.skipSpaces();
  const op = operator(c);
  if (op === undefined) {
    if (left.kind !== 'path') c.fail('a filter needs a comparison or a path');
    return { kind: 'exists', operand: left };
  }
  c.skipSpaces();
  return { kind: 'compare', op, left, right: operand(c, path) };
}

function operator(c: Cursor): string | undefined {
  for (const op of SYMBOLS) {
    if (c.eat(op)) return op === '===' ? '==' : op === '!==' ? '!=' : op;
  }
  const m = WORDS.exec(c.rest());
  if (m?.[1] === undefined) return undefined;
  c.pos += m[1].length;
  return m[1].toLowerCase();
}

function operand(c: Cursor, path: SubPathParser): FilterOperand {
  c.skipSpaces();
  const ch = c.peek();
  if (ch === '@' || ch === '$') return { kind: 'path', path: path() };
  if (ch === "'" || ch === '"') return { kind: 'literal', value: c.quoted() };
  if (ch === '/') return regex(c);
  if (ch === '[' || ch === '{') return { kind: 'literal', value: jsonLiteral(c, path) };
  const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(c.rest());
  if (!m) c.fail('expected a value');
  c.pos += m[0].length;
  return { kind: 'literal', value: JSON.parse(m[0]) };
}

function regex(c: Cursor): FilterOperand {
  c.expect('/');
  let source = '';
  while (!c.atEnd() && c.peek() !== '/') {
    const n = c.peek() === '\\' ? 2 : 1;
    source += c.text.slice(c.pos, c.pos + n);
    c.pos += n;
  }
  c.expect('/');
  const flags = /^[a-z]*/.exec(c.rest())?.[0] ?? '';
  c.pos += flags.length;
  return { kind: 'regex', source, flags: flags.replace(/[^imsu]/g, '') };
}

/** A JSON array or object literal (single-quoted strings allowed). */
function jsonLiteral(c: Cursor, path: SubPathParser): unknown {
  const literal = (): unknown => {
    const item = operand(c, path);
    if (item.kind !== 'literal') c.fail('expected a literal');
    return item.value;
  };
  const open = c.peek();
  c.pos++;
  c.skipSpaces();
  if (open === '[') {
    const out: unknown[] = [];
    if (c.eat(']')) return out;
    for (;;) {
      out.push(literal());
      c.skipSpaces();
      if (c.eat(',')) continue;
      c.expect(']');
      return out;
    }
  }
  const obj: Record<string, unknown> = {};
  if (c.eat('}')) return obj;
  for (;;) {
    c.skipSpaces();
    const key = c.quoted();
    c.skipSpaces();
    c.expect(':');
    const value = literal();
    Object.defineProperty(obj, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    c.skipSpaces();
    if (c.eat(',')) continue;
    c.expect('}');
    return obj;
  }
}
