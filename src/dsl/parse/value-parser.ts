import { ArrayNode, ObjectNode, type ObjectEntry, type ValueNode } from '../../ir/value-node.ts';
import { DslError } from '../dsl-error.ts';
import { isExpression, type Expression } from '../expr/expression.ts';
import { dollarValueProblem } from '../../asl/payload.ts';
import {
  describeShapeProblem,
  MAX_JSON_DEPTH,
  MAX_JSON_VALUES,
  shapeProblem,
  type ShapeProblem,
} from '../../util/json-depth.ts';

/**
 * A payload template: JSON-like values whose leaves may be expressions (`path()`, `States.*`,
 * `jsonata()`, `placeholder()`, `sub`). `undefined` values are omitted. A key the caller already spelled
 * with `.$` (such as `'owner.$': '$.user'`) is emitted verbatim.
 */
export type Template =
  | string
  | number
  | boolean
  | null
  | undefined
  | Expression
  | readonly Template[]
  | { readonly [key: string]: Template };

/** Where a value sits, for error messages. */
export interface ValueSite {
  readonly state: string;
  readonly field: string;
  /**
   * A fixed value (Pass `Result`): nothing in it is evaluated, so keys ending in `.$` are plain
   * keys and references are refused (deploy-time placeholders and `sub` strings are still
   * substituted).
   */
  readonly literal?: boolean;
}

