import { isJsonObject } from '../../util/json.ts';
import { COMPARISON_OPERATORS as ASL_COMPARISONS, TYPE_TEST_OPERATORS } from '../../asl/names.ts';
import { childPointer } from './pointer.ts';
import { memo } from './memo.ts';
import { forEachPayloadEntry, type PayloadEntry } from './payload.ts';
import type { MachineIndex, StateInfo } from './machine-index.ts';

/** How a path field is read (spec/asl.md §1.2, §1.3, §1.5). */
export type PathKind =
  /** Any JSONPath (filters, wildcards, …), `$$` and variables allowed: InputPath, OutputPath, ItemsPath. */
  | 'general'
  /** A Reference Path; `$$` and variables allowed: Variable, *SecondsPath, TimestampPath, Choice *Path. */
  | 'reference'
  /** A Reference Path into the state input only: Map and ItemReader/ItemBatcher number `…Path` fields. */
  | 'input-reference'
  /** A Reference Path that is written to: ResultPath (no `$$`, no variables). */
  | 'result'
  /** A Fail state's ErrorPath/CausePath: a Reference Path or an intrinsic of the Fail subset. */
  | 'fail';

/** One path-valued field of a JSONPath state. */
export interface PathField {
  readonly state: StateInfo;
  readonly field: string;
  /** The JSON pointer of the value (built on first access). */
  readonly pointer: string;
  readonly value: unknown;
  readonly kind: PathKind;
}

