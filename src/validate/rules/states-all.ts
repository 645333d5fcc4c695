import { childPointer } from '../model/pointer.ts';
import { handlers } from '../model/fields.ts';
import type { Rule } from './rule.ts';

/** `States.ALL` must be alone in its ErrorEquals and in the last retrier or catcher (§1.4). */
export const statesAllRule: Rule = {
  name: 'states-all',
  codes: ['StatesAllNotAlone', 'StatesAllNotLast'],
  description: 'States.ALL appears alone, in the last retrier or catcher',
  check(ctx) {
    for (const state of ctx.index.states) {
      for (const key of ['Retry', 'Catch'] as const) {
        const what = key === 'Retry' ? 'retrier' : 'catcher';
        for (const h of handlers(state, key)) {
          const errors = h.node['ErrorEquals'];
          if (!Array.isArray(errors) || !errors.includes('States.ALL')) continue;
          if (errors.length > 1) {
            ctx.report(
              'StatesAllNotAlone',
              childPointer(h.pointer, 'ErrorEquals'),
              `States.ALL must be the only error name in its ErrorEquals (${key}[${h.index}])`,
              { stateInfo: state, hint: 'States.ALL already matches every other error name' },
            );
          }
          if (h.index !== h.count - 1) {
            ctx.report(
              'StatesAllNotLast',
              h.pointer,
              `The ${what} with States.ALL must be the last one in ${key} (it is ${key}[${h.index}] of ${h.count})`,
              {
                stateInfo: state,
                hint: `move it after the other ${what}s; those after it never match`,
              },
            );
          }
        }
      }
    }
  },
};
