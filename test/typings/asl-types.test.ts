import type {
  StateMachine as AslTypesStateMachine,
  State as AslTypesState,
  Task as AslTypesTask,
} from 'asl-types';
import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  compile,
  lambdaInvoke,
  pass,
  chain,
  stateMachine,
  task,
  type AslStateMachine,
  type AslState,
  type AslTaskState,
} from '../../src/index.ts';

describe('compatibility with asl-types (the stale community types)', () => {
  test('our ASL document types are assignable to asl-types', () => {
    expectTypeOf<AslStateMachine>().toExtend<AslTypesStateMachine>();
    expectTypeOf<AslState>().toExtend<AslTypesState>();
  });

  test('a JSONPath definition we emit can be used where asl-types is expected', () => {
    const { asl } = compile(
      stateMachine({
        definition: chain(
          pass('Start', { result: 1, resultPath: '$.n' }),
          task('Call', {
            resource: lambdaInvoke(),
            parameters: { FunctionName: 'f' },
            timeoutSeconds: 30,
          }),
        ),
      }),
    );
    // Compiles only if our output type is assignable to asl-types' StateMachine.
    const legacy: AslTypesStateMachine = asl;
    const call = legacy.States['Call'] as AslTypesTask;
    expect(call.Resource).toBe('arn:aws:states:::lambda:invoke');
    expect(call.TimeoutSeconds).toBe(30);
    expectTypeOf<Pick<AslTaskState, 'Resource' | 'Retry' | 'Catch' | 'End' | 'Next'>>().toExtend<
      Pick<AslTypesTask, 'Resource' | 'Retry' | 'Catch' | 'End' | 'Next'>
    >();
  });
});
