import { isJsonataString, type JsonataNode } from '../../asl/jsonata.ts';

export {
  isJsonataString,
  parseJsonata,
  type JsonataNode,
  type JsonataParse,
} from '../../asl/jsonata.ts';

/**
 * Classifies a string: `expression` (`{% … %}`), `unterminated` (starts with `{%` but does not
 * end with `%}`, which Step Functions rejects as an invalid expression), `stray` (a `{% … %}`
 * with text outside the delimiters, which Step Functions takes as a plain string) or `plain`.
 *
 * @example
 * ```ts
 * classifyJsonataString('{% $x %}'); // 'expression'
 * classifyJsonataString('{% $x'); // 'unterminated'
 * classifyJsonataString(' {% $x %}'); // 'stray'
 * ```
 */
export function classifyJsonataString(
  value: string,
): 'expression' | 'unterminated' | 'stray' | 'plain' {
  if (isJsonataString(value)) return 'expression';
  if (value.startsWith('{%')) return 'unterminated';
  const t = value.trim();
  if (t.startsWith('{%') && t.endsWith('%}') && t.length >= 4) return 'stray';
  return 'plain';
}

/** JSONata 2.0.6's built-in functions plus the ones Step Functions adds (§1.7). */
const JSONATA_FUNCTIONS: ReadonlySet<string> = new Set(
  (
    'sum count max min average string substring substringBefore substringAfter lowercase ' +
    'uppercase length trim pad match contains replace split join formatNumber formatBase ' +
    'formatInteger parseInteger number floor ceil round abs sqrt power random boolean not map ' +
    'zip filter single reduce sift keys lookup append exists spread merge reverse each error ' +
    'assert type sort shuffle distinct base64encode base64decode encodeUrlComponent encodeUrl ' +
    'decodeUrlComponent decodeUrl eval toMillis fromMillis clone now millis ' +
    'partition range hash uuid parse'
  ).split(' '),
);

/** What {@link analyzeJsonata} finds in an expression. */
export interface JsonataFacts {
  /**
   * Names read from the (absent) top-level context, e.g. `phone` in `{% phone %}`; `$` when the
   * context item itself is read there (`{% $.phone %}`).
   */
  readonly topLevelNames: string[];
  /** Variables read that the expression does not bind itself (excluding functions, $states). */
  readonly freeVariables: string[];
  /** The properties read from `$states` (`input`, `result`, `errorOutput`, `context`, …). */
  readonly statesProperties: string[];
  /** True when the expression reads `$$`. */
  readonly readsRoot: boolean;
}

const SKIP_KEYS = new Set(['type', 'value', 'position', 'token', 'id']);

/**
 * Finds the facts the validator needs in a parsed expression. A step is "top level" when it
 * is evaluated against the expression's context, which Step Functions leaves empty; bodies of
 * lambdas are not treated as top level (their context is not statically known).
 *
 * @example
 * ```ts
 * const p = parseJsonata('phone & $x');
 * if (p.ok) analyzeJsonata(p.ast).topLevelNames; // ['phone']
 * ```
 */
export function analyzeJsonata(ast: JsonataNode): JsonataFacts {
  const topLevelNames: string[] = [];
  const referenced: string[] = [];
  const bound = new Set<string>();
  const statesProperties: string[] = [];
  let readsRoot = false;

  const visitAny = (value: unknown, top: boolean): void => {
    if (Array.isArray(value)) for (const v of value) visitAny(v, top);
    else if (typeof value === 'object' && value !== null) {
      const node = value as JsonataNode;
      if (typeof node.type === 'string') visit(node, top);
      else for (const v of Object.values(node)) visitAny(v, top);
    }
  };

  const visitChildren = (node: JsonataNode, top: boolean, except: readonly string[] = []): void => {
    for (const [key, v] of Object.entries(node)) {
      if (SKIP_KEYS.has(key) || except.includes(key)) continue;
      const nested = key === 'stages' || key === 'predicate' || key === 'group' || key === 'focus';
      visitAny(v, nested ? false : top);
    }
  };

  const visit = (node: JsonataNode, top: boolean): void => {
    // positional (#$i) and context (@$v) variable bindings on path steps
    for (const key of ['index', 'focus']) {
      if (typeof node[key] === 'string') bound.add(node[key] as string);
    }
    switch (node.type) {
      case 'path': {
        const steps = Array.isArray(node['steps']) ? (node['steps'] as JsonataNode[]) : [];
        const first = steps[0];
        if (first?.type === 'variable' && first.value === 'states') {
          const second = steps[1];
          if (second?.type === 'name' && typeof second.value === 'string') {
            statesProperties.push(second.value);
          }
        }
        steps.forEach((step, i) => visit(step, top && i === 0));
        visitChildren(node, false, ['steps']);
        return;
      }
      case 'name':
        if (top && typeof node.value === 'string') topLevelNames.push(node.value);
        visitChildren(node, false);
        return;
      case 'variable':
        // `$` alone is the context item: at the top level it is the (empty) top-level context,
        // which AWS refuses like a bare name ("Reference to '$' at the top level", floci#2699)
        if (node.value === '' && top) topLevelNames.push('$');
        if (node.value === '$') readsRoot = true;
        else if (typeof node.value === 'string' && node.value !== '') referenced.push(node.value);
        visitChildren(node, false);
        return;
      case 'bind': {
        const lhs = node['lhs'] as JsonataNode | undefined;
        if (lhs?.type === 'variable' && typeof lhs.value === 'string') bound.add(lhs.value);
        visitAny(node['rhs'], top);
        return;
      }
      case 'lambda': {
        for (const a of (node['arguments'] as JsonataNode[] | undefined) ?? []) {
          if (typeof a.value === 'string') bound.add(a.value);
        }
        visitAny(node['body'], false);
        return;
      }
      case 'function':
      case 'partial': {
        const proc = node['procedure'] as JsonataNode | undefined;
        if (proc?.type === 'variable') {
          if (typeof proc.value === 'string' && !JSONATA_FUNCTIONS.has(proc.value)) {
            referenced.push(proc.value);
          }
        } else visitAny(proc, top);
        visitAny(node['arguments'], top);
        return;
      }
      case 'sort':
        visitAny(node['terms'], false);
        return;
      case 'transform':
        // |pattern|update, delete| is evaluated against the object being transformed
        visitChildren(node, false);
        return;
      case 'filter':
        visitAny(node['expr'], false);
        return;
      default:
        visitChildren(node, top);
    }
  };

  visit(ast, true);
  const freeVariables = [
    ...new Set(
      referenced.filter(
        (v) => v !== 'states' && !bound.has(v) && !JSONATA_FUNCTIONS.has(v) && v !== '$',
      ),
    ),
  ];
  return {
    topLevelNames: [...new Set(topLevelNames)],
    freeVariables,
    statesProperties: [...new Set(statesProperties)],
    readsRoot,
  };
}
