import { payloadEntries } from '../model/fields.ts';
import { looksLikeIntrinsic } from '../../asl/intrinsic/parse.ts';
import type { Rule } from './rule.ts';

/** A string that reads like a path (`$.x`, `$$.x`, `$[0]`, `$`) or an intrinsic call. */
function looksEvaluated(value: string): boolean {
  return /^\$\$?(\.|\[|$)/.test(value) || looksLikeIntrinsic(value);
}

/**
 * AWS's NO_DOLLAR warning: a payload value that looks like a path or an intrinsic call under a
 * key that does not end in `.$` is passed as a literal string.
 */
export const noDollarRule: Rule = {
  name: 'no-dollar',
  codes: ['NoDollar'],
  description: "warns when a path-like value sits under a key without '.$'",
  check(ctx) {
    for (const e of payloadEntries(ctx.index)) {
      const f = e.field;
      if (e.key.endsWith('.$') || typeof e.value !== 'string' || !looksEvaluated(e.value)) continue;
      ctx.report(
        'NoDollar',
        e.pointer,
        `The value of '${e.key}' looks like a path or intrinsic but is passed as a literal string`,
        {
          stateInfo: f.state,
          hint: `name the key '${e.key}.$' to evaluate it`,
        },
      );
    }
  },
};
