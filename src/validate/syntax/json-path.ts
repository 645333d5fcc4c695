/** Where a path starts: the state input `$`, the Context Object `$$`, or a variable `$name`. */
export type PathRoot = 'input' | 'context' | 'variable';

/** A path that parsed. */
export interface ParsedPath {
  readonly ok: true;
  readonly root: PathRoot;
  /** The variable name for a `$name…` path. */
  readonly variable: string | undefined;
  /**
   * True when the path is also a Reference Path: it designates one node (only `.name`,
   * `['name']` and `[n]` steps; no wildcards, filters, slices, unions, `..` or functions).
   */
  readonly reference: boolean;
  /** Why it is not a Reference Path, when it is not. */
  readonly notReferenceBecause: string | undefined;
}

/** A path that did not parse. */
export interface PathError {
  readonly ok: false;
  readonly message: string;
}

/**
 * A variable name: a Unicode identifier (UAX #31: ID_Start or `_`, then ID_Continue), plus other
 * numerals (`\p{N}`, e.g. `x²`) after the first character, which aslc accepted before and AWS's
 * rule for is unconfirmed.
 */
export const VARIABLE_NAME = /^[\p{ID_Start}_][\p{ID_Continue}\p{N}]*$/u;
const VARIABLE_PREFIX = /[\p{ID_Start}_][\p{ID_Continue}\p{N}]*/uy;

/**
 * Parses a JSONPath the way Step Functions reads it (Jayway-style): `$`, `$$` (Context Object)
 * or `$name` (variable), then `.name`, `..name`, `.*`, `[n]`, `['name']`, `[*]`, `[0,1]`,
 * `[1:3]`, `[?(@.x > 1)]`, `[(@.length-1)]` and a trailing `.length()`-style function. It is
 * deliberately liberal: it rejects only what is clearly not a path (no `$`, an empty or unclosed
 * step), never syntax AWS accepts. It also says whether the path is a Reference Path.
 *
 * @example
 * ```ts
 * parsePath('$.items[?(@.price > 10)].name'); // { ok: true, reference: false, … }
 * parsePath('$.a.b').ok && parsePath('$.a.b').reference; // true
 * parsePath('a.b'); // { ok: false, message: "must start with '$'" }
 * ```
 */
export function parsePath(text: string): ParsedPath | PathError {
  let result = cache.get(text);
  if (result === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    result = parse(text);
    cache.set(text, result);
  }
  return result;
}

/** Parsed paths by text: definitions repeat the same paths many times. */
const cache = new Map<string, ParsedPath | PathError>();
const CACHE_LIMIT = 10_000;

function parse(text: string): ParsedPath | PathError {
  if (!text.startsWith('$')) return fail("must start with '$'");
  let pos = 1;
  let root: PathRoot = 'input';
  let variable: string | undefined;
  if (text[1] === '$') {
    root = 'context';
    pos = 2;
  } else {
    VARIABLE_PREFIX.lastIndex = 1;
    const name = VARIABLE_PREFIX.exec(text);
    if (name !== null) {
      root = 'variable';
      variable = name[0];
      pos = 1 + variable.length;
    }
  }
  let notReference: string | undefined;
  const mark = (why: string): void => {
    notReference ??= why;
  };

  while (pos < text.length) {
    const c = text[pos];
    if (c === '.') {
      if (text[pos + 1] === '.') {
        mark("it uses the deep scan '..'");
        pos += 2;
        if (pos >= text.length) return fail("must not end with '..'");
        if (text[pos] === '[') continue;
      } else {
        pos += 1;
        if (pos >= text.length) return fail("must not end with '.'");
      }
      if (text[pos] === '*') {
        mark("it uses the wildcard '*'");
        pos += 1;
        continue;
      }
      if (text[pos] === '[') continue; // '$.['name']' is read as bracket notation
      if (text[pos] === '.') return fail(`has an empty step at position ${pos}`);
      const start = pos;
      while (pos < text.length && text[pos] !== '.' && text[pos] !== '[') {
        if (text[pos] === '(') {
          // a function such as length(): the parentheses close the step
          const close = text.indexOf(')', pos);
          if (close < 0) return fail("has an unclosed '('");
          mark(`it calls the function '${text.slice(start, close + 1)}'`);
          pos = close + 1;
          break;
        }
        pos++;
      }
      const name = text.slice(start, pos);
      if (/[\]'"]/.test(name) && !name.includes('(')) {
        return fail(`has an invalid step '.${name}'`);
      }
      continue;
    }
    if (c === '[') {
      const end = closingBracket(text, pos);
      if (end < 0) return fail("has an unclosed '['");
      const inner = text.slice(pos + 1, end).trim();
      const kind = bracketKind(inner);
      if (kind === 'invalid') return fail(`has an invalid bracket step '[${inner}]'`);
      if (kind !== 'single') mark(`it uses the ${kind} '[${inner}]'`);
      pos = end + 1;
      continue;
    }
    return fail(`has an unexpected '${c}' at position ${pos}`);
  }
  return {
    ok: true,
    root,
    variable,
    reference: notReference === undefined,
    notReferenceBecause: notReference,
  };
}

function fail(message: string): PathError {
  return { ok: false, message };
}

/** Index of the `]` that closes the `[` at `open`, skipping quotes and nested brackets. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0) return c === ']' ? i : -1;
    }
  }
  return -1;
}

const QUOTED = `(?:'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*")`;
const SINGLE_QUOTED = new RegExp(`^${QUOTED}$`);
const QUOTED_UNION = new RegExp(`^${QUOTED}(?:\\s*,\\s*${QUOTED})+$`);

/** What a bracket step holds. `single` steps are allowed in Reference Paths. */
function bracketKind(
  inner: string,
): 'single' | 'wildcard' | 'filter' | 'script' | 'slice' | 'union' | 'invalid' {
  if (inner === '*') return 'wildcard';
  if (/^\d+$/.test(inner)) return 'single';
  if (SINGLE_QUOTED.test(inner)) return 'single';
  if (/^-\d+$/.test(inner)) return 'slice';
  if (inner.startsWith('?')) return /^\?\s*\([\s\S]*\)$/.test(inner) ? 'filter' : 'invalid';
  if (inner.startsWith('(') && inner.endsWith(')')) return 'script';
  if (/^-?\d*\s*:\s*-?\d*(\s*:\s*-?\d*)?$/.test(inner)) return 'slice';
  if (/^-?\d+(\s*,\s*-?\d+)+$/.test(inner)) return 'union';
  if (QUOTED_UNION.test(inner)) return 'union';
  return 'invalid';
}
