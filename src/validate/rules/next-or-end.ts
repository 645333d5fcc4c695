import type { Rule } from './rule.ts';

const TRANSITIONING = new Set(['Pass', 'Task', 'Wait', 'Parallel', 'Map']);

/** A Pass, Task, Wait, Parallel or Map state has exactly one of Next and `"End": true`. */
export const nextOrEndRule: Rule = {
  name: 'next-or-end',
  codes: ['MissingNextOrEnd', 'NextAndEnd'],
  description: 'states that transition have exactly one of Next and "End": true',
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.type === undefined || !TRANSITIONING.has(state.type)) continue;
      const hasNext = state.node['Next'] !== undefined;
      const ends = state.node['End'] === true;
      if (hasNext && ends) {
        ctx.report(
          'NextAndEnd',
          state.pointer,
          `State '${state.name}' has both Next and "End": true`,
          {
            stateInfo: state,
            hint: 'remove one of them',
          },
        );
      } else if (!hasNext && !ends) {
        ctx.report(
          'MissingNextOrEnd',
          state.pointer,
          `State '${state.name}' (${state.type}) needs either Next or "End": true`,
          { stateInfo: state },
        );
      }
    }
  },
};
