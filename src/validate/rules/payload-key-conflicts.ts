import { payloadEntries } from '../model/fields.ts';
import type { Rule } from './rule.ts';

/** A payload object must not have both `x` and `x.$`: both would produce the field `x`. */
export const payloadKeyConflictsRule: Rule = {
  name: 'payload-key-conflicts',
  codes: ['ConflictingPayloadKeys'],
  description: "a payload object does not hold both 'x' and 'x.$'",
  check(ctx) {
    for (const e of payloadEntries(ctx.index)) {
      const f = e.field;
      if (!e.key.endsWith('.$')) continue;
      const plain = e.key.slice(0, -2);
      if (!Object.hasOwn(e.object, plain)) continue;
      ctx.report(
        'ConflictingPayloadKeys',
        e.pointer,
        `Fields '${plain}' and '${e.key}' both produce the field '${plain}'`,
        {
          stateInfo: f.state,
          hint: 'keep only one of them',
        },
      );
    }
  },
};
