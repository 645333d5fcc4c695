import { isJsonObject } from '../../util/json.ts';
import type { MachineIndex, StateInfo } from './machine-index.ts';
import { childPointer } from './pointer.ts';

/** Keys of a JSONata state whose strings are never evaluated as JSONata. */
const NOT_EVALUATED = new Set([
  'Type',
  'Comment',
  'QueryLanguage',
  'Next',
  'End',
  'Default',
  'Resource',
  'Label',
  'ErrorEquals',
  'Branches',
  'ItemProcessor',
  'Iterator',
  'ProcessorConfig',
  'InputType',
  'CSVHeaderLocation',
  'CSVHeaders',
  'CSVDelimiter',
  'ManifestType',
  'Transformation',
  'OutputType',
  'JitterStrategy',
  'ItemsPointer',
]);

/** A string of a JSONata state that Step Functions may evaluate. */
export interface JsonataString {
  readonly state: StateInfo;
  readonly pointer: string;
  readonly value: string;
  /** The top-level field it sits in (Output, Arguments, Choices, Catch, …). */
  readonly field: string;
  /** True inside a catcher's Output or Assign (where $states.errorOutput exists). */
  readonly inCatcher: boolean;
}

/**
 * Every string value of the JSONata states that may hold an expression (keys such as Type,
 * Comment, Next, Resource and enums excluded; nested states excluded).
 *
 * @example
 * ```ts
 * jsonataStrings(index).filter((s) => s.value.startsWith('{%'));
 * ```
 */
export function jsonataStrings(index: MachineIndex): JsonataString[] {
  const out: JsonataString[] = [];
  for (const state of index.states) {
    if (state.queryLanguage !== 'JSONata') continue;
    const visit = (
      value: unknown,
      pointer: string,
      field: string,
      inCatcher: boolean,
      template: boolean,
      depth: number,
    ): void => {
      if (typeof value === 'string') {
        out.push({ state, pointer, value, field, inCatcher });
      } else if (Array.isArray(value)) {
        value.forEach((v, i) =>
          visit(v, childPointer(pointer, i), field, inCatcher, template, depth + 1),
        );
      } else if (isJsonObject(value)) {
        for (const [k, v] of Object.entries(value)) {
          // inside a template every key is data; elsewhere skip the fixed fields
          if (!template && NOT_EVALUATED.has(k)) continue;
          const inC =
            inCatcher || (field === 'Catch' && depth === 1 && (k === 'Output' || k === 'Assign'));
          visit(v, childPointer(pointer, k), field, inC, template || isTemplateField(k), depth + 1);
        }
      }
    };
    for (const [k, v] of Object.entries(state.node)) {
      if (NOT_EVALUATED.has(k)) continue;
      visit(v, childPointer(state.pointer, k), k, false, isTemplateField(k), 0);
    }
  }
  return out;
}

function isTemplateField(field: string): boolean {
  return (
    field === 'Output' ||
    field === 'Arguments' ||
    field === 'Assign' ||
    field === 'ItemSelector' ||
    field === 'Items' ||
    field === 'BatchInput'
  );
}
