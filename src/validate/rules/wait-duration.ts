import { isTimestamp } from '../../asl/timestamp.ts';
import { childPointer } from '../model/pointer.ts';
import { checkableText } from '../syntax/placeholders.ts';
import type { Rule } from './rule.ts';

/** The shape the schema checks; a string of this shape can still name no date (2016-02-30). */
const TIMESTAMP_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A Wait state has exactly one of Seconds, SecondsPath, Timestamp, TimestampPath, and a literal
 * Timestamp names a real date and time. AWS refuses a definition whose Timestamp is not one
 * ("Timestamps must conform to the RFC3339 profile of ISO 8601",
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html); the schema checks the
 * shape, this rule the calendar (month 13, February 30, hour 25).
 */
export const waitDurationRule: Rule = {
  name: 'wait-duration',
  codes: ['InvalidWaitDuration', 'InvalidValue'],
  description:
    'a Wait state has exactly one of Seconds, SecondsPath, Timestamp, TimestampPath; a Timestamp names a real date and time',
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.type !== 'Wait') continue;
      const fields =
        state.queryLanguage === 'JSONPath'
          ? ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath']
          : ['Seconds', 'Timestamp'];
      const present = fields.filter((f) => state.node[f] !== undefined);
      if (present.length !== 1) {
        ctx.report(
          'InvalidWaitDuration',
          state.pointer,
          present.length === 0
            ? `A Wait state needs one of ${fields.join(', ')}`
            : `A Wait state takes exactly one of ${fields.join(', ')}; found ${present.join(', ')}`,
          { stateInfo: state },
        );
      }
      const timestamp = state.node['Timestamp'];
      if (typeof timestamp !== 'string') continue;
      const text = checkableText(timestamp, ctx.options.allowPlaceholders);
      if (text === undefined || !TIMESTAMP_SHAPE.test(text) || isTimestamp(text)) continue;
      ctx.report(
        'InvalidValue',
        childPointer(state.pointer, 'Timestamp'),
        `Field 'Timestamp' must be a valid date and time, not '${timestamp}'`,
        { stateInfo: state, hint: 'months run 01-12, days to the end of the month, hours 00-23' },
      );
    }
  },
};
