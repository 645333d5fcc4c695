import { AslcError } from './errors.ts';
import {
  describeShapeProblem,
  MAX_JSON_DEPTH,
  MAX_JSON_VALUES,
  shapeProblem,
} from './json-depth.ts';
import { lineAndColumn, scanJson } from './json-error.ts';

/** JSON values, as parsed by `JSON.parse`. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** True for a plain (non-array, non-null) object. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The canonical text of a JSON document: 2-space indent and a trailing newline. Key order is the
 * order of the object's own keys, so callers build objects in their canonical order first.
 *
 * @example
 * ```ts
 * toCanonicalJson({ a: 1 }); // '{\n  "a": 1\n}\n'
 * ```
 */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * Parses JSON text and reports a syntax error with its line and column. A document nested
 * deeper than {@link MAX_JSON_DEPTH} levels (or `maxDepth`) is refused the same way, at the
 * bracket that goes one level too deep: whatever reads it next can then recurse safely.
 *
 * @example
 * ```ts
 * const r = parseJson('{"a": 1}');
 * if (r.ok) console.log(r.value);
 * ```
 */
export function parseJson(
  text: string,
  maxDepth = MAX_JSON_DEPTH,
): { ok: true; value: unknown } | JsonFailure {
  // Every value takes two characters but the last: only a text this long can hold too many, and
  // it is counted before JSON.parse builds it (16 MiB of `{},` is 5.6 million objects, 0.7 GB).
  if (text.length > 2 * MAX_JSON_VALUES) {
    const scan = scanJson(text, maxDepth, MAX_JSON_VALUES);
    if (scan.kind === 'size') {
      return {
        ok: false,
        ...lineAndColumn(text, scan.offset),
        message: describeShapeProblem(
          { reason: 'size', pointer: '' },
          { maxNodes: MAX_JSON_VALUES },
        ).replace(' once shared objects are expanded', ''),
        tooLarge: true,
      };
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    // Node's messages do not always carry a position: locate the error ourselves.
    const scan = scanJson(text);
    const { line, column } = lineAndColumn(text, scan.kind === 'valid' ? text.length : scan.offset);
    return { ok: false, message, line, column };
  }
  const problem = shapeProblem(value, { maxDepth });
  if (problem === undefined) return { ok: true, value };
  const scan = scanJson(text, maxDepth);
  const { line, column } = lineAndColumn(text, scan.kind === 'depth' ? scan.offset : 0);
  return {
    ok: false,
    message: describeShapeProblem(problem, { maxDepth, maxNodes: MAX_JSON_VALUES }),
    line,
    column,
    pointer: problem.pointer,
    ...(problem.reason === 'size' ? { tooLarge: true } : {}),
  };
}

/** JSON text {@link parseJson} refused, and where. */
export interface JsonFailure {
  readonly ok: false;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** Where the value nested too deep (or too large) is. */
  readonly pointer?: string;
  /** More values than aslc reads ({@link MAX_JSON_VALUES}). */
  readonly tooLarge?: boolean;
}

/**
 * Sets an own, enumerable property, even for keys such as `__proto__` that plain assignment
 * would turn into a prototype change: use it whenever a key comes from input.
 *
 * @example
 * ```ts
 * const o: Record<string, unknown> = {};
 * setOwn(o, '__proto__', { polluted: true });
 * Object.keys(o); // ['__proto__']
 * ```
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // Plain assignment creates an own data property for every key but `__proto__`, whose setter
  // on Object.prototype would change the prototype; it is also several times faster than
  // defineProperty, which matters for large definitions.
  if (key !== '__proto__') target[key] = value;
  else
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/**
 * A new, empty ordinary object (prototype `Object.prototype`, as `{}`) for keys that come from
 * input and differ from object to object, such as a graph's states by name. V8 gives every `{}`
 * one shared hidden class and adds a new hidden class, linked from that shared one, for each new
 * key added to it: a machine's thousands of state names (one per nested graph's `States`) would
 * each add one, and every addition scans the shared links. An object created with a null
 * prototype is a hash table from the start, and stays one when its prototype is set: its keys
 * cost no hidden classes. Use {@link setOwn} to add keys.
 *
 * @example
 * ```ts
 * const states = keyedObject();
 * setOwn(states, 'Start', { Type: 'Pass', End: true });
 * JSON.stringify(states); // '{"Start":{"Type":"Pass","End":true}}'
 * ```
 */
export function keyedObject(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

/**
 * An object's own property, or undefined: never an inherited one, so that a key from input such
 * as `constructor` or `__proto__` finds nothing instead of `Object.prototype`'s members.
 *
 * @example
 * ```ts
 * ownValue({ a: 1 }, 'a'); // 1
 * ownValue({}, 'constructor'); // undefined
 * ```
 */
export function ownValue<T>(target: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(target, key) ? target[key] : undefined;
}

/**
 * The error for JSON text {@link parseJson} refused, one line: `InvalidJson` (`not valid JSON
 * (line 3, column 1): …`) or, for a document nested too deep, `JsonTooDeep` (`nested deeper
 * than 1000 levels (line 1, column 5094, at /a/a/…)`). `syntaxCode` replaces `InvalidJson` where
 * a command names its input differently.
 *
 * @example
 * ```ts
 * const parsed = parseJson(text);
 * if (!parsed.ok) throw jsonError(parsed);
 * ```
 */
export function jsonError(failure: Omit<JsonFailure, 'ok'>, syntaxCode = 'InvalidJson'): AslcError {
  const where = `line ${failure.line}, column ${failure.column}`;
  if (failure.tooLarge === true) {
    return new AslcError('JsonTooLarge', `${failure.message} (${where})`, {
      hint: `aslc reads JSON documents of at most ${MAX_JSON_VALUES.toLocaleString('en-US')} values`,
    });
  }
  if (failure.pointer !== undefined) {
    const message = failure.message.replace(/ \(at (.*)\)$/, ` (${where}, at $1)`);
    return new AslcError(
      'JsonTooDeep',
      message === failure.message ? `${message} (${where})` : message,
      {
        hint: `aslc reads JSON nested at most ${MAX_JSON_DEPTH} levels deep`,
      },
    );
  }
  return new AslcError(
    syntaxCode,
    `not valid JSON (${where}): ${failure.message.split('\n')[0] ?? ''}`,
  );
}
