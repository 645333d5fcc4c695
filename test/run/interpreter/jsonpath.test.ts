import { describe, expect, it } from 'vitest';
import { normalizedPath, type JsonPathAst } from '../../../src/asl/jsonpath/ast.ts';
import { parseJsonPath as parse } from '../../../src/asl/jsonpath/parse.ts';
import { evaluatePath } from '../../../src/run/interpreter/jsonpath/evaluate.ts';
import { writePath } from '../../../src/run/interpreter/jsonpath/write.ts';

/** The AST of a path that must parse. */
function parseJsonPath(text: string): JsonPathAst {
  const r = parse(text);
  if (!r.ok) throw new Error(r.message);
  return r.ast;
}

const store = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings of the Century', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword of Honour', price: 12.99 },
      {
        category: 'fiction',
        author: 'Herman Melville',
        title: 'Moby Dick',
        isbn: '0-553-21311-3',
        price: 8.99,
      },
      {
        category: 'fiction',
        author: 'J. R. R. Tolkien',
        title: 'The Lord of the Rings',
        isbn: '0-395-19395-8',
        price: 22.99,
      },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  expensive: 10,
};

function q(path: string, doc: unknown = store): unknown {
  const r = evaluatePath(parseJsonPath(path), doc);
  return r.found ? r.value : 'NOT FOUND';
}

describe('JSONPath (Jayway semantics)', () => {
  it('reads definite paths and reports what is missing', () => {
    expect(q('$')).toBe(store);
    expect(q('$.expensive')).toBe(10);
    expect(q("$['store']['bicycle'].color")).toBe('red');
    expect(q('$.store.book[0].author')).toBe('Nigel Rees');
    expect(q('$.store.book[-1].title')).toBe('The Lord of the Rings');
    expect(q('$.store.missing')).toBe('NOT FOUND');
    // Jayway over Jackson reads an index past the end as null (AWS: "x.$": "$.items[5]" → null)
    expect(q('$.store.book[9]')).toBeNull();
    expect(q('$.store.book[9].title')).toBe('NOT FOUND');
    expect(q('$.store.bicycle[0]')).toBe('NOT FOUND');
    expect(q('$.expensive.deeper')).toBe('NOT FOUND');
    expect(q('$.a', { a: null })).toBeNull();
  });

  it('returns arrays for indefinite paths, even with one or no match', () => {
    expect(q('$.store.book[*].author')).toEqual([
      'Nigel Rees',
      'Evelyn Waugh',
      'Herman Melville',
      'J. R. R. Tolkien',
    ]);
    expect(q('$..author')).toHaveLength(4);
    expect(q('$.store.book[?(@.isbn)].title')).toEqual(['Moby Dick', 'The Lord of the Rings']);
    expect(q('$.store.book[?(@.price < 10)].price')).toEqual([8.95, 8.99]);
    expect(q('$.store.book[?(@.price > $.expensive)].title')).toEqual([
      'Sword of Honour',
      'The Lord of the Rings',
    ]);
    expect(q("$.store.book[?(@.category == 'fiction' && @.price < 10)].title")).toEqual([
      'Moby Dick',
    ]);
    expect(q('$.store.book[?(@.author =~ /.*REES/i)].title')).toEqual(['Sayings of the Century']);
    expect(q('$.store.book[?(@.price > 100)]')).toEqual([]);
    expect(q('$.store.book[0,1].price')).toEqual([8.95, 12.99]);
    expect(q('$.store.book[:2].price')).toEqual([8.95, 12.99]);
    expect(q('$.store.book[-2:].price')).toEqual([8.99, 22.99]);
    expect(q('$.store.book[1:3].price')).toEqual([12.99, 8.99]);
    expect(q('$.store.*')).toHaveLength(2);
    expect(q('$..book[2].title')).toEqual(['Moby Dick']);
    expect(q('$.missing[*]')).toEqual([]);
  });

  it('supports filter operators beyond comparisons', () => {
    const doc = {
      items: [
        { t: ['a', 'b'], n: 1 },
        { t: [], n: 2 },
        { t: ['c'], n: 3, s: 'x' },
      ],
    };
    expect(q('$.items[?(@.n in [1, 3])].n', doc)).toEqual([1, 3]);
    expect(q('$.items[?(@.n nin [1, 3])].n', doc)).toEqual([2]);
    expect(q('$.items[?(@.t size 1)].n', doc)).toEqual([3]);
    expect(q('$.items[?(@.t empty true)].n', doc)).toEqual([2]);
    expect(q("$.items[?(@.t anyof ['b', 'z'])].n", doc)).toEqual([1]);
    expect(q("$.items[?(!(@.n == 1) || @.s == 'x')].n", doc)).toEqual([2, 3]);
    expect(q('$.items[?(@.n == "1")].n', doc)).toEqual([1]);
    expect(q('$.nums[?(@ > 1)]', { nums: [1, 2, 3] })).toEqual([2, 3]);
  });

  it('applies trailing functions', () => {
    expect(q('$.store.book.length()')).toBe(4);
    expect(q('$.store.book[*].price.length()')).toBe(4);
    expect(q('$.store.book[*].price.max()')).toBe(22.99);
    expect(q('$.store.bicycle.keys()')).toEqual(['color', 'price']);
  });

  it('merges several properties at the leaf into an object (definite)', () => {
    expect(q("$.store.bicycle['color','price','nope']")).toEqual({ color: 'red', price: 19.95 });
  });

  it('rejects malformed paths', () => {
    expect(() => parseJsonPath('a.b')).toThrow();
    expect(() => parseJsonPath('$.a b')).toThrow();
    expect(() => parseJsonPath('$.a[')).toThrow();
    expect(() => parseJsonPath('$.a.bogus()')).toThrow();
  });

  it('prints normalized paths as Jayway does', () => {
    expect(normalizedPath(parseJsonPath('$.a.b[0]'))).toBe("$['a']['b'][0]");
  });

  it('writes ResultPath values, creating objects, and refuses non-objects', () => {
    expect(writePath(parseJsonPath('$.a.b'), { x: 1 }, 2, '$.a.b')).toEqual({ x: 1, a: { b: 2 } });
    expect(writePath(parseJsonPath('$.list[1]'), { list: [1, 2] }, 'x', '$.list[1]')).toEqual({
      list: [1, 'x'],
    });
    expect(() => writePath(parseJsonPath('$.a.b'), { a: 'text' }, 1, '$.a.b')).toThrow(
      'Unable to apply ReferencePath $.a.b to input {"a":"text"}',
    );
    expect(() => writePath(parseJsonPath('$.a'), 'text', 1, '$.a')).toThrow(
      /ResultPathMatchFailure|Unable to apply/,
    );
    const input = { keep: { me: 1 } };
    writePath(parseJsonPath('$.keep.me'), input, 2, '$.keep.me');
    expect(input).toEqual({ keep: { me: 1 } });
  });
});
