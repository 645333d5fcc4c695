import { childPointer } from '../model/pointer.ts';
import type { Rule } from './rule.ts';

/**
 * A JSONata machine cannot contain JSONPath states (§1.1; the reverse, JSONata states in a
 * JSONPath machine, is allowed for incremental migration). QueryLanguage on an ItemProcessor or
 * Iterator is rejected by the schema ("Field 'QueryLanguage' is not supported"). A QueryLanguage
 * string other than 'JSONPath' or 'JSONata' is a warning: Step Functions resolves any value other
 * than exactly 'JSONPath' to JSONata (floci#2968, measured with ValidateStateMachineDefinition),
 * so 'jsonata' works but 'jsonpath' silently means JSONata.
 */
export const queryLanguageRule: Rule = {
  name: 'query-language',
  codes: ['JsonPathStateInJsonataMachine', 'QueryLanguageSpelling'],
  description:
    "no state declares QueryLanguage JSONPath in a JSONata machine; QueryLanguage is spelled 'JSONPath' or 'JSONata'",
  check(ctx) {
    const root = ctx.index.root;
    const declared: [string, unknown][] = [
      ['', root?.['QueryLanguage']],
      ...ctx.index.states.map((s): [string, unknown] => [
        childPointer(s.pointer, 'QueryLanguage'),
        s.node['QueryLanguage'],
      ]),
    ];
    for (const [pointer, value] of declared) {
      if (typeof value !== 'string' || value === 'JSONPath' || value === 'JSONata') continue;
      ctx.report(
        'QueryLanguageSpelling',
        pointer === '' ? '/QueryLanguage' : pointer,
        `QueryLanguage '${value}' is neither 'JSONPath' nor 'JSONata'; Step Functions treats any value other than exactly 'JSONPath' as JSONata`,
        { hint: "write 'JSONata' (or 'JSONPath' if that was meant)" },
      );
    }
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
