import { assigningScopes, assignments, visibleScopes } from '../model/variables.ts';
import type { Rule } from './rule.ts';

/**
 * States inside a Parallel branch or an inline Map iteration can read outer variables but
 * cannot assign them, and cannot declare a variable of the same name (§1.8). Warning: AWS's
 * enforcement at definition time is unconfirmed.
 */
export const variableShadowingRule: Rule = {
  name: 'variable-shadowing',
  codes: ['VariableShadowing'],
  description: 'inner scopes do not assign variables of an enclosing scope',
  check(ctx) {
    const scopesOf = assigningScopes(ctx.index);
    for (const a of assignments(ctx.index)) {
      const outer = visibleScopes(a.state.scope).slice(1);
      const owners = scopesOf.get(a.name);
      const shadowed = outer.find((s) => owners?.has(s));
      if (shadowed === undefined) continue;
      ctx.report(
        'VariableShadowing',
        a.pointer,
        `Variable '$${a.name}' is also assigned in an enclosing scope; an inner scope cannot assign or redeclare it`,
        {
          stateInfo: a.state,
          hint: 'use another name, or return the value through the branch or iteration output',
        },
      );
    }
  },
};
