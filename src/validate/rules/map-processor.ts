import type { Rule } from './rule.ts';

/** A Map state needs an ItemProcessor (or the deprecated Iterator). */
export const mapProcessorRule: Rule = {
  name: 'map-processor',
  codes: ['MissingField'],
  description: 'a Map state has an ItemProcessor (or the deprecated Iterator)',
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.type !== 'Map') continue;
      if (state.node['ItemProcessor'] !== undefined || state.node['Iterator'] !== undefined)
        continue;
      ctx.report(
        'MissingField',
        state.pointer,
        "Field 'ItemProcessor' is required on a Map state",
        {
          stateInfo: state,
        },
      );
    }
  },
};
