import type { StateInfo } from '../model/machine-index.ts';
import type { Rule } from './rule.ts';

/** State names are unique across the whole machine, branches and processors included. */
export const duplicateStateNameRule: Rule = {
  name: 'duplicate-state-name',
  codes: ['DuplicateStateName'],
  description: 'state names are unique in the whole definition (branches and processors included)',
  check(ctx) {
    const first = new Map<string, StateInfo>();
    for (const state of ctx.index.states) {
      const seen = first.get(state.name);
      if (seen === undefined) {
        first.set(state.name, state);
        continue;
      }
      ctx.report(
        'DuplicateStateName',
        state.pointer,
        `State name '${state.name}' is also used at ${seen.pointer}`,
        {
          stateInfo: state,
          hint: 'names must be unique across all branches and item processors',
        },
      );
    }
  },
};
