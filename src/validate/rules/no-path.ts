import { childPointer } from '../model/pointer.ts';
import { choiceRules } from '../model/fields.ts';
import type { Rule } from './rule.ts';

const PATH_LIKE = /^\$\$?(\.|\[)/;

/**
 * AWS's NO_PATH warning: a value that looks like a path in a field whose name does not end in
 * `Path`, so it is taken literally: a Fail state's Error or Cause (ErrorPath, CausePath) and a
 * Choice comparison value (StringEqualsPath, …).
 */
export const noPathRule: Rule = {
  name: 'no-path',
  codes: ['NoPath'],
  description: "warns when a path-like value sits in a field whose name does not end in 'Path'",
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.queryLanguage !== 'JSONPath') continue;
      const warn = (node: Record<string, unknown>, pointer: string, field: string): void => {
        const v = node[field];
        if (typeof v !== 'string' || !PATH_LIKE.test(v)) return;
        ctx.report(
          'NoPath',
          childPointer(pointer, field),
          `The value of '${field}' looks like a path but is used as a literal string`,
          {
            stateInfo: state,
            hint: `use '${field}Path' to read the value from a path`,
          },
        );
      };
      if (state.type === 'Fail') {
        warn(state.node, state.pointer, 'Error');
        warn(state.node, state.pointer, 'Cause');
      }
      if (state.type === 'Choice') {
        for (const r of choiceRules(state)) {
          for (const key of Object.keys(r.rule)) {
            if (
              /^(String|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)$/.test(
                key,
              )
            ) {
              warn(r.rule, r.pointer, key);
            }
          }
        }
      }
    }
  },
};
