/**
 * What the grammars of src/asl (JSONPath, intrinsic functions) share: a parse failure thrown
 * inside a parser and turned into a result at its edge, and a bounded cache of results by text
 * (results are immutable; the same path or call is parsed by the DSL, the validator and the
 * interpreter).
 */

/** A failed parse, as the grammars return it. */
export interface ParseFailure {
  readonly ok: false;
  readonly message: string;
  readonly position: number;
}

/** Thrown inside a parser only; {@link failureResult} turns it into a result. */
export class ParseError {
  readonly message: string;
  readonly position: number;
  constructor(message: string, position: number) {
    this.message = message;
    this.position = position;
  }
}

/**
 * The result for what a parser threw: a {@link ParseError} becomes a failure naming where it is
 * (`at position 4`, `at the end`); anything else is rethrown.
 *
 * @example
 * ```ts
 * failureResult(new ParseError('expected a name', 2), '$.'); // { ok: false, message: 'expected a name at the end', position: 2 }
 * ```
 */
export function failureResult(e: unknown, text: string): ParseFailure {
  if (!(e instanceof ParseError)) throw e;
  const where = e.position >= text.length ? 'at the end' : `at position ${e.position}`;
  return { ok: false, message: `${e.message} ${where}`, position: e.position };
}

const CACHE_LIMIT = 10_000;

/**
 * `parse` with its results kept by text, up to 10,000 of them (then the cache starts again).
 *
 * @example
 * ```ts
 * const parsePath = cachedParser((text) => parseUncached(text));
 * parsePath('$.a') === parsePath('$.a'); // true
 * ```
 */
export function cachedParser<R>(parse: (text: string) => R): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      result = parse(text);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, result);
    }
    return result;
  };
}

/**
 * A position in the text being parsed, with the moves both grammars make; each grammar's parser
 * extends it.
 *
 * @example
 * ```ts
 * const c = new TextCursor('States.Array(1)');
 * c.sticky(/States\.[A-Za-z]+/y); // 'States.Array', and c.pos is 12
 * ```
 */
export class TextCursor {
  readonly text: string;
  pos = 0;

  constructor(text: string) {
    this.text = text;
  }

  /** Throws the {@link ParseError} that {@link failureResult} reports. */
  fail(message: string, position = this.pos): never {
    throw new ParseError(message, position);
  }

  /** Reads what the sticky expression `re` matches here, or nothing. */
  sticky(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (m === null) return undefined;
    this.pos += m[0].length;
    return m[0];
  }
}
