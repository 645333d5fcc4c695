import { childPointer } from '../model/pointer.ts';
import { forEachPayloadEntry } from '../model/payload.ts';
import type { Rule } from './rule.ts';

/** AWS's PASS_RESULT_IS_STATIC warning: keys ending `.$` in a Pass state's Result are not evaluated. */
export const passResultStaticRule: Rule = {
  name: 'pass-result-static',
  codes: ['PassResultIsStatic'],
  description: "warns about '.$' keys in a Pass state's Result, which is static",
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.type !== 'Pass' || state.queryLanguage !== 'JSONPath') continue;
      forEachPayloadEntry(state.node['Result'], childPointer(state.pointer, 'Result'), (e) => {
        if (!e.key.endsWith('.$')) return;
        ctx.report(
          'PassResultIsStatic',
          e.pointer,
          `Result is static: '${e.key}' is not evaluated`,
          {
            stateInfo: state,
            hint: 'use Parameters to build the output from paths',
          },
        );
      });
    }
  },
};
