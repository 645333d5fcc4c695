import { describe, expect, test } from 'vitest';
import {
  PassNode,
  allStates,
  collectPlaceholders,
  countStates,
  endStates,
  reachableStates,
  successors,
} from '../../src/ir/index.ts';
import {
  Condition,
  chain,
  choice,
  fail,
  lambdaInvoke,
  map,
  parallel,
  pass,
  placeholder,
  stateMachine,
  succeed,
  task,
} from '../../src/index.ts';

const machine = stateMachine({
  definition: chain(
    task('Work', {
      resource: lambdaInvoke(),
      parameters: { FunctionName: placeholder('Fn') },
    }).catch(fail('Failed')),
    parallel('Both', { branches: [pass('Left'), map('Each', { processor: pass('Item') })] }),
    choice('Done?')
      .when(Condition.isPresent('$.done'), succeed('Yes'))
      .otherwise(task('Again', { resource: placeholder('AgainArn') })),
  ),
}).node;

describe('IR traversal', () => {
  test('successors: Next, Choices, Default, then Catch', () => {
    const byName = new Map(machine.graph.states.map((s) => [s.name, s]));
    expect(successors(byName.get('Work') as never)).toEqual(['Both', 'Failed']);
    expect(successors(byName.get('Done?') as never)).toEqual(['Yes', 'Again']);
  });

  test('reachable and end states of one graph', () => {
    expect(reachableStates(machine.graph)).toEqual([
      'Work',
      'Both',
      'Done?',
      'Yes',
      'Again',
      'Failed',
    ]);
    expect(endStates(machine.graph)).toEqual(['Yes', 'Again', 'Failed']);
  });

  test('every state with its JSON pointer, nested graphs included', () => {
    expect(allStates(machine).map((s) => s.pointer)).toEqual([
      '/States/Work',
      '/States/Both',
      '/States/Done?',
      '/States/Yes',
      '/States/Again',
      '/States/Failed',
      '/States/Both/Branches/0/States/Left',
      '/States/Both/Branches/1/States/Each',
      '/States/Both/Branches/1/States/Each/ItemProcessor/States/Item',
    ]);
    expect(countStates(machine.graph)).toBe(9);
  });

  test('placeholders are collected from every field, sorted', () => {
    expect(collectPlaceholders(machine)).toEqual(['AgainArn', 'Fn']);
  });

  test('node factories: frozen nodes, undefined dropped, cloneWith copies', () => {
    const node = PassNode.create({ name: 'A', end: true, comment: undefined });
    expect(Object.isFrozen(node)).toBe(true);
    expect('comment' in node).toBe(false);
    const copy = PassNode.cloneWith(node, { comment: 'c' });
    expect(copy).toStrictEqual({ kind: 'Pass', name: 'A', end: true, comment: 'c' });
    expect(node).toStrictEqual({ kind: 'Pass', name: 'A', end: true });
    expect(PassNode.is(copy)).toBe(true);
  });
});
