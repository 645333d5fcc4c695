import type { AslQueryLanguage } from '../asl/query-language.ts';
import type { CatcherNode } from '../ir/catcher-node.ts';
import type { ChoiceRuleNode, ConditionNode } from '../ir/choice-rule-node.ts';
import type { StateNode } from '../ir/state-node.ts';
import type { ObjectEntry, ValueNode } from '../ir/value-node.ts';
import { DslError } from './dsl-error.ts';

/** JSONPath-only fields and what a JSONata state uses instead. */
const JSONPATH_ONLY: Record<string, [string, string]> = {
  inputPath: ['InputPath', "'arguments' (or $states.input in expressions)"],
  outputPath: ['OutputPath', "'output'"],
  parameters: ['Parameters', "'arguments'"],
  resultSelector: ['ResultSelector', "'output' (with $states.result)"],
  resultPath: ['ResultPath', "'output' (with $states.input and $states.result)"],
  result: ['Result', "'output'"],
  itemsPath: ['ItemsPath', "'items'"],
};

/** JSONata-only fields and what a JSONPath state uses instead. */
const JSONATA_ONLY: Record<string, [string, string]> = {
  arguments: ['Arguments', "'parameters'"],
  output: ['Output', "'resultSelector', 'resultPath' and 'outputPath'"],
  items: ['Items', "'itemsPath'"],
};

const JSONPATH_ONLY_MAP: ReadonlyMap<string, [string, string]> = new Map(
  Object.entries(JSONPATH_ONLY),
);
const JSONATA_ONLY_MAP: ReadonlyMap<string, [string, string]> = new Map(
  Object.entries(JSONATA_ONLY),
);
/** Payload fields that must be objects (or literals) at the top. */
const TOP_VALUES = [
  ['parameters', 'Parameters'],
  ['arguments', 'Arguments'],
  ['resultSelector', 'ResultSelector'],
  ['result', 'Result'],
  ['output', 'Output'],
  ['credentials', 'Credentials'],
  ['itemSelector', 'ItemSelector'],
] as const;
/** Fields that take a literal, a path (…Path twin) or a JSONata expression. */
const EXPRESSION_FIELDS = [
  'timeoutSeconds',
  'heartbeatSeconds',
  'seconds',
  'timestamp',
  'maxConcurrency',
  'toleratedFailureCount',
  'toleratedFailurePercentage',
  'error',
  'cause',
].map((k) => [k, k.charAt(0).toUpperCase() + k.slice(1)] as const);
const TOP_VALUE_FIELDS: ReadonlyMap<string, string> = new Map(TOP_VALUES);
const EXPRESSION_FIELD_NAMES: ReadonlyMap<string, string> = new Map(EXPRESSION_FIELDS);

function jsonPathOnly(state: string, field: string, instead: string): never {
  throw new DslError(
    'FieldRequiresJsonPath',
    `field '${field}' of state '${state}' is only supported in the JSONPath query language, and the state uses JSONata`,
    {
      state,
      field,
      hint: `use ${instead}, or set queryLanguage: 'JSONPath' on the state (only in a JSONPath machine)`,
    },
  );
}

function jsonataOnly(state: string, field: string, instead: string): never {
  throw new DslError(
    'FieldRequiresJsonata',
    `field '${field}' of state '${state}' is only supported in the JSONata query language, and the state uses JSONPath`,
    {
      state,
      field,
      hint: `use ${instead}, or set queryLanguage: 'JSONata' on the state or the machine`,
    },
  );
}