function fail(site: ValueSite, where: string, message: string, hint?: string): never {
  throw new DslError('InvalidTemplateValue', `${message} at ${site.field}${where}`, {
    state: site.state,
    field: site.field,
    ...(hint === undefined ? {} : { hint }),
  });
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Turns a template into a frozen {@link ValueNode}, checking it: no functions, symbols, bigints,
 * non-finite numbers, class instances or cycles; no key given both as `x` and `x.$`.
 *
 * @example
 * ```ts
 * parseValue({ id: path('$.id'), tag: 'a' }, { state: 'S', field: 'Parameters' });
 * ```
 */
export function parseValue(value: Template, site: ValueSite): ValueNode {
  return parse(value, site, '', { root: value, containers: 0, ancestors: undefined });
}

/** What the parse of one template has seen: its root, and the containers parsed so far. */
interface Walk {
  readonly root: unknown;
  containers: number;
  /**
   * The containers above the one being parsed (the root included), to refuse cycles and count
   * depth. Made when the parse first goes below the root: most templates are one object of
   * leaves, and need none.
   */
  ancestors: Set<object> | undefined;
}

/** Containers a template may hold before its whole shape is measured (real ones hold a few). */
const MEASURE_AFTER = 10_000;

/** The limits of every template (checked per container: one object, not one per call). */
const SHAPE_LIMITS = { maxDepth: MAX_JSON_DEPTH, maxNodes: MAX_JSON_VALUES };

/**
 * Refuses a template nested deeper than {@link MAX_JSON_DEPTH} levels (`depth` containers are
 * above this one), or standing for more than {@link MAX_JSON_VALUES} values: a value that
 * shares its children (v = { a: v, b: v }, forty times) stands for 2^40 values the parser would
 * walk for ever, synchronously. Past {@link MEASURE_AFTER} containers the root is measured once,
 * without recursion and in linear time on shared objects (util/json-depth.ts), before the parse
 * builds any more.
 */
function checkShape(site: ValueSite, where: string, depth: number, walk: Walk): void {
  let problem: ShapeProblem | undefined;
  if (depth >= MAX_JSON_DEPTH) problem = { reason: 'depth', pointer: where };
  else if (++walk.containers === MEASURE_AFTER) {
    const found = shapeProblem(walk.root, SHAPE_LIMITS);
    if (found?.reason === 'depth' || found?.reason === 'size') problem = found;
  }
  if (problem === undefined) return;
  throw new DslError(
    'InvalidTemplateValue',
    `${site.field} is ${describeShapeProblem(problem, SHAPE_LIMITS)}`,
    {
      state: site.state,
      field: site.field,
      hint: 'build the value at run time (from the input) instead of writing it into the definition',
    },
  );
}

function parse(value: unknown, site: ValueSite, where: string, walk: Walk): ValueNode {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(site, where, `the number ${value} is not valid JSON`);
    return value;
  }
  if (typeof value !== 'object') {
    fail(
      site,
      where,
      `a ${typeof value} is not a JSON value`,
      'use strings, numbers, booleans, null, arrays, objects or DSL expressions',
    );
  }
  // Expressions are IR nodes with a `kind`; most template objects have none, and skip the lookup.
  if (typeof (value as { kind?: unknown }).kind === 'string' && isExpression(value)) {
    if (site.literal === true && value.kind !== 'Placeholder' && value.kind !== 'Substitution') {
      fail(
        site,
        where,
        `${site.field} is a fixed value, so a ${value.kind === 'Jsonata' ? 'JSONata expression' : 'reference'} in it would never be evaluated`,
        'compute values with parameters (JSONPath) or output (JSONata) instead',
      );
    }
    return value;
  }
  // Below the root (`where` is not empty), the containers above are tracked.
  let ancestors: Set<object> | undefined;
  if (where !== '') {
    ancestors = walk.ancestors ??= new Set([walk.root as object]);
    if (ancestors.has(value)) fail(site, where, 'the value contains itself (a cycle)');
  }
  checkShape(site, where, ancestors?.size ?? 0, walk);
  ancestors?.add(value);
  try {
    if (Array.isArray(value)) {
      const items = value.map((item: unknown, i) => {
        if (item === undefined)
          fail(site, `${where}/${i}`, 'an array item is undefined', 'use null');
        return parse(item, site, `${where}/${i}`, walk);
      });
      return ArrayNode.create({ items });
    }
    if (!isPlainObject(value)) {
      fail(
        site,
        where,
        `a ${value.constructor?.name ?? 'non-plain'} object is not a JSON value`,
        'convert it to a plain object or a string first',
      );
    }
    const entries: ObjectEntry[] = [];
    let anyRawDollarKey = false;
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const raw = obj[key];
      if (raw === undefined) continue;
      const rawDollarKey = site.literal !== true && key.length > 2 && key.endsWith('.$');
      let entry: ObjectEntry;
      if (rawDollarKey) {
        if (isExpression(raw) && (raw.kind === 'JsonPath' || raw.kind === 'Intrinsic')) {
          entry = { key: key.slice(0, -2), value: raw };
        } else if (typeof raw === 'string') {
          const problem = dollarValueProblem(raw);
          if (problem !== undefined) {
            throw new DslError(
              'InvalidJsonPath',
              `the value of '${key}' must be a JSONPath or an intrinsic call, got '${raw}' at ${site.field}${where}: ${problem}`,
              {
                state: site.state,
                field: site.field,
                hint: `drop the '.$' suffix for a literal, or write a path such as '$.${key.slice(0, -2)}'`,
              },
            );
          }
          entry = { key, value: raw, rawDollarKey: true };
        } else {
          fail(site, `${where}/${key}`, `the value of '${key}' must be a JSONPath string`);
        }
      } else if (typeof raw === 'string' || typeof raw === 'boolean' || raw === null) {
        entry = { key, value: raw };
      } else {
        entry = { key, value: parse(raw, site, `${where}/${key}`, walk) };
      }
      if (rawDollarKey) anyRawDollarKey = true;
      entries.push(entry);
    }
    // `x` and `x.$` in one object: AWS rejects the pair (spec/asl.md §2 defect 16). Two entries
    // can only share a name when one was written with `.$`.
    if (anyRawDollarKey && site.literal !== true) checkTwins(entries, site, where);
    return ObjectNode.create({ entries });
  } finally {
    ancestors?.delete(value);
  }
}

/** Throws ConflictingKeys when two entries set one name (`x` and `x.$`). */
function checkTwins(entries: readonly ObjectEntry[], site: ValueSite, where: string): void {
  const names = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as ObjectEntry;
    const base = e.rawDollarKey === true ? e.key.slice(0, -2) : e.key;
    if (names.has(base)) {
      throw new DslError(
        'ConflictingKeys',
        `keys '${base}' and '${base}.$' both set '${base}' at ${site.field}${where}`,
        {
          state: site.state,
          field: site.field,
          hint: 'keep one: a literal value or a reference',
        },
      );
    }
    names.add(base);
  }
}

/** Parses a template that must be an object (Assign). */
export function parseObject(value: Template, site: ValueSite): ObjectNode {
  const node = parseValue(value, site);
  if (typeof node !== 'object' || node === null || node.kind !== 'Object') {
    throw new DslError('InvalidFieldValue', `${site.field} must be an object`, {
      hint: 'write an object of fields, e.g. { key: value }',
      state: site.state,
      field: site.field,
    });
  }
  return node;
}
