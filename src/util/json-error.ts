const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * What {@link scanJson} found first: a syntax error, a container nested too deep, or one value
 * more than the document may hold.
 */
export interface JsonScan {
  readonly kind: 'valid' | 'syntax' | 'depth' | 'size';
  /** Offset of the error, of the opening bracket one level too deep, or of the value too many. */
  readonly offset: number;
}

/**
 * Scans JSON text without building it, iteratively (any depth, linear time), and returns the
 * first syntax error, the first container nested deeper than `maxDepth` or the value that makes
 * more than `maxValues`. Used after `JSON.parse` failed or the parsed value was too deep, to say
 * where (Node's messages do not always carry a position), and before parsing a text long enough
 * to hold too many values, so that it is never built.
 *
 * @example
 * ```ts
 * scanJson('{"a": }'); // { kind: 'syntax', offset: 6 }
 * scanJson('[[[]]]', 2); // { kind: 'depth', offset: 2 }
 * ```
 */
export function scanJson(
  text: string,
  maxDepth = Number.POSITIVE_INFINITY,
  maxValues = Number.POSITIVE_INFINITY,
): JsonScan {
  let i = 0;
  let values = 0;
  const stack: ('{' | '[')[] = [];
  let mode: 'value' | 'key' | 'after' = 'value';
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i++;
    }
  };
  /** Skips a string; false when it is not valid. */
  const string = (): boolean => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) return false;
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return false;
        i = ESCAPE.lastIndex;
        continue;
      }
      if (c < 0x20) return false;
      i++;
    }
  };
  const syntax = (): JsonScan => ({ kind: 'syntax', offset: i });
  for (;;) {
    ws();
    if (mode === 'value') {
      if (++values > maxValues) return { kind: 'size', offset: i };
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        if (stack.length > maxDepth) return { kind: 'depth', offset: i };
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          stack.pop();
          mode = 'after';
        } else {
          mode = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (c === '"') {
        if (!string()) return syntax();
        mode = 'after';
        continue;
      }
      let matched = false;
      for (const re of [NUMBER, LITERAL]) {
        re.lastIndex = i;
        if (re.test(text)) {
          i = re.lastIndex;
          matched = true;
          break;
        }
      }
      if (!matched) return syntax();
      mode = 'after';
      continue;
    }
    if (mode === 'key') {
      if (text[i] !== '"' || !string()) return syntax();
      ws();
      if (text[i] !== ':') return syntax();
      i++;
      mode = 'value';
      continue;
    }
    const top = stack.at(-1);
    if (top === undefined) return i < text.length ? syntax() : { kind: 'valid', offset: -1 };
    if (text[i] === ',') {
      i++;
      mode = top === '{' ? 'key' : 'value';
    } else if (text[i] === (top === '{' ? '}' : ']')) {
      i++;
      stack.pop();
    } else {
      return syntax();
    }
  }
}

/**
 * 1-based line and column of an offset.
 *
 * @example
 * ```ts
 * lineAndColumn('{\n  x', 4); // { line: 2, column: 3 }
 * ```
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: offset - start + 1 };
}
