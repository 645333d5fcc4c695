import { assigningScopes, variableReferences, visibleScopes } from '../model/variables.ts';
import type { Rule } from './rule.ts';

/**
 * Every `$name` read must be assigned by some Assign (warning: the flow order is not checked),
 * and assigned in a scope the reading state can see: its own States object or an enclosing
 * one, never across a Distributed Map boundary (§1.8).
 */
export const variableReferencesRule: Rule = {
  name: 'variable-references',
  codes: ['UndefinedVariable', 'VariableOutOfScope'],
  description: 'variables read are assigned, in a scope the reader can see',
  check(ctx) {
    const byName = assigningScopes(ctx.index);
    const seen = new Set<string>();
    for (const r of variableReferences(ctx.index, ctx.options)) {
      const key = `${r.pointer}\u0000${r.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const scopes = byName.get(r.name);
      if (scopes === undefined) {
        ctx.report('UndefinedVariable', r.pointer, `Variable '$${r.name}' is never assigned`, {
          stateInfo: r.state,
          hint: 'assign it with Assign in an earlier state',
        });
      } else if (!visibleScopes(r.state.scope).some((s) => scopes.has(s))) {
        ctx.report(
          'VariableOutOfScope',
          r.pointer,
          `Variable '$${r.name}' is assigned only in a scope this state cannot read`,
          {
            stateInfo: r.state,
            hint: r.state.scope.distributed
              ? 'a Distributed Map cannot read outer variables: pass values through ItemSelector'
              : 'variables assigned inside a branch or iteration are not visible outside it',
          },
        );
      }
    }
  },
};
