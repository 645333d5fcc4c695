import { importOptional, isMissingDependency } from '../../util/optional-dependency.ts';
import { skipped, ran, type Engine } from '../engine-contract.ts';
import { prepareTaskMocks } from '../mocks/task-mocks.ts';
import { checkRunLimits } from '../run-limits.ts';
import { embeddedSupport } from './embedded-guard.ts';

/**
 * The `embedded` engine: aws-local-stepfunctions 3.0.0 (pinned), JSONPath only. A guard refuses
 * what it would ignore or mis-execute (JSONata, variables, Distributed Map, …) as `skipped`
 * with the reason; every Task state gets a local handler from the mocks (it never calls AWS);
 * Waits and retry intervals are shortened unless `time: 'real'`, with the machine's deadline
 * kept on a virtual clock; the context object carries the execution's and state machine's
 * identity; a Fail state without Error/Cause reports null as on AWS.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine;
 * const outcome = await createEmbeddedEngine().run({ definition, input: {} });
 * if (outcome.kind === 'skipped') console.log(outcome.reason);
 * ```
 */
export function createEmbeddedEngine(): Engine {
  return {
    name: 'embedded',
    supports: (definition) => embeddedSupport(definition),
    dispose: async () => {},
    async run(request) {
      const time = request.time ?? 'virtual';
      const type = request.type ?? 'STANDARD';
      // Limits first: the feature scan below walks the definition.
      checkRunLimits(request);
      const support = embeddedSupport(request.definition, { time, type });
      if (support !== true) return skipped(support);
      const mocks = prepareTaskMocks(request);
      let lib;
      try {
        lib = await importOptional(
          () => import('aws-local-stepfunctions'),
          'aws-local-stepfunctions',
          'the embedded engine',
        );
      } catch (e) {
        if (isMissingDependency(e)) return skipped(`${e.message} (${e.hint})`);
        throw e;
      }
      // jsonpath-plus (aws-local-stepfunctions' own dependency) is imported by the execution module.
      const { execute } = await importOptional(
        () => import('./embedded-execution.ts'),
        'jsonpath-plus',
        'the embedded engine',
      );
      return ran(await execute(lib, request, mocks, time, type));
    },
  };
}
