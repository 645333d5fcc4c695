/**
 * JSONPath parser (Jayway dialect): `$`, `.name`, `['name']`, `['a','b']`, `[0]`, `[-1]`,
 * `[0,2]`, `[1:3]`, `[*]`, `.*`, `..`, `[?(<filter>)]` and a trailing function (`.length()`).
 */
import type { JsonPathAst, Segment, Selector } from './ast.ts';
import { JsonPathSyntaxError } from './ast.ts';
import { Cursor } from './cursor.ts';
import { parseFilter } from './filter-parse.ts';

const FUNCTIONS = new Set([
  'length',
  'size',
  'min',
  'max',
  'avg',
  'stddev',
  'sum',
  'first',
  'last',
  'keys',
]);

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

/**
 * Parses a whole JSONPath expression.
 *
 * @example
 * ```ts
 * parseJsonPath('$.items[?(@.price > 10)].name').definite; // false
 * ```
 */
export function parseJsonPath(text: string): JsonPathAst {
  const p = new Parser(text);
  const ast = p.path(false);
  if (!p.atEnd()) throw new JsonPathSyntaxError(`unexpected '${p.rest()}' in path '${text}'`);
  return ast;
}

class Parser extends Cursor {
  /** path := ('$' | '@') segment* [ '.' fn '()' ] */
  path(inFilter: boolean): JsonPathAst {
    const root = this.peek();
    if (root !== '$' && root !== '@') this.fail("a path must start with '$'");
    this.pos++;
    const segments: Segment[] = [];
    let fn: string | undefined;
    for (;;) {
      const c = this.peek();
      if (c === '.' && this.peek(1) === '.') {
        this.pos += 2;
        if (this.peek() === '[') segments.push({ descendant: true, selector: this.bracket() });
        else if (this.peek() === '*') {
          this.pos++;
          segments.push({ descendant: true, selector: { kind: 'wildcard' } });
        } else
          segments.push({
            descendant: true,
            selector: { kind: 'name', name: this.dotName(inFilter) },
          });
      } else if (c === '.') {
        this.pos++;
        if (this.peek() === '*') {
          this.pos++;
          segments.push({ descendant: false, selector: { kind: 'wildcard' } });
          continue;
        }
        const name = this.dotName(inFilter);
        if (this.peek() === '(') {
          this.expect('(');
          this.skipSpaces();
          this.expect(')');
          if (!FUNCTIONS.has(name)) this.fail(`unknown function '${name}()'`);
          fn = name;
          break;
        }
        segments.push({ descendant: false, selector: { kind: 'name', name } });
      } else if (c === '[') {
        segments.push({ descendant: false, selector: this.bracket() });
      } else {
        break;
      }
    }
    const definite = segments.every((s, i) => isDefiniteSegment(s, i === segments.length - 1));
    return { root, segments, fn, definite };
  }

  dotName(inFilter: boolean): string {
    const start = this.pos;
    while (!this.atEnd()) {
      const c = this.peek();
      if (inFilter ? FILTER_NAME_STOP.has(c) : c === '.' || c === '[' || c === '(') break;
      if (!inFilter && (c === ' ' || c === '\t')) {
        this.fail("use bracket notation ['my prop'] for a property with blanks");
      }
      this.pos++;
    }
    if (this.pos === start) this.fail('expected a property name');
    return this.text.slice(start, this.pos);
  }

  bracket(): Selector {
    this.expect('[');
    this.skipSpaces();
    let selector: Selector;
    const c = this.peek();
    if (c === '*') {
      this.pos++;
      selector = { kind: 'wildcard' };
    } else if (c === '?') {
      this.pos++;
      this.skipSpaces();
      this.expect('(');
      const expr = parseFilter(this, () => this.path(true));
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
      selector =
        names.length === 1 ? { kind: 'name', name: names[0] ?? '' } : { kind: 'names', names };
    } else {
      selector = this.indexOrSlice();
    }
    this.skipSpaces();
    this.expect(']');
    return selector;
  }

  indexOrSlice(): Selector {
    const first = this.integer();
    if (this.peek() === ':') {
      this.pos++;
      const end = this.integer();
      let step: number | undefined;
      if (this.peek() === ':') {
        this.pos++;
        step = this.integer();
        if (step === 0) this.fail('slice step cannot be 0');
      }
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
    return indices.length === 1 ? { kind: 'index', index: first } : { kind: 'indices', indices };
  }
}

function isDefiniteSegment(seg: Segment, isLeaf: boolean): boolean {
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
