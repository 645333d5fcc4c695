import { isJsonObject } from '../util/json.ts';
import { MAX_JSON_VALUES, shapeProblem } from '../util/json-depth.ts';
import { statesOf, type StateVisit } from '../asl/walk.ts';

/** Kinds of features that some engines lack. */
export type FeatureCategory =
  | 'jsonata'
  | 'variables'
  | 'distributed-map'
  | 'heartbeat'
  | 'credentials'
  | 'state-context'
  | 'fail-path-intrinsic';

/** One use of such a feature. */
export interface FeatureUse {
  readonly category: FeatureCategory;
  /** What is used, e.g. `Arguments (JSONata)`. */
  readonly feature: string;
  /** The state using it, or undefined at the top level. */
  readonly state?: string;
}

/** State fields and what they reveal. */
const FIELDS: readonly (readonly [string, FeatureCategory, string])[] = [
  ['Arguments', 'jsonata', 'Arguments (JSONata)'],
  ['Output', 'jsonata', 'Output (JSONata)'],
  ['Items', 'jsonata', 'Items (JSONata)'],
  ['Assign', 'variables', 'Assign (variables)'],
  ['ItemReader', 'distributed-map', 'Distributed Map ItemReader'],
  ['ItemBatcher', 'distributed-map', 'Distributed Map ItemBatcher'],
  ['ResultWriter', 'distributed-map', 'Distributed Map ResultWriter'],
  ['ToleratedFailureCount', 'distributed-map', 'Distributed Map ToleratedFailureCount'],
  ['ToleratedFailureCountPath', 'distributed-map', 'Distributed Map ToleratedFailureCountPath'],
  ['ToleratedFailurePercentage', 'distributed-map', 'Distributed Map ToleratedFailurePercentage'],
  [
    'ToleratedFailurePercentagePath',
    'distributed-map',
    'Distributed Map ToleratedFailurePercentagePath',
  ],
  ['Label', 'distributed-map', 'Distributed Map Label'],
  ['HeartbeatSeconds', 'heartbeat', 'HeartbeatSeconds'],
  ['HeartbeatSecondsPath', 'heartbeat', 'HeartbeatSecondsPath'],
  ['Credentials', 'credentials', 'Credentials'],
];

/** Context fields that vary per state (a static context object cannot provide them). */
const DYNAMIC_CONTEXT = /\$\$\.State\.(?!Name\b)[A-Za-z]+|\$\$\.Map\.Item\.(Key|Source)\b/;

