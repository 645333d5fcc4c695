import { isJsonObject } from '../util/json.ts';
import { shortLabel } from './display-text.ts';

/** Comparison operators of JSONPath Choice rules, by the operator's base name. */
const COMPARISONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    StringEquals: '==',
    StringLessThan: '<',
    StringGreaterThan: '>',
    StringLessThanEquals: '<=',
    StringGreaterThanEquals: '>=',
    StringMatches: 'matches',
    NumericEquals: '==',
    NumericLessThan: '<',
    NumericGreaterThan: '>',
    NumericLessThanEquals: '<=',
    NumericGreaterThanEquals: '>=',
    BooleanEquals: '==',
    TimestampEquals: '==',
    TimestampLessThan: '<',
    TimestampGreaterThan: '>',
    TimestampLessThanEquals: '<=',
    TimestampGreaterThanEquals: '>=',
  }),
);

/** Type tests of JSONPath Choice rules. */
const TESTS = ['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp'];

/**
 * A short, one-line rendering of a Choice rule for an edge label: `$.x == 5`,
 * `$.name matches "a*"`, `IsPresent $.a`, `not IsNull $.a`, `$.a > 1 and ($.b < 2 or IsNull $.c)`, or the
 * JSONata `Condition` without its `{% %}` delimiters. Cut to 40 code points; `?` when the rule
 * has no recognisable shape.
 *
 * @example
 * ```ts
 * choiceRuleLabel({ Variable: '$.x', NumericEquals: 5, Next: 'A' }); // '$.x == 5'
 * choiceRuleLabel({ Condition: '{% $states.input.ok %}', Next: 'A' }); // '$states.input.ok'
 * ```
 */
export function choiceRuleLabel(rule: unknown): string {
  return shortLabel(ruleText(rule, 0));
}

/** Full text of a rule; `depth` bounds recursion on hostile, deeply nested input. */
function ruleText(rule: unknown, depth: number): string {
  if (!isJsonObject(rule) || depth > 20) return '?';
  const condition = rule['Condition'];
  if (typeof condition === 'boolean') return String(condition);
  if (typeof condition === 'string') return jsonataBody(condition);
  const and = rule['And'];
  if (Array.isArray(and)) return and.map((r) => group(r, depth)).join(' and ') || '?';
  const or = rule['Or'];
  if (Array.isArray(or)) return or.map((r) => group(r, depth)).join(' or ') || '?';
  if (rule['Not'] !== undefined) return `not (${ruleText(rule['Not'], depth + 1)})`;
  const variable = typeof rule['Variable'] === 'string' ? rule['Variable'] : '?';
  for (const key of Object.keys(rule).sort()) {
    const isPath = key.endsWith('Path') && key !== 'Path';
    const base = isPath ? key.slice(0, -'Path'.length) : key;
    const op = COMPARISONS.get(base);
    if (op !== undefined) {
      const value = rule[key];
      const operand = isPath && typeof value === 'string' ? value : JSON.stringify(value);
      return `${variable} ${op} ${operand ?? '?'}`;
    }
    if (TESTS.includes(key)) {
      return `${rule[key] === false ? 'not ' : ''}${key} ${variable}`;
    }
  }
  return '?';
}

/** A sub-rule of And/Or, parenthesised when it is itself compound. */
function group(rule: unknown, depth: number): string {
  const text = ruleText(rule, depth + 1);
  return isJsonObject(rule) && (rule['And'] !== undefined || rule['Or'] !== undefined)
    ? `(${text})`
    : text;
}

/** A JSONata condition without its `{% %}` delimiters. */
function jsonataBody(condition: string): string {
  const m = /^\s*\{%([\s\S]*)%\}\s*$/.exec(condition);
  return (m?.[1] ?? condition).trim();
}
