import { isTerminal, reachableFrom, successors } from '../model/graph.ts';
import type { Rule } from './rule.ts';

/**
 * Every state must be reachable from its scope's StartAt. States that nothing references (or
 * that only unreferenced states lead to) are errors, as on AWS; states that only reach each
 * other in a loop StartAt never enters are reported as a warning, since AWS's exact rule for
 * them is unconfirmed. Like AWS, the walk is skipped for a scope without any terminal state
 * (MissingEndState is reported instead) or whose StartAt is missing.
 */
export const reachabilityRule: Rule = {
  name: 'reachability',
  codes: ['UnreachableState', 'UnreachableLoop'],
  description: 'every state is reachable from StartAt',
  check(ctx) {
    for (const scope of ctx.index.scopes) {
      if (!scope.states.some(isTerminal)) continue;
      const reachable = reachableFrom(scope);
      if (reachable.size === 0) continue;
      const unreachable = scope.states.filter((s) => !reachable.has(s.name));
      if (unreachable.length === 0) continue;
      const referenced = new Set<string>();
      for (const s of scope.states)
        for (const n of successors(s)) if (n !== s.name) referenced.add(n);
      // states reachable from an unreferenced unreachable state make the definition invalid
      const fromOrphans = new Set<string>();
      for (const s of unreachable) {
        if (!referenced.has(s.name))
          for (const n of reachableFrom(scope, s.name)) fromOrphans.add(n);
      }
      for (const s of unreachable) {
        if (fromOrphans.has(s.name)) {
          ctx.report('UnreachableState', s.pointer, `State '${s.name}' is not reachable`, {
            stateInfo: s,
            hint: `no transition from StartAt '${String(scope.node['StartAt'])}' leads to it`,
          });
        } else {
          ctx.report(
            'UnreachableLoop',
            s.pointer,
            `State '${s.name}' is only reachable from states in a loop that StartAt never enters`,
            { stateInfo: s },
          );
        }
      }
    }
  },
};
