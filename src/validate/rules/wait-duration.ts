import type { Rule } from './rule.ts';

/** A Wait state has exactly one of Seconds, SecondsPath, Timestamp, TimestampPath. */
export const waitDurationRule: Rule = {
  name: 'wait-duration',
  codes: ['InvalidWaitDuration'],
  description: 'a Wait state has exactly one of Seconds, SecondsPath, Timestamp, TimestampPath',
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.type !== 'Wait') continue;
      const fields =
        state.queryLanguage === 'JSONPath'
          ? ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath']
          : ['Seconds', 'Timestamp'];
      const present = fields.filter((f) => state.node[f] !== undefined);
      if (present.length === 1) continue;
      ctx.report(
        'InvalidWaitDuration',
        state.pointer,
        present.length === 0
          ? `A Wait state needs one of ${fields.join(', ')}`
          : `A Wait state takes exactly one of ${fields.join(', ')}; found ${present.join(', ')}`,
        { stateInfo: state },
      );
    }
  },
};
