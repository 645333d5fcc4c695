import {
  INTRINSIC_ARITY as ARITY,
  INTRINSIC_FUNCTIONS,
  type HASH_ALGORITHMS,
  type IntrinsicName,
} from '../../asl/intrinsic/functions.ts';
import { MAX_INTRINSIC_NESTING } from '../../asl/quotas.ts';
import type { IntrinsicArg as AstArg, IntrinsicCall } from '../../asl/intrinsic/ast.ts';
import { checkIntrinsic } from '../../asl/intrinsic/check.ts';
import { quoteFormatTemplate, quoteIntrinsicString } from '../../asl/intrinsic/quote.ts';
import { parseJsonPath } from '../../asl/jsonpath/parse.ts';
import { IntrinsicNode, type IntrinsicArg } from '../../ir/expression-node.ts';
import { DslError } from '../dsl-error.ts';
import {
  brand,
  isExpression,
  type Intrinsic,
  type JsonPath,
  type Placeholder,
  type Substitution,
} from './expression.ts';

/**
 * An argument of an intrinsic helper: a literal, a path, another call, or a deploy-time
 * placeholder or `sub` string.
 */
export type IntrinsicArgument =
  string | number | boolean | null | JsonPath | Intrinsic | Placeholder | Substitution;

function depth(node: IntrinsicNode): number {
  let max = 0;
  for (const a of node.args) {
    if (typeof a === 'object' && a !== null && a.kind === 'Intrinsic')
      max = Math.max(max, depth(a));
  }
  return max + 1;
}

function toArg(name: string, index: number, arg: unknown): IntrinsicArg {
  if (arg === null || typeof arg === 'string' || typeof arg === 'boolean') return arg;
  if (typeof arg === 'number') {
    if (!Number.isFinite(arg)) {
      throw new DslError('InvalidTemplateValue', `argument ${index + 1} of ${name} is ${arg}`, {
        hint: 'intrinsic arguments must be finite numbers',
      });
    }
    return arg;
  }
  if (isExpression(arg) && arg.kind !== 'Jsonata') return arg;
  throw new DslError(
    'InvalidTemplateValue',
    `argument ${index + 1} of ${name} is not a string, number, boolean, null, path, intrinsic call, placeholder or sub string`,
    { hint: 'JSONata expressions cannot be intrinsic arguments; use path() for references' },
  );
}

/**
 * Builds a call of any of the 18 intrinsic functions by name, checking the name and the number
 * of arguments. The `States.*` helpers are typed shortcuts for it.
 *
 * @example
 * ```ts
 * intrinsic('States.MathAdd', path('$.n'), 1); // States.MathAdd($.n, 1)
 * intrinsic('States.Bogus'); // throws DslError UnknownIntrinsic
 * ```
 */
export function intrinsic(name: string, ...args: IntrinsicArgument[]): Intrinsic {
  if (!(INTRINSIC_FUNCTIONS as readonly string[]).includes(name)) {
    const near = INTRINSIC_FUNCTIONS.find((f) => f.toLowerCase() === name.toLowerCase());
    throw new DslError('UnknownIntrinsic', `unknown intrinsic function '${name}'`, {
      hint:
        near !== undefined
          ? `did you mean '${near}'? (names are case-sensitive)`
          : `use one of: ${INTRINSIC_FUNCTIONS.join(', ')}`,
    });
  }
  const fn = name as IntrinsicName;
  const [min, max] = ARITY[fn];
  if (args.length < min || args.length > max) {
    const expected =
      min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new DslError(
      'IntrinsicArity',
      `${fn} takes ${expected} argument${expected === '1' ? '' : 's'}, got ${args.length}`,
    );
  }
  const node = IntrinsicNode.create({ name: fn, args: args.map((a, i) => toArg(fn, i, a)) });
  if (depth(node) > MAX_INTRINSIC_NESTING) {
    throw new DslError(
      'IntrinsicNestingTooDeep',
      `${fn} nests more than ${MAX_INTRINSIC_NESTING} intrinsic calls`,
      { hint: 'split the computation over several states, or use JSONata' },
    );
  }
  const problem = checkIntrinsic(toCall(node)).find((p) => p.severity === 'error');
  if (problem !== undefined) {
    throw new DslError('InvalidIntrinsic', problem.message, {
      hint: 'the validator and AWS refuse this call',
    });
  }
  return brand(node) as Intrinsic;
}

