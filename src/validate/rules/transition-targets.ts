import { isJsonObject } from '../../util/json.ts';
import { childPointer } from '../model/pointer.ts';
import type { Scope, StateInfo } from '../model/machine-index.ts';
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

function checkList(
  ctx: RuleContext,
  scope: Scope,
  list: unknown,
  state: StateInfo,
  key: string,
): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (isJsonObject(item))
      check(ctx, scope, item['Next'], 'Next', state.name, state.pointer, key, i, 'Next');
  }
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
        checkList(ctx, scope, node['Catch'], state, 'Catch');
        if (state.type === 'Choice') {
          check(ctx, scope, node['Default'], 'Default', state.name, state.pointer, 'Default');
          checkList(ctx, scope, node['Choices'], state, 'Choices');
        }
      }
    }
  },
};
