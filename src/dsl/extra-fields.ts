import { ObjectNode, type ObjectEntry } from '../ir/value-node.ts';
import { describeShapeProblem, MAX_JSON_VALUES, shapeProblem } from '../util/json-depth.ts';
import { DslError } from './dsl-error.ts';
import { parseValue, type Template } from './parse/value-parser.ts';

/**
 * Fields the DSL does not model, by their ASL name (`{ NewAwsField: … }`): the escape hatch of
 * every state builder and of `stateMachine()`. Values are written as they are (a fixed value:
 * `placeholder()` and `sub` strings are substituted, references are refused; a key ending in `.$`
 * is a plain key).
 */
export type ExtraFields = { readonly [field: string]: Template };

/**
 * How the DSL writes each field of a state it models: the option, method or composition that
 * sets it. An `extra` key among these is refused with this hint. @internal
 */
export const MODELLED_STATE_FIELDS: Readonly<Record<string, string>> = Object.freeze({
  Type: 'the builder you call (pass(), task(), choice(), …) writes it',
  Comment: "use the 'comment' option",
  QueryLanguage: "use the 'queryLanguage' option",
  Resource:
    "use the 'resource' option (integration(), awsSdk(), lambdaInvoke(), placeholder(), sub)",
  Credentials: "use the 'credentials' option",
  InputPath: "use the 'inputPath' option",
  Parameters: "use the 'parameters' option",
  Arguments: "use the 'arguments' option",
  Result: "use the 'result' option (Pass)",
  Items: "use the 'items' option (Map, JSONata)",
  ItemsPath: "use the 'itemsPath' option (Map)",
  ItemReader: "use the 'itemReader' option (distributedMap)",
  ItemSelector: "use the 'itemSelector' option (Map)",
  ItemBatcher: "use the 'itemBatcher' option (distributedMap)",
  MaxConcurrency: "use the 'maxConcurrency' option (Map)",
  MaxConcurrencyPath: "use the 'maxConcurrency' option with path() (Map)",
  ToleratedFailureCount: "use the 'toleratedFailureCount' option (distributedMap)",
  ToleratedFailureCountPath: "use the 'toleratedFailureCount' option with path()",
  ToleratedFailurePercentage: "use the 'toleratedFailurePercentage' option (distributedMap)",
  ToleratedFailurePercentagePath: "use the 'toleratedFailurePercentage' option with path()",
  Label: "use the 'label' option (distributedMap)",
  ItemProcessor: "use the 'processor' option (Map), and 'processorComment' for its Comment",
  Iterator: "use the 'processor' option with 'iterator: true' (Map)",
  ResultWriter: "use the 'resultWriter' option (distributedMap)",
  Branches:
    "use the 'branches' option or .branch() (Parallel), branch(chain, { comment }) for a Comment",
  Choices: 'use .when(condition, target) (Choice)',
  Default: 'use .otherwise(target) (Choice)',
  Seconds: "use the 'seconds' option (Wait)",
  SecondsPath: "use the 'seconds' option with path() (Wait)",
  Timestamp: "use the 'timestamp' option (Wait)",
  TimestampPath: "use the 'timestamp' option with path() (Wait)",
  Error: "use the 'error' option (Fail)",
  ErrorPath: "use the 'error' option with path() or an intrinsic (Fail)",
  Cause: "use the 'cause' option (Fail)",
  CausePath: "use the 'cause' option with path() or an intrinsic (Fail)",
  TimeoutSeconds: "use the 'timeoutSeconds' option (Task)",
  TimeoutSecondsPath: "use the 'timeoutSeconds' option with path() (Task)",
  HeartbeatSeconds: "use the 'heartbeatSeconds' option (Task)",
  HeartbeatSecondsPath: "use the 'heartbeatSeconds' option with path() (Task)",
  ResultSelector: "use the 'resultSelector' option",
  ResultPath: "use the 'resultPath' option",
  OutputPath: "use the 'outputPath' option",
  Output: "use the 'output' option (JSONata)",
  Assign: "use the 'assign' option",
  Retry: "use the 'retry' option or .retry()",
  Catch: 'use .catch(handler, options)',
  Next: 'chain the states: chain(a, b) or a.next(b)',
  End: 'aslc writes it for the last state of a chain',
});

