import { childPointer } from '../model/pointer.ts';
import { isTerminal } from '../model/graph.ts';
import type { Rule } from './rule.ts';

/** Every States object (machine, branch, processor) needs a terminal state. */
export const missingEndStateRule: Rule = {
  name: 'missing-end-state',
  codes: ['MissingEndState'],
  description: 'each States object has a terminal state (End, Succeed or Fail)',
  check(ctx) {
    for (const scope of ctx.index.scopes) {
      if (scope.states.length === 0 || scope.states.some(isTerminal)) continue;
      const where =
        scope.kind === 'machine'
          ? 'Workflow'
          : scope.kind === 'branch'
            ? 'Parallel branch'
            : 'Map item processor';
      ctx.report(
        'MissingEndState',
        childPointer(scope.pointer, 'States'),
        `${where} has no terminal state`,
        {
          state: scope.owner?.name,
          hint: 'end a path with "End": true, a Succeed state or a Fail state',
        },
      );
    }
  },
};
