import { MAX_VARIABLE_NAME_LENGTH } from '../../asl/quotas.ts';
import { variableNameProblem } from '../../asl/variable-name.ts';
import { assignments } from '../model/variables.ts';
import type { Rule } from './rule.ts';

const PROBLEMS = {
  'sub-path': 'a sub-path cannot be assigned; assign the whole variable',
  syntax: 'use a letter or _ followed by letters, digits or _',
  'too-long': `the maximum length is ${MAX_VARIABLE_NAME_LENGTH}`,
  reserved: '$states is reserved',
} as const;

/**
 * Assign keys are variable names (src/asl/variable-name.ts: a Unicode identifier as the
 * Developer Guide describes variable names, at most 80 characters, not `states`); a sub-path
 * such as `a.b` or `a[0]` cannot be assigned.
 */
export const variableNamesRule: Rule = {
  name: 'variable-names',
  codes: ['InvalidVariableName'],
  description: 'Assign keys are valid variable names (no sub-paths, ≤ 80 characters)',
  check(ctx) {
    for (const a of assignments(ctx.index)) {
      const problem = variableNameProblem(a.name);
      if (problem !== undefined) {
        ctx.report(
          'InvalidVariableName',
          a.pointer,
          `'${a.name}' is not a valid variable name: ${PROBLEMS[problem]}`,
          { stateInfo: a.state },
        );
      }
    }
  },
};