/** The same for the top level of a machine. @internal */
export const MODELLED_MACHINE_FIELDS: Readonly<Record<string, string>> = Object.freeze({
  Comment: "use stateMachine's 'comment' option",
  Version: "use stateMachine's 'version' option",
  QueryLanguage: "use stateMachine's 'queryLanguage' option",
  TimeoutSeconds: "use stateMachine's 'timeoutSeconds' option",
  StartAt: "stateMachine's 'definition' writes it (its first state)",
  States: "stateMachine's 'definition' writes it",
});

/** ASL field names: PascalCase letters and digits, as every ASL field is. */
const FIELD_NAME = /^[A-Z][A-Za-z0-9]{0,127}$/;

/** Keys that name parts of JavaScript objects, never ASL fields. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/** The deepest nesting of an `extra` value (the DSL's parsers recurse). */
const MAX_EXTRA_DEPTH = 200;

function invalid(state: string | undefined, message: string, hint: string, field?: string): never {
  throw new DslError('InvalidExtraField', message, {
    ...(state === undefined ? {} : { state }),
    field: field === undefined ? 'extra' : `extra.${field}`,
    hint,
  });
}

/**
 * Parses the `extra` option of a state (`state` is its name) or of the machine (`state`
 * undefined): every key an ASL field name that aslc does not model, every value a fixed JSON
 * value (placeholders and `sub` strings allowed), nested at most 200 levels. Returns the fields
 * sorted by key, the order they are emitted in. @internal
 *
 * @example
 * ```ts
 * parseExtra({ NewField: { Mode: 'FAST' } }, 'Call'); // ObjectNode with one entry
 * parseExtra({ ResultPath: '$.x' }, 'Call'); // throws ExtraFieldModelled (use 'resultPath')
 * ```
 */
export function parseExtra(extra: unknown, state: string | undefined): ObjectNode | undefined {
  if (extra === undefined) return undefined;
  const where = state === undefined ? 'the state machine' : `state '${state}'`;
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) {
    invalid(
      state,
      `extra of ${where} must be an object of fields`,
      'write extra: { FieldName: value }',
    );
  }
  const proto: unknown = Object.getPrototypeOf(extra);
  if (proto !== Object.prototype && proto !== null) {
    invalid(
      state,
      `extra of ${where} must be a plain object`,
      'write an object literal; a class instance, or a __proto__ key in a literal, is not a set of fields',
    );
  }
  const limits = { maxDepth: MAX_EXTRA_DEPTH, maxNodes: MAX_JSON_VALUES };
  let shape: ReturnType<typeof shapeProblem>;
  try {
    shape = shapeProblem(extra, limits);
  } catch {
    invalid(state, `extra of ${where} cannot be read`, 'a getter or Proxy threw; pass plain data');
  }
  if (shape !== undefined) {
    invalid(
      state,
      `extra of ${where} is ${describeShapeProblem(shape, limits)}`,
      'extra holds JSON values written into the definition',
    );
  }
  const modelled = state === undefined ? MODELLED_MACHINE_FIELDS : MODELLED_STATE_FIELDS;
  const entries: ObjectEntry[] = [];
  for (const key of Object.keys(extra).sort()) {
    const raw = (extra as Record<string, unknown>)[key];
    if (raw === undefined) continue;
    const shown = JSON.stringify(key.slice(0, 80));
    if (PROTOTYPE_KEYS.has(key)) {
      invalid(
        state,
        `extra key ${shown} of ${where} names a part of JavaScript objects`,
        'extra keys are ASL field names',
        key,
      );
    }
    if (Object.hasOwn(modelled, key)) {
      throw new DslError(
        'ExtraFieldModelled',
        `field '${key}' of ${where} is modelled by the DSL; it cannot be set through extra`,
        {
          ...(state === undefined ? {} : { state }),
          field: `extra.${key}`,
          hint: modelled[key] as string,
        },
      );
    }
    if (!FIELD_NAME.test(key)) {
      invalid(
        state,
        `extra key ${shown} of ${where} is not an ASL field name`,
        'ASL field names are PascalCase letters and digits (at most 128), e.g. NewAwsField',
        key,
      );
    }
    entries.push({
      key,
      value: parseValue(raw as Template, {
        state: state ?? '(top level)',
        field: `extra.${key}`,
        literal: true,
      }),
    });
  }
  return entries.length === 0 ? undefined : ObjectNode.create({ entries });
}
