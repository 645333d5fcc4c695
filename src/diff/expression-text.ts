import type { IntrinsicArg, IntrinsicCall } from '../asl/intrinsic/ast.ts';
import { looksLikeIntrinsic, parseIntrinsic } from '../asl/intrinsic/parse.ts';
import { isJsonataString, parseJsonata } from '../asl/jsonata.ts';

/**
 * Expressions compared by what they mean, not by their text: an intrinsic call (the value of a
 * `key.$` entry, a Fail `ErrorPath`/`CausePath`) by its parse with the shared grammar
 * (src/asl/intrinsic), a JSONata `{% … %}` string by its parse tree (the jsonata package, loaded
 * only when two JSONata strings differ in their text). Whitespace outside string literals is
 * then never a change: `States.Format('{}',$.x)` is `States.Format('{}', $.x)` and `{%$x %}` is
 * `{% $x %}`. Text that does not parse is compared as text.
 */

/** Canonical forms by text (bounded), so that a diff parses each expression once. */
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 10_000;

function remember(text: string, compute: () => string | null): string | null {
  let form = cache.get(text);
  if (form === undefined) {
    form = compute();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, form);
  }
  return form;
}

function argForm(arg: IntrinsicArg): string {
  switch (arg.kind) {
    case 'string':
      return 's' + JSON.stringify(arg.value);
    case 'number':
      return 'n' + String(arg.value);
    case 'boolean':
      return arg.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'path':
      return 'p' + (arg.path.ok ? JSON.stringify(arg.path.ast) : JSON.stringify(arg.text));
    case 'call':
      return callForm(arg.call);
  }
}

function callForm(call: IntrinsicCall): string {
  return `${call.name}(${call.args.map(argForm).join(',')})`;
}

/**
 * The canonical form of an intrinsic call (whitespace and number spelling do not show), or
 * `null` when the text is not one.
 *
 * @example
 * ```ts
 * intrinsicForm("States.Format('{}',$.x)") === intrinsicForm("States.Format( '{}', $.x )"); // true
 * ```
 */
export function intrinsicForm(text: string): string | null {
  if (!looksLikeIntrinsic(text)) return null;
  return remember('i' + text, () => {
    const r = parseIntrinsic(text);
    return r.ok ? callForm(r.call) : null;
  });
}

/**
 * Writes the parts of a JSONata tree that JSON cannot hold faithfully (a regular expression would
 * be `{}`, so `/ab+c/` and `/zzz/i` would compare equal); drops source positions. Functions (a
 * lambda signature's validator) are dropped: the signature's text is kept beside them.
 */
function astReplacer(key: string, value: unknown): unknown {
  if (key === 'position') return undefined;
  if (value instanceof RegExp) return { regex: `/${value.source}/${value.flags}` };
  if (typeof value === 'number' && !Number.isFinite(value)) return { number: String(value) };
  if (typeof value === 'bigint') return { bigint: String(value) };
  return value;
}

/**
 * The canonical form of a JSONata `{% … %}` string: its parse tree without source positions,
 * or `null` when it is not one or does not parse.
 *
 * @example
 * ```ts
 * jsonataForm('{%$x %}') === jsonataForm('{% $x %}'); // true
 * ```
 */
export function jsonataForm(text: string): string | null {
  if (!isJsonataString(text)) return null;
  return remember('j' + text, () => {
    const r = parseJsonata(text.slice(2, -2));
    if (!r.ok) return null;
    try {
      return JSON.stringify(r.ast, astReplacer);
    } catch {
      return null; // a tree too deep to write: compared as text
    }
  });
}

/** True when the member `key` holds an intrinsic call when it holds one (`x.$`, `…Path` of Fail). */
export function holdsIntrinsic(key: string | undefined): boolean {
  return key !== undefined && (key.endsWith('.$') || key === 'ErrorPath' || key === 'CausePath');
}

/**
 * How the strings at a place of a definition are read, so that only evaluated expressions are
 * compared by their parse and literal text as text:
 * - `text`: literal (a `Comment`, a Pass `Result`, the machine's own fields);
 * - `intrinsic`: the string is an evaluated intrinsic call or path (under a `key.$` member of a
 *   JSONPath payload, a Fail `ErrorPath`/`CausePath`);
 * - `jsonpath-fields` / `jsonata-fields`: the fields of a state in that query language;
 * - `jsonpath`: a JSONPath payload (`Parameters`, `ResultSelector`, `ItemSelector`, `Assign`):
 *   `key.$` members are evaluated, other strings are literal;
 * - `jsonata`: a JSONata payload, where every `{% … %}` string is evaluated;
 * - `loose`: no context known (a {@link jsonEqual} call on bare values): `{% … %}` strings and
 *   the values of `key.$`/`ErrorPath`/`CausePath` members compare by their parse.
 */