/** Checks the expressions inside one value for a query language. */
function checkValue(
  value: ValueNode | undefined,
  lang: AslQueryLanguage,
  state: string,
  field: string,
  inArray = false,
  top = true,
): void {
  if (value === undefined || value === null || typeof value !== 'object') return;
  switch (value.kind) {
    case 'JsonPath':
    case 'Intrinsic': {
      const what =
        value.kind === 'JsonPath'
          ? `the JSONPath reference '${value.path}'`
          : `the intrinsic ${value.name}`;
      if (lang === 'JSONata') {
        throw new DslError(
          'FieldRequiresJsonPath',
          `${what} in ${field} of state '${state}' needs a JSONPath state; the state uses JSONata`,
          {
            state,
            field,
            hint: "use jsonata('$states.input…') instead",
          },
        );
      }
      if (inArray) {
        throw new DslError(
          'ReferenceInArray',
          `${what} is an array item in ${field} of state '${state}'; ASL allows references only as object values`,
          {
            state,
            field,
            hint: 'build the array with States.Array(...) under a key, or put the reference in an object',
          },
        );
      }
      if (top) {
        throw new DslError(
          'InvalidTemplateValue',
          `${field} of state '${state}' is a bare reference; ASL needs an object here`,
          {
            state,
            field,
            hint: "wrap it in an object ({ value: path('$.x') }), or use inputPath to pass part of the input",
          },
        );
      }
      return;
    }
    case 'Jsonata':
      if (lang === 'JSONPath') {
        throw new DslError(
          'FieldRequiresJsonata',
          `the JSONata expression '${value.expr}' in ${field} of state '${state}' needs a JSONata state; the state uses JSONPath`,
          {
            state,
            field,
            hint: "use path('$.…') or an intrinsic, or set queryLanguage: 'JSONata'",
          },
        );
      }
      return;
    case 'Placeholder':
    case 'Substitution':
      return;
    case 'Array': {
      const items = value.items;
      for (let i = 0; i < items.length; i++) {
        checkValue(items[i] as ValueNode, lang, state, field, true, false);
      }
      return;
    }
    case 'Object': {
      const entries = value.entries;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i] as ObjectEntry;
        if (e.rawDollarKey === true && lang === 'JSONata') {
          throw new DslError(
            'FieldRequiresJsonPath',
            `key '${e.key}' in ${field} of state '${state}' is a JSONPath reference; the state uses JSONata`,
            {
              state,
              field,
              hint: "drop the '.$' suffix and use jsonata('$states.input…')",
            },
          );
        }
        checkValue(e.value, lang, state, field, false, false);
      }
      return;
    }
  }
}

function checkCondition(c: ConditionNode, lang: AslQueryLanguage, state: string): void {
  if (c.kind === 'JsonataCondition') {
    if (lang === 'JSONPath') jsonataOnly(state, 'Condition', 'Condition.* JSONPath rules');
    return;
  }
  if (lang === 'JSONata') {
    throw new DslError(
      'FieldRequiresJsonPath',
      `Choice state '${state}' has a JSONPath rule (Variable/${c.kind === 'Comparison' ? c.operator : c.kind}) but uses JSONata`,
      {
        state,
        field: 'Choices',
        hint: "write the rule as jsonata('…') (a Condition)",
      },
    );
  }
}

/** A number/expression field: JsonPath (→ …Path) is JSONPath-only; Jsonata is JSONata-only. */
function checkExprField(
  value: unknown,
  lang: AslQueryLanguage,
  state: string,
  field: string,
): void {
  if (typeof value !== 'object' || value === null) return;
  const kind = (value as { kind: string }).kind;
  if ((kind === 'JsonPath' || kind === 'Intrinsic') && lang === 'JSONata')
    jsonPathOnly(state, `${field}Path`, `jsonata(…) for ${field}`);
  if (kind === 'Jsonata' && lang === 'JSONPath')
    jsonataOnly(state, field, `a number or path() for ${field}`);
}

/**
 * Checks that a state uses only the fields and expressions of its query language (spec/asl.md
 * §1.2): a JSONPath-only field on a JSONata state is an error, and the reverse.
 *
 * @example
 * ```ts
 * checkStateLanguage(node, 'JSONata', 'JSONata'); // throws FieldRequiresJsonPath if node has Parameters
 * ```
 */
