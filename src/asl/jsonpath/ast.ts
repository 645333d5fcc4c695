/**
 * The syntax tree of a JSONPath, as Step Functions reads one: Jayway JsonPath
 * (https://github.com/json-path/JsonPath), which AWS quotes in its causes (`$['a']['b']`), with
 * ASL's roots on top: `$` (the state input), `$$` (the Context Object) and `$name` (a workflow
 * variable).
 */

/** Where a path starts: the state input `$`, the Context Object `$$`, or a variable `$name`. */
export type PathRoot = 'input' | 'context' | 'variable';

/** The trailing functions of Jayway JSONPath (`$.items.length()`). */
export const PATH_FUNCTIONS = [
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
] as const;

/** A trailing path function. */
export type PathFunction = (typeof PATH_FUNCTIONS)[number];

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

/**
 * A parsed path, relative to its root document: for `$$.Execution.Id` the segments are
 * `Execution`, `Id` applied to the Context Object; for `$count.total`, `total` applied to the
 * variable.
 */
export interface JsonPathAst {
  /** `$` (the root document), or `@` (the current item, inside filters). */
  readonly root: '$' | '@';
  readonly segments: readonly Segment[];
  /** A trailing function such as `length`. */
  readonly fn: PathFunction | undefined;
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

/** A path that parsed. */
export interface ParsedPath {
  readonly ok: true;
  /** The text as written. */
  readonly text: string;
  readonly root: PathRoot;
  /** The variable name of a `$name…` path. */
  readonly variable: string | undefined;
  readonly ast: JsonPathAst;
  /**
   * True when the path is also a Reference Path: it designates one node (only `.name`,
   * `['name']` and `[n]` steps; no wildcards, filters, slices, unions, `..` or functions;
   * https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html).
   */
  readonly reference: boolean;
  /** Why it is not a Reference Path, when it is not. */
  readonly notReferenceBecause: string | undefined;
}

/** A path that did not parse. */
export interface PathSyntaxError {
  readonly ok: false;
  /** What is wrong, ending with the position (`… at position 4`). */
  readonly message: string;
  /** The offset of the problem in the text. */
  readonly position: number;
}

/** The result of parsing a path: never an exception. */
export type PathParse = ParsedPath | PathSyntaxError;

/**
 * Jayway's normalized form of a path, as AWS quotes it in causes (`$['a']['b'][0]`).
 *
 * @example
 * ```ts
 * const p = parseJsonPath('$.a.b[0]');
 * if (p.ok) normalizedPath(p.ast); // "$['a']['b'][0]"
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