export type Reading =
  | 'text'
  | 'intrinsic'
  | 'jsonpath-fields'
  | 'jsonata-fields'
  | 'jsonpath'
  | 'jsonata'
  | 'loose'
  | 'loose-intrinsic';

/** State fields (at any depth of a state: `Catch[i].Assign`, `ItemReader.Parameters`) that hold payloads. */
const PAYLOAD_FIELDS: ReadonlySet<string> = new Set([
  'Parameters',
  'ResultSelector',
  'ItemSelector',
  'Assign',
  'Arguments',
  'Output',
  'Items',
]);

/**
 * The reading of the member `key` of an object read as `reading`.
 *
 * @example
 * ```ts
 * memberReading('jsonpath-fields', 'Parameters'); // 'jsonpath'
 * memberReading('jsonpath', 'id.$'); // 'intrinsic'
 * memberReading('jsonata-fields', 'Comment'); // 'text'
 * ```
 */
export function memberReading(reading: Reading, key: string): Reading {
  switch (reading) {
    case 'text':
    case 'intrinsic':
      return 'text';
    case 'loose':
    case 'loose-intrinsic':
      return holdsIntrinsic(key) ? 'loose-intrinsic' : 'loose';
    case 'jsonpath':
      return key.endsWith('.$') ? 'intrinsic' : 'jsonpath';
    case 'jsonata':
      return 'jsonata';
    case 'jsonpath-fields':
      if (key === 'ErrorPath' || key === 'CausePath') return 'intrinsic';
      if (key === 'Comment' || key === 'Result') return 'text';
      return PAYLOAD_FIELDS.has(key) ? 'jsonpath' : 'jsonpath-fields';
    case 'jsonata-fields':
      if (key === 'Comment' || key === 'Result') return 'text';
      return PAYLOAD_FIELDS.has(key) ? 'jsonata' : 'jsonata-fields';
  }
}

/** The reading of the elements of an array read as `reading`. */
export function elementReading(reading: Reading): Reading {
  if (reading === 'intrinsic') return 'text';
  return reading === 'loose-intrinsic' ? 'loose' : reading;
}

/**
 * True when two strings of a definition mean the same, read as `reading` ({@link Reading}):
 * the same text, two evaluated intrinsic calls that parse the same, or two evaluated JSONata
 * expressions with the same parse tree. Literal text is compared as it is.
 *
 * @example
 * ```ts
 * sameStringValue("States.Format('{}',$.x)", "States.Format('{}', $.x)", 'intrinsic'); // true
 * sameStringValue('{%$x %}', '{% $x %}', 'jsonata'); // true
 * sameStringValue('{%$x %}', '{% $x %}', 'text'); // false
 * ```
 */
export function sameStringValue(a: string, b: string, reading: Reading = 'loose'): boolean {
  if (a === b) return true;
  if (
    (reading === 'jsonata' ||
      reading === 'jsonata-fields' ||
      reading === 'loose' ||
      reading === 'loose-intrinsic') &&
    isJsonataString(a) &&
    isJsonataString(b)
  ) {
    const fa = jsonataForm(a);
    return fa !== null && fa === jsonataForm(b);
  }
  if (reading === 'intrinsic' || reading === 'loose-intrinsic') {
    const fa = intrinsicForm(a);
    return fa !== null && fa === intrinsicForm(b);
  }
  return false;
}

/**
 * A key of a string for lookups that must agree with {@link sameStringValue}: equal strings
 * that mean the same have the same key (JSONata strings share one coarse key, so a lookup by it
 * is confirmed with `sameStringValue`; it never loads jsonata).
 *
 * @example
 * ```ts
 * stringKey("States.UUID( )", 'id.$') === stringKey('States.UUID()', 'id.$'); // true
 * ```
 */
export function stringKey(text: string, key?: string): string {
  if (isJsonataString(text)) return '{%JSONata%}';
  if (holdsIntrinsic(key)) {
    const form = intrinsicForm(text);
    if (form !== null) return 'i:' + form;
  }
  return JSON.stringify(text);
}
