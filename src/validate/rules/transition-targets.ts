import { isJsonObject } from '../../util/json.ts';
import { childPointer } from '../model/pointer.ts';
import type { Scope } from '../model/machine-index.ts';
import { choiceRules, handlers } from '../model/fields.ts';
import type { Rule, RuleContext } from './rule.ts';

function check(
  ctx: RuleContext,
  scope: Scope,
  target: unknown,
  what: string,
  state: string | undefined,
  base: string,
  ...segments: (string | number)[]
): void {
  if (typeof target !== 'string' || target === '' || scope.byName.has(target)) return;
  const elsewhere = ctx.index.states.some((s) => s.name === target);
  ctx.report(
    'MissingTransitionTarget',
    childPointer(base, ...segments),
    `Missing '${what}' target: '${target}' is not a state of this States object`,
    {
      state,
      hint: elsewhere
        ? 'states in a Parallel branch or Map processor can only transition within it'
        : undefined,
    },
  );
}

/** StartAt, Next, Default, Choices[].Next and Catch[].Next must name a state of the same scope. */
export const transitionTargetsRule: Rule = {
  name: 'transition-targets',
  codes: ['MissingTransitionTarget'],
  description: 'StartAt, Next, Default, Choice rule Next and Catch Next name an existing state',
  check(ctx) {
    for (const scope of ctx.index.scopes) {
      if (!isJsonObject(scope.node['States'])) continue; // the schema reports it
      check(
        ctx,
        scope,
        scope.node['StartAt'],
        'StartAt',
        scope.owner?.name,
        scope.pointer,
        'StartAt',
      );
      for (const state of scope.states) {
        const node = state.node;
        check(ctx, scope, node['Next'], 'Next', state.name, state.pointer, 'Next');
        for (const c of handlers(state, 'Catch'))
          check(ctx, scope, c.node['Next'], 'Next', state.name, c.pointer, 'Next');
        if (state.type === 'Choice') {
          check(ctx, scope, node['Default'], 'Default', state.name, state.pointer, 'Default');
          for (const r of choiceRules(state))
            if (!r.nested) check(ctx, scope, r.rule['Next'], 'Next', state.name, r.pointer, 'Next');
        }
      }
    }
  },
};
