/**
 * The syntax tree of a JSONPath expression, as the Jayway implementation AWS uses understands
 * it: a root (`$` or `@`), selectors, an optional trailing function (`length()`), and filters.
 */

/** One selector inside a segment. */
export type Selector =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'names'; readonly names: readonly string[] }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'indices'; readonly indices: readonly number[] }
  | {
      readonly kind: 'slice';
      readonly start: number | undefined;
      readonly end: number | undefined;
      readonly step: number | undefined;
    }
  | { readonly kind: 'filter'; readonly expr: FilterExpr };

/** A step of the path: a selector applied to the current nodes, or to all their descendants. */
export interface Segment {
  readonly descendant: boolean;
  readonly selector: Selector;
}

/** A parsed path. */
export interface JsonPathAst {
  readonly root: '$' | '@';
  readonly segments: readonly Segment[];
  /** A trailing function such as `length`. */
  readonly fn: string | undefined;
  /** Jayway's notion: a definite path designates at most one node; an indefinite one a list. */
  readonly definite: boolean;
}

/** An operand in a filter expression. */
export type FilterOperand =
  | { readonly kind: 'path'; readonly path: JsonPathAst }
  | { readonly kind: 'literal'; readonly value: unknown }
  | { readonly kind: 'regex'; readonly source: string; readonly flags: string };

/** A filter expression (`[?(…)]`). */
export type FilterExpr =
  | { readonly kind: 'or' | 'and'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly expr: FilterExpr }
  | { readonly kind: 'exists'; readonly operand: FilterOperand }
  | {
      readonly kind: 'compare';
      readonly op: string;
      readonly left: FilterOperand;
      readonly right: FilterOperand;
    };

/** A malformed path. */
export class JsonPathSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonPathSyntaxError';
  }
}

/**
 * Jayway's normalized form of a path, as AWS quotes it in causes (`$['a']['b'][0]`).
 *
 * @example
 * ```ts
 * normalizedPath(parseJsonPath('$.a.b[0]')); // "$['a']['b'][0]"
 * ```
 */
export function normalizedPath(ast: JsonPathAst): string {
  let out: string = ast.root;
  for (const seg of ast.segments) {
    if (seg.descendant) out += '..';
    const s = seg.selector;
    switch (s.kind) {
      case 'name':
        out += `['${s.name}']`;
        break;
      case 'names':
        out += `[${s.names.map((n) => `'${n}'`).join(',')}]`;
        break;
      case 'wildcard':
        out += '[*]';
        break;
      case 'index':
        out += `[${s.index}]`;
        break;
      case 'indices':
        out += `[${s.indices.join(',')}]`;
        break;
      case 'slice':
        out += `[${s.start ?? ''}:${s.end ?? ''}${s.step === undefined ? '' : `:${s.step}`}]`;
        break;
      case 'filter':
        out += '[?]';
        break;
    }
  }
  if (ast.fn !== undefined) out += `.${ast.fn}()`;
  return out;
}
