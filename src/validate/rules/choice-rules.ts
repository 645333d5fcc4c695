import { choiceRules, COMPARISON_OPERATORS } from '../model/fields.ts';
import type { Rule } from './rule.ts';

const BOOLEAN_OPERATORS = ['And', 'Or', 'Not'];

/**
 * A JSONPath Choice rule is either a comparison (Variable and exactly one operator) or a
 * boolean combination (exactly one of And, Or, Not, and no Variable).
 */
export const choiceRulesRule: Rule = {
  name: 'choice-rules',
  codes: ['InvalidChoiceRule'],
  description: 'JSONPath Choice rules have Variable and exactly one operator, or one of And/Or/Not',
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.type !== 'Choice' || state.queryLanguage !== 'JSONPath') continue;
      for (const r of choiceRules(state)) {
        const keys = Object.keys(r.rule);
        const comparisons = keys.filter((k) => COMPARISON_OPERATORS.has(k));
        const booleans = keys.filter((k) => BOOLEAN_OPERATORS.includes(k));
        const hasVariable = r.rule['Variable'] !== undefined;
        let problem: string | undefined;
        if (booleans.length > 0) {
          if (booleans.length > 1) problem = `combines ${booleans.join(' and ')}; use exactly one`;
          else if (comparisons.length > 0 || hasVariable) {
            problem = `mixes ${booleans[0]} with ${[...(hasVariable ? ['Variable'] : []), ...comparisons].join(', ')}`;
          }
        } else if (comparisons.length === 0) {
          problem = hasVariable
            ? 'has a Variable but no comparison operator'
            : 'has no comparison (Variable with an operator) and no And, Or or Not';
        } else if (comparisons.length > 1) {
          problem = `has ${comparisons.length} comparison operators (${comparisons.join(', ')}); use exactly one`;
        } else if (!hasVariable) {
          problem = `compares with ${comparisons[0]} but has no Variable`;
        }
        if (problem !== undefined) {
          ctx.report('InvalidChoiceRule', r.pointer, `This Choice rule ${problem}`, {
            stateInfo: state,
          });
        }
      }
    }
  },
};