/** A `$name` variable reference in a path or intrinsic call (not `$`, `$.x`, `$[0]`, `$$`). */
const VARIABLE_REF = /(^|[\s(,])\$[A-Za-z_][A-Za-z0-9_]*/;

/**
 * The uses of modern or engine-specific features in a definition (spec/testing.md §2.4): JSONata
 * (`QueryLanguage`, `Arguments`, `Output`, `Condition`, `Items`, any `{% %}` string), variables
 * (`Assign`, `$name` references), Distributed Map fields, `HeartbeatSeconds`, `Credentials`,
 * per-state context fields (`$$.State.EnteredTime`, `$$.State.RetryCount`, `$$.State.Name`
 * inside an intrinsic) and intrinsics in a Fail's `ErrorPath`/`CausePath`. At most one use is
 * reported per state and category, top level first. A definition nested deeper than 1000 levels,
 * cyclic or holding more than {@link MAX_JSON_VALUES} values is not scanned (none reported).
 *
 * @example
 * ```ts
 * findFeatures({ QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Succeed' } } });
 * // [{ category: 'jsonata', feature: 'QueryLanguage JSONata' }]
 * ```
 */
export function findFeatures(definition: unknown): FeatureUse[] {
  const uses: FeatureUse[] = [];
  if (!isJsonObject(definition)) return uses;
  // The scan recurses: a definition the engines refuse anyway (deeper than 1000 levels, cyclic,
  // too many values) is not scanned.
  if (shapeProblem(definition, { maxNodes: MAX_JSON_VALUES }) !== undefined) return uses;
  if (definition['QueryLanguage'] === 'JSONata') {
    uses.push({ category: 'jsonata', feature: 'QueryLanguage JSONata' });
  }
  for (const entry of statesOf(definition)) {
    const seen = new Set<FeatureCategory>();
    for (const use of stateFeatures(entry)) {
      if (seen.has(use.category)) continue;
      seen.add(use.category);
      uses.push({ ...use, state: entry.name });
    }
  }
  return uses;
}

/**
 * Formats a feature use as `<feature> at state '<name>'` (or `at the top level`).
 *
 * @example
 * ```ts
 * describeFeature({ category: 'variables', feature: 'Assign (variables)', state: 'A' });
 * // "Assign (variables) at state 'A'"
 * ```
 */
export function describeFeature(use: FeatureUse): string {
  return `${use.feature} at ${use.state === undefined ? 'the top level' : `state '${use.state}'`}`;
}

function* stateFeatures({ state }: StateVisit): Generator<Omit<FeatureUse, 'state'>> {
  if (state['QueryLanguage'] === 'JSONata') {
    yield { category: 'jsonata', feature: 'QueryLanguage JSONata' };
  }
  for (const [field, category, feature] of FIELDS) {
    if (Object.hasOwn(state, field)) yield { category, feature };
  }
  const processor = state['ItemProcessor'];
  if (isJsonObject(processor) && isJsonObject(processor['ProcessorConfig'])) {
    if (processor['ProcessorConfig']['Mode'] === 'DISTRIBUTED') {
      yield { category: 'distributed-map', feature: 'Distributed Map (ProcessorConfig.Mode)' };
    }
  }
  if (state['Type'] === 'Fail') {
    for (const field of ['ErrorPath', 'CausePath']) {
      const v = state[field];
      if (typeof v === 'string' && v.trim().startsWith('States.')) {
        yield { category: 'fail-path-intrinsic', feature: `an intrinsic function in ${field}` };
      }
    }
  }
  for (const [list, fields] of [
    ['Choices', ['Condition', 'Assign', 'Output']],
    ['Catch', ['Assign', 'Output']],
  ] as const) {
    const rules = state[list];
    if (!Array.isArray(rules)) continue;
    for (const rule of rules) {
      for (const field of fields) {
        if (isJsonObject(rule) && Object.hasOwn(rule, field)) {
          const category = field === 'Assign' ? 'variables' : 'jsonata';
          yield { category, feature: `${field} in ${list}` };
        }
      }
    }
  }
  for (const [key, value] of Object.entries(state)) {
    if (key === 'Branches' || key === 'ItemProcessor' || key === 'Iterator') continue;
    yield* scan(value, key);
  }
}

/** Walks field values looking for JSONata strings, variable references and dynamic context. */
function* scan(value: unknown, key: string): Generator<Omit<FeatureUse, 'state'>> {
  if (typeof value === 'string') {
    yield* stringFeatures(value, key);
    return;
  }
  const children = Array.isArray(value)
    ? value.map((v) => [key, v] as const)
    : isJsonObject(value)
      ? Object.entries(value)
      : [];
  for (const [k, v] of children) yield* scan(v, k);
}

function* stringFeatures(value: string, key: string): Generator<Omit<FeatureUse, 'state'>> {
  if (value.includes('{%') && value.includes('%}')) {
    yield { category: 'jsonata', feature: 'a JSONata expression ({% %})' };
  }
  const pathLike = key.endsWith('.$') || key === 'Variable' || key.endsWith('Path');
  if (!pathLike) return;
  if (VARIABLE_REF.test(value)) {
    yield { category: 'variables', feature: `a variable reference (${value})` };
  }
  const m = DYNAMIC_CONTEXT.exec(value);
  if (m) yield { category: 'state-context', feature: `the context field ${m[0]}` };
  else if (
    value.includes('$$.State.Name') &&
    !(key.endsWith('.$') && value.trim() === '$$.State.Name')
  ) {
    yield {
      category: 'state-context',
      feature: 'the context field $$.State.Name in an expression',
    };
  }
}
