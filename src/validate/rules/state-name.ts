import type { Rule } from './rule.ts';

import { MAX_STATE_NAME_LENGTH } from '../../asl/quotas.ts';

// control characters, non-characters and lone surrogates
// eslint-disable-next-line no-control-regex
const BAD_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/u;

/**
 * State names are 1–80 characters. Control characters and non-characters are reported as a
 * warning (the API forbids them in names; AWS's behaviour for state names is unconfirmed).
 * Spaces, `?` and other punctuation are accepted: AWS's own samples use them.
 */
export const stateNameRule: Rule = {
  name: 'state-name',
  codes: ['InvalidStateName', 'StateNameCharacters'],
  description: 'state names are 1–80 characters, without control characters',
  check(ctx) {
    for (const state of ctx.index.states) {
      const length = [...state.name].length;
      if (length === 0 || length > MAX_STATE_NAME_LENGTH) {
        ctx.report(
          'InvalidStateName',
          state.pointer,
          length === 0
            ? 'A state name must not be empty'
            : `State name is ${length} characters long; the maximum is ${MAX_STATE_NAME_LENGTH}`,
          { stateInfo: state },
        );
      }
      if (BAD_CHARACTERS.test(state.name)) {
        ctx.report(
          'StateNameCharacters',
          state.pointer,
          `State name ${JSON.stringify(state.name)} contains control or non-characters`,
          {
            stateInfo: state,
          },
        );
      }
    }
  },
};