class LazyPathField implements PathField {
  readonly state: StateInfo;
  readonly field: string;
  readonly value: unknown;
  readonly kind: PathKind;
  readonly #base: string;
  constructor(state: StateInfo, base: string, field: string, value: unknown, kind: PathKind) {
    this.state = state;
    this.#base = base;
    this.field = field;
    this.value = value;
    this.kind = kind;
  }
  get pointer(): string {
    return childPointer(this.#base, this.field);
  }
}

/** One payload template of a JSONPath state (keys ending `.$` hold paths or intrinsics). */
export interface PayloadField {
  readonly state: StateInfo;
  readonly field: string;
  readonly pointer: string;
  readonly value: unknown;
}

/** The comparison operators of JSONPath Choice rules (§1.5). */
export const COMPARISON_OPERATORS: ReadonlySet<string> = new Set([
  ...ASL_COMPARISONS.flatMap((op) => (op === 'StringMatches' ? [op] : [op, `${op}Path`])),
  ...TYPE_TEST_OPERATORS,
]);

/** The comparison operators whose value is a Reference Path (`StringEqualsPath`, …). */
const CHOICE_PATH_OPERATORS = [...COMPARISON_OPERATORS].filter((op) => op.endsWith('Path'));

/** One retrier or catcher (an object entry of `Retry` or `Catch`). */
export interface Handler {
  readonly node: Record<string, unknown>;
  readonly pointer: string;
  readonly index: number;
  readonly count: number;
}

/** One JSONPath Choice rule, top-level or nested in And/Or/Not. */
export interface ChoiceRuleRef {
  readonly state: StateInfo;
  readonly rule: Record<string, unknown>;
  readonly pointer: string;
  readonly nested: boolean;
}

/**
 * Every Choice rule of a Choice state, depth first (top-level rules and their sub-rules).
 *
 * @example
 * ```ts
 * for (const r of choiceRules(state)) if (r.nested) console.log(r.pointer);
 * ```
 */
export function choiceRules(state: StateInfo): ChoiceRuleRef[] {
  return (state.cache['choiceRules'] ??= collectChoiceRules(state)) as ChoiceRuleRef[];
}

function collectChoiceRules(state: StateInfo): ChoiceRuleRef[] {
  const out: ChoiceRuleRef[] = [];
  const visit = (rule: unknown, pointer: string, nested: boolean): void => {
    if (!isJsonObject(rule)) return;
    out.push({ state, rule, pointer, nested });
    for (const key of ['And', 'Or']) {
      const list = rule[key];
      if (Array.isArray(list))
        list.forEach((r, i) => visit(r, childPointer(pointer, key, i), true));
    }
    if (rule['Not'] !== undefined) visit(rule['Not'], childPointer(pointer, 'Not'), true);
  };
  const choices = state.node['Choices'];
  if (Array.isArray(choices)) {
    choices.forEach((r, i) => visit(r, childPointer(state.pointer, 'Choices', i), false));
  }
  return out;
}

/** The array entries of `Retry` or `Catch` that are objects, with their pointers. */
export function handlers(state: StateInfo, key: 'Retry' | 'Catch'): Handler[] {
  return (state.cache[key] ??= collectHandlers(state, key)) as Handler[];
}

function collectHandlers(state: StateInfo, key: 'Retry' | 'Catch'): Handler[] {
  const list = state.node[key];
  if (!Array.isArray(list)) return [];
  const out: Handler[] = [];
  for (let i = 0; i < list.length; i++) {
    const node: unknown = list[i];
    if (isJsonObject(node)) {
      out.push({
        node,
        pointer: childPointer(state.pointer, key, i),
        index: i,
        count: list.length,
      });
    }
  }
  return out;
}

/** A sub-object of a state (`ItemReader`, `ItemBatcher`, …) with its pointer, if an object. */
export function subObject(
  node: Record<string, unknown>,
  pointer: string,
  key: string,
): { readonly node: Record<string, unknown>; readonly pointer: string } | undefined {
  const v = node[key];
  return isJsonObject(v) ? { node: v, pointer: childPointer(pointer, key) } : undefined;
}

/**
 * Every path-valued field of the JSONPath states, with the kind of path it must be.
 *
 * @example
 * ```ts
 * pathFields(index).filter((f) => f.kind === 'result'); // every ResultPath
 * ```
 */
export function pathFields(index: MachineIndex): PathField[] {
  return memo(index, 'path-fields', () => collectPathFields(index));
}

function collectPathFields(index: MachineIndex): PathField[] {
  const out: PathField[] = [];
  for (const state of index.states) {
    if (state.queryLanguage !== 'JSONPath') continue;
    const add = (
      node: Record<string, unknown>,
      pointer: string,
      field: string,
      kind: PathKind,
    ): void => {
      if (node[field] !== undefined) {
        out.push(new LazyPathField(state, pointer, field, node[field], kind));
      }
    };
    const n = state.node;
    const p = state.pointer;
    add(n, p, 'InputPath', 'general');
    add(n, p, 'OutputPath', 'general');
    add(n, p, 'ResultPath', 'result');
    switch (state.type) {
      case 'Task':
        add(n, p, 'TimeoutSecondsPath', 'reference');
        add(n, p, 'HeartbeatSecondsPath', 'reference');
        break;
      case 'Wait':
        add(n, p, 'SecondsPath', 'reference');
        add(n, p, 'TimestampPath', 'reference');
        break;
      case 'Fail':
        add(n, p, 'ErrorPath', 'fail');
        add(n, p, 'CausePath', 'fail');
        break;
      case 'Map': {
        add(n, p, 'ItemsPath', 'general');
        add(n, p, 'MaxConcurrencyPath', 'input-reference');
        add(n, p, 'ToleratedFailureCountPath', 'input-reference');
        add(n, p, 'ToleratedFailurePercentagePath', 'input-reference');
        const batcher = subObject(n, p, 'ItemBatcher');
        if (batcher) {
          add(batcher.node, batcher.pointer, 'MaxItemsPerBatchPath', 'input-reference');
          add(batcher.node, batcher.pointer, 'MaxInputBytesPerBatchPath', 'input-reference');
        }
        const reader = subObject(n, p, 'ItemReader');
        const config = reader && subObject(reader.node, reader.pointer, 'ReaderConfig');
        if (config) add(config.node, config.pointer, 'MaxItemsPath', 'input-reference');
        break;
      }
      case 'Choice':
        for (const r of choiceRules(state)) {
          add(r.rule, r.pointer, 'Variable', 'reference');
          for (const op of CHOICE_PATH_OPERATORS) add(r.rule, r.pointer, op, 'reference');
        }
        break;
      default:
        break;
    }
    for (const c of handlers(state, 'Catch')) add(c.node, c.pointer, 'ResultPath', 'result');
  }
  return out;
}

/**
 * Every payload template of the JSONPath states: Parameters, ResultSelector, ItemSelector,
 * Credentials, Assign (state, Choice rules, catchers), ItemReader/ResultWriter Parameters and
 * ItemBatcher BatchInput.
 *
 * @example
 * ```ts
 * payloadFields(index).map((f) => f.pointer); // ['/States/T/Parameters', …]
 * ```
 */
export function payloadFields(index: MachineIndex): PayloadField[] {
  return memo(index, 'payload-fields', () => collectPayloadFields(index));
}

/**
 * Every key of every JSONPath payload template, walked once per validation.
 *
 * @example
 * ```ts
 * payloadEntries(index).filter((e) => e.key.endsWith('.$'));
 * ```
 */
export function payloadEntries(index: MachineIndex): PayloadEntry<PayloadField>[] {
  return memo(index, 'payload-entries', () => {
    const out: PayloadEntry<PayloadField>[] = [];
    for (const field of payloadFields(index)) {
      forEachPayloadEntry(field.value, field.pointer, (entry) => out.push(entry), field);
    }
    return out;
  });
}

function collectPayloadFields(index: MachineIndex): PayloadField[] {
  const out: PayloadField[] = [];
  for (const state of index.states) {
    if (state.queryLanguage !== 'JSONPath') continue;
    const add = (node: Record<string, unknown>, pointer: string, field: string): void => {
      if (node[field] !== undefined) {
        out.push({ state, field, pointer: childPointer(pointer, field), value: node[field] });
      }
    };
    const n = state.node;
    const p = state.pointer;
    for (const f of ['Parameters', 'ResultSelector', 'ItemSelector', 'Credentials', 'Assign']) {
      add(n, p, f);
    }
    for (const c of handlers(state, 'Catch')) add(c.node, c.pointer, 'Assign');
    if (state.type === 'Choice') {
      for (const r of choiceRules(state)) if (!r.nested) add(r.rule, r.pointer, 'Assign');
    }
    if (state.type === 'Map') {
      for (const key of ['ItemReader', 'ResultWriter']) {
        const sub = subObject(n, p, key);
        if (sub) add(sub.node, sub.pointer, 'Parameters');
      }
      const batcher = subObject(n, p, 'ItemBatcher');
      if (batcher) add(batcher.node, batcher.pointer, 'BatchInput');
    }
  }
  return out;
}
