import { assignments } from '../model/variables.ts';
import { VARIABLE_NAME } from '../syntax/json-path.ts';
import type { Rule } from './rule.ts';

/** Maximum length of a variable name (§1.8). */
const MAX_VARIABLE_NAME_LENGTH = 80;

/**
 * Assign keys are variable names: a Unicode identifier (UAX #31, as the Developer Guide describes
 * variable names: a letter or `_`, then letters, digits, combining marks or `_`), at most 80
 * characters, not `states` (reserved); a sub-path such as `a.b` or `a[0]` cannot be assigned.
 */
export const variableNamesRule: Rule = {
  name: 'variable-names',
  codes: ['InvalidVariableName'],
  description: 'Assign keys are valid variable names (no sub-paths, ≤ 80 characters)',
  check(ctx) {
    for (const a of assignments(ctx.index)) {
      let problem: string | undefined;
      if (/[.[\]]/.test(a.name))
        problem = 'a sub-path cannot be assigned; assign the whole variable';
      else if (!VARIABLE_NAME.test(a.name))
        problem = 'use a letter or _ followed by letters, digits or _';
      else if ([...a.name].length > MAX_VARIABLE_NAME_LENGTH)
        problem = `the maximum length is ${MAX_VARIABLE_NAME_LENGTH}`;
      else if (a.name === 'states') problem = '$states is reserved';
      if (problem !== undefined) {
        ctx.report(
          'InvalidVariableName',
          a.pointer,
          `'${a.name}' is not a valid variable name: ${problem}`,
          {
            stateInfo: a.state,
          },
        );
      }
    }
  },
};
