import { childPointer } from '../model/pointer.ts';
import type { Rule } from './rule.ts';

/**
 * A JSONata machine cannot contain JSONPath states (§1.1; the reverse, JSONata states in a
 * JSONPath machine, is allowed for incremental migration). QueryLanguage on an ItemProcessor or
 * Iterator is rejected by the schema ("Field 'QueryLanguage' is not supported").
 */
export const queryLanguageRule: Rule = {
  name: 'query-language',
  codes: ['JsonPathStateInJsonataMachine'],
  description: 'no state declares QueryLanguage JSONPath in a JSONata machine',
  check(ctx) {
    if (ctx.index.queryLanguage !== 'JSONata') return;
    for (const state of ctx.index.states) {
      if (state.node['QueryLanguage'] !== 'JSONPath') continue;
      ctx.report(
        'JsonPathStateInJsonataMachine',
        childPointer(state.pointer, 'QueryLanguage'),
        "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine",
        { stateInfo: state, hint: 'convert the state to JSONata, or set the machine to JSONPath' },
      );
    }
  },
};
