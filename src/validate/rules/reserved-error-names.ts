import { childPointer } from '../model/pointer.ts';
import { STATES_ERROR_NAMES } from '../../asl/names.ts';
import { handlers } from '../model/fields.ts';
import { isJsonataString } from '../syntax/jsonata.ts';
import type { Rule } from './rule.ts';

const KNOWN: ReadonlySet<string> = new Set(STATES_ERROR_NAMES);

/**
 * Names starting with `States.` are reserved for Step Functions' own errors (§1.4, §1.10): an
 * unknown `States.X` in ErrorEquals never matches, and a Fail state should not raise one.
 * Reported as warnings (spec/asl.md marks AWS's behaviour unconfirmed).
 */
export const reservedErrorNamesRule: Rule = {
  name: 'reserved-error-names',
  codes: ['ReservedErrorName'],
  description: "custom error names do not use the reserved 'States.' prefix",
  check(ctx) {
    for (const state of ctx.index.states) {
      for (const key of ['Retry', 'Catch'] as const) {
        for (const h of handlers(state, key)) {
          const errors = h.node['ErrorEquals'];
          if (!Array.isArray(errors)) continue;
          errors.forEach((name, i) => {
            if (typeof name === 'string' && name.startsWith('States.') && !KNOWN.has(name)) {
              ctx.report(
                'ReservedErrorName',
                childPointer(h.pointer, 'ErrorEquals', i),
                `'${name}' is not a predefined error name; names starting with 'States.' are reserved`,
                { stateInfo: state, hint: `predefined names: ${STATES_ERROR_NAMES.join(', ')}` },
              );
            }
          });
        }
      }
      const error = state.node['Error'];
      if (
        state.type === 'Fail' &&
        typeof error === 'string' &&
        error.startsWith('States.') &&
        !isJsonataString(error)
      ) {
        ctx.report(
          'ReservedErrorName',
          childPointer(state.pointer, 'Error'),
          `A Fail state should not raise '${error}': names starting with 'States.' are reserved for Step Functions' errors`,
          { stateInfo: state },
        );
      }
    }
  },
};
