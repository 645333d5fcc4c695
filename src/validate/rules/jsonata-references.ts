import { jsonataExpressions } from '../model/jsonata-expressions.ts';
import { analyzeJsonata } from '../syntax/jsonata.ts';
import type { Rule } from './rule.ts';

const STATES_PROPERTIES = new Set(['input', 'result', 'errorOutput', 'context']);

/**
 * What a JSONata expression may read (§1.7): no bare top-level field references (the context
 * is empty: read `$states.input.x`), no `$$`, and `$states.errorOutput` only in a catcher's
 * Output or Assign. Unknown `$states` properties are warnings.
 */
export const jsonataReferencesRule: Rule = {
  name: 'jsonata-references',
  codes: ['UnsupportedJsonata', 'UnknownStatesProperty'],
  description: 'JSONata reads $states/variables only; $states.errorOutput only in catchers',
  check(ctx) {
    for (const e of jsonataExpressions(ctx.index, ctx.options)) {
      if (e.parsed === undefined || !e.parsed.ok) continue;
      const facts = analyzeJsonata(e.parsed.ast);
      const extras = { stateInfo: e.state };
      for (const name of facts.topLevelNames) {
        ctx.report(
          'UnsupportedJsonata',
          e.pointer,
          `Reference to '${name}' at the top level is not supported`,
          {
            ...extras,
            hint:
              name === '$'
                ? 'read the state input as $states.input'
                : `read the state input as $states.input.${name}`,
          },
        );
      }
      if (facts.readsRoot && !e.inCatcher) {
        ctx.report(
          'UnsupportedJsonata',
          e.pointer,
          "'$$' is not supported in Step Functions JSONata expressions",
          {
            ...extras,
            hint: 'use $states.input or $states.context',
          },
        );
      }
      for (const prop of facts.statesProperties) {
        if (prop === 'errorOutput' && !e.inCatcher) {
          ctx.report(
            'UnsupportedJsonata',
            e.pointer,
            "'$states.errorOutput' is only available in a Catch's Output and Assign",
            extras,
          );
        } else if (!STATES_PROPERTIES.has(prop)) {
          ctx.report(
            'UnknownStatesProperty',
            e.pointer,
            `'$states.${prop}' does not exist; $states has input, result, errorOutput and context`,
            extras,
          );
        }
      }
    }
  },
};