export function checkStateLanguage(
  node: StateNode,
  lang: AslQueryLanguage,
  machineLang: AslQueryLanguage,
): void {
  const name = node.name;
  if (machineLang === 'JSONata' && node.queryLanguage === 'JSONPath') {
    throw new DslError(
      'ConflictingQueryLanguages',
      `state '${name}' declares JSONPath inside a JSONata state machine`,
      {
        state: name,
        field: 'QueryLanguage',
        hint: 'a JSONata machine cannot contain JSONPath states: convert the state, or make the machine JSONPath and opt states into JSONata',
      },
    );
  }
  // The node's own fields are read once each (a state sets a few of the many fields checked).
  const fields = node as unknown as Record<string, unknown>;
  const only = lang === 'JSONata' ? JSONPATH_ONLY_MAP : JSONATA_ONLY_MAP;
  for (const key in fields) {
    const problem = fields[key] === undefined ? undefined : only.get(key);
    if (problem === undefined) continue;
    if (lang === 'JSONata') jsonPathOnly(name, problem[0], problem[1]);
    else jsonataOnly(name, problem[0], problem[1]);
  }
  for (const key in fields) {
    const v = fields[key];
    if (v === undefined || v === null || typeof v !== 'object') continue;
    const top = TOP_VALUE_FIELDS.get(key);
    if (top !== undefined) checkValue(v as ValueNode, lang, name, top);
    else if (key === 'items') checkValue(v as ValueNode, lang, name, 'Items', false, false);
    else if (key === 'assign') checkValue(v as ValueNode, lang, name, 'Assign', false, false);
    else {
      const expr = EXPRESSION_FIELD_NAMES.get(key);
      if (expr !== undefined) checkExprField(v, lang, name, expr);
    }
  }
  if (node.kind === 'Map') {
    const r = node.itemReader;
    if (r !== undefined) {
      if (r.parameters !== undefined) {
        if (lang === 'JSONata')
          jsonPathOnly(name, 'ItemReader.Parameters', "ItemReader 'arguments'");
        checkValue(r.parameters, lang, name, 'ItemReader.Parameters');
      }
      if (r.arguments !== undefined) {
        if (lang === 'JSONPath')
          jsonataOnly(name, 'ItemReader.Arguments', "ItemReader 'parameters'");
        checkValue(r.arguments, lang, name, 'ItemReader.Arguments');
      }
      checkExprField(r.readerConfig?.maxItems, lang, name, 'ReaderConfig.MaxItems');
    }
    const w = node.resultWriter;
    if (w?.parameters !== undefined) {
      if (lang === 'JSONata')
        jsonPathOnly(name, 'ResultWriter.Parameters', "ResultWriter 'arguments'");
      checkValue(w.parameters, lang, name, 'ResultWriter.Parameters');
    }
    if (w?.arguments !== undefined) {
      if (lang === 'JSONPath')
        jsonataOnly(name, 'ResultWriter.Arguments', "ResultWriter 'parameters'");
      checkValue(w.arguments, lang, name, 'ResultWriter.Arguments');
    }
    const b = node.itemBatcher;
    if (b !== undefined) {
      checkExprField(b.maxItemsPerBatch, lang, name, 'MaxItemsPerBatch');
      checkExprField(b.maxInputBytesPerBatch, lang, name, 'MaxInputBytesPerBatch');
      checkValue(b.batchInput, lang, name, 'ItemBatcher.BatchInput');
    }
  }
  if (node.kind === 'Choice') {
    const choices = node.choices;
    for (let i = 0; i < choices.length; i++) {
      const rule = choices[i] as ChoiceRuleNode;
      checkCondition(rule.condition, lang, name);
      if (rule.output !== undefined) {
        if (lang === 'JSONPath') jsonataOnly(name, 'Choices Output', "'outputPath'");
        checkValue(rule.output, lang, name, 'Choices Output', false, false);
      }
      if (rule.assign !== undefined)
        checkValue(rule.assign, lang, name, 'Choices Assign', false, false);
    }
  }
  if ('catch' in node && node.catch !== undefined) {
    const catchers = node.catch;
    for (let i = 0; i < catchers.length; i++) {
      const c = catchers[i] as CatcherNode;
      if (c.resultPath !== undefined && lang === 'JSONata')
        jsonPathOnly(name, 'Catch ResultPath', "the catcher's 'output'");
      if (c.output !== undefined) {
        if (lang === 'JSONPath') jsonataOnly(name, 'Catch Output', "the catcher's 'resultPath'");
        checkValue(c.output, lang, name, 'Catch Output', false, false);
      }
      if (c.assign !== undefined) checkValue(c.assign, lang, name, 'Catch Assign', false, false);
    }
  }
}