/** The call as the shared grammar sees it, for the shared checks. */
function toCall(node: IntrinsicNode): IntrinsicCall {
  const args = node.args.map((a, i): AstArg => {
    if (a === null) return { kind: 'null' };
    if (typeof a === 'string') {
      const quote =
        i === 0 && node.name === 'States.Format' ? quoteFormatTemplate : quoteIntrinsicString;
      return { kind: 'string', value: a, raw: quote(a).slice(1, -1) };
    }
    if (typeof a === 'number') return { kind: 'number', value: a, text: JSON.stringify(a) };
    if (typeof a === 'boolean') return { kind: 'boolean', value: a };
    if (a.kind === 'Intrinsic') return { kind: 'call', call: toCall(a) };
    if (a.kind === 'Placeholder') return { kind: 'string', value: '', raw: '' };
    if (a.kind === 'Substitution') {
      // The literal text is checked; a deploy-time value is escaped when it is written in.
      const value = a.parts.filter((p) => typeof p === 'string').join('');
      return { kind: 'string', value, raw: quoteIntrinsicString(value).slice(1, -1) };
    }
    const path = parseJsonPath(a.path);
    if (!path.ok) throw new DslError('InvalidJsonPath', path.message);
    return { kind: 'path', text: a.path, path };
  });
  return { name: node.name, args, start: 0, end: 0 };
}

/** A hash algorithm of `States.Hash`. */
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];

/**
 * The 18 intrinsic functions of JSONPath states, as typed helpers. Literal strings are quoted
 * and escaped for you (`'`, `{`, `}`, `\`); paths and nested calls are written raw. In the
 * template of `States.Format`, each `{}` is a placeholder and any other brace is printed
 * literally.
 *
 * @example
 * ```ts
 * States.Format('{}/{}', contextPath('Execution.Name'), States.UUID());
 * // States.Format('{}/{}', $$.Execution.Name, States.UUID())
 * ```
 */
export const States = Object.freeze({
  /** `States.Format(template, args…)`: fills each `{}` of the template with an argument. */
  Format: (template: string, ...args: IntrinsicArgument[]) =>
    intrinsic('States.Format', template, ...args),
  /** `States.StringToJson(text)`: parses a JSON string. */
  StringToJson: (text: IntrinsicArgument) => intrinsic('States.StringToJson', text),
  /** `States.JsonToString(value)`: serialises a value to a JSON string. */
  JsonToString: (value: IntrinsicArgument) => intrinsic('States.JsonToString', value),
  /** `States.Array(items…)`: builds an array. */
  Array: (...items: IntrinsicArgument[]) => intrinsic('States.Array', ...items),
  /** `States.ArrayPartition(array, size)`: splits an array into chunks. */
  ArrayPartition: (array: IntrinsicArgument, size: IntrinsicArgument) =>
    intrinsic('States.ArrayPartition', array, size),
  /** `States.ArrayContains(array, value)`. */
  ArrayContains: (array: IntrinsicArgument, value: IntrinsicArgument) =>
    intrinsic('States.ArrayContains', array, value),
  /** `States.ArrayRange(start, end, step)` (at most 1,000 items). */
  ArrayRange: (start: IntrinsicArgument, end: IntrinsicArgument, step: IntrinsicArgument) =>
    intrinsic('States.ArrayRange', start, end, step),
  /** `States.ArrayGetItem(array, index)`. */
  ArrayGetItem: (array: IntrinsicArgument, index: IntrinsicArgument) =>
    intrinsic('States.ArrayGetItem', array, index),
  /** `States.ArrayLength(array)`. */
  ArrayLength: (array: IntrinsicArgument) => intrinsic('States.ArrayLength', array),
  /** `States.ArrayUnique(array)`. */
  ArrayUnique: (array: IntrinsicArgument) => intrinsic('States.ArrayUnique', array),
  /** `States.Base64Encode(text)`. */
  Base64Encode: (text: IntrinsicArgument) => intrinsic('States.Base64Encode', text),
  /** `States.Base64Decode(text)`. */
  Base64Decode: (text: IntrinsicArgument) => intrinsic('States.Base64Decode', text),
  /** `States.Hash(data, algorithm)`. */
  Hash: (data: IntrinsicArgument, algorithm: HashAlgorithm | JsonPath) =>
    intrinsic('States.Hash', data, algorithm),
  /** `States.JsonMerge(a, b, false)`: shallow merge, `b` wins (deep merge is not supported by AWS). */
  JsonMerge: (a: IntrinsicArgument, b: IntrinsicArgument) =>
    intrinsic('States.JsonMerge', a, b, false),
  /** `States.MathRandom(start, end[, seed])`. */
  MathRandom: (start: IntrinsicArgument, end: IntrinsicArgument, seed?: IntrinsicArgument) =>
    seed === undefined
      ? intrinsic('States.MathRandom', start, end)
      : intrinsic('States.MathRandom', start, end, seed),
  /** `States.MathAdd(a, b)`. */
  MathAdd: (a: IntrinsicArgument, b: IntrinsicArgument) => intrinsic('States.MathAdd', a, b),
  /** `States.StringSplit(text, separators)`. */
  StringSplit: (text: IntrinsicArgument, separators: IntrinsicArgument) =>
    intrinsic('States.StringSplit', text, separators),
  /** `States.UUID()`. */
  UUID: () => intrinsic('States.UUID'),
});
