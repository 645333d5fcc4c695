import type { ExecutionResult, InterpretOptions } from '../interpreter/types.ts';
import { AslcError, isAslcError } from '../../util/errors.ts';
import {
  DEFAULT_EXECUTION_NAME,
  DEFAULT_STATE_MACHINE_NAME,
  DEFAULT_TIMEOUT_MS,
  budgetExceeded,
  ran,
  type Engine,
  type RunRequest,
} from '../engine-contract.ts';
import { checkRunLimits } from '../run-limits.ts';
import { prepareTaskMocks } from '../mocks/task-mocks.ts';
import { statesOf } from '../../asl/walk.ts';
import { isJsonObject } from '../../util/json.ts';
import type { ItemReaderHandler } from '../interpreter/types.ts';

/** The interpreter's entry point (src/run/interpreter/index.ts). */
export type InterpretFunction = (
  definition: unknown,
  options: InterpretOptions,
) => Promise<ExecutionResult>;

/**
 * The `native` engine: aslc's own interpreter (src/run/interpreter), the default engine of
 * `aslc run` and `aslc test`. It runs the whole language, JSONPath and JSONata, variables
 * included, on a virtual clock unless `time: 'real'`; Task states are served by the request's
 * MockConfigFile test case and stateful services, and a Task without either is refused before
 * the run (it never calls AWS). `interpret` can be injected (tests); by default the interpreter
 * is loaded on first use.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine;
 * const engine = createNativeEngine();
 * const outcome = await engine.run({ definition, input: { n: 1 } });
 * if (outcome.kind === 'ran') console.log(outcome.result.status);
 * ```
 */
export function createNativeEngine(
  options: { readonly interpret?: InterpretFunction } = {},
): Engine {
  let interpret = options.interpret;
  return {
    name: 'native',
    supports: () => true,
    dispose: async () => {},
    async run(request: RunRequest) {
      checkRunLimits(request);
      const mocks = prepareTaskMocks(request);
      const readers = checkItemReaders(request);
      interpret ??= (await import('../interpreter/index.ts')).interpret as InterpretFunction;
      let result: ExecutionResult;
      try {
        result = await interpret(request.definition, {
          input: request.input,
          taskHandler: (inv) => mocks.serve(inv.stateName, inv.resource, inv.input),
          ...(readers.length > 0 ? { itemReader: itemReaderFor(request) } : {}),
          execution: {
            name: request.executionName ?? DEFAULT_EXECUTION_NAME,
            stateMachineName: request.stateMachineName ?? DEFAULT_STATE_MACHINE_NAME,
          },
          time: request.time ?? 'virtual',
          type: request.type ?? 'STANDARD',
          timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        });
      } catch (e) {
        if (isAslcError(e)) throw e;
        if (e instanceof Error && e.name === 'ExecutionBudgetExceeded') {
          const { reason, state } = e as Error & { reason?: string; state?: string };
          throw budgetExceeded(reason ?? e.message, state);
        }
        // Anything else (the interpreter's InterpreterError: a RangeError, a TypeError, an
        // exhausted stack) is an internal error, reported as such, never as an execution result.
        throw e;
      }
      mocks.checkComplete();
      return ran({
        status: result.status,
        ...(result.status === 'SUCCEEDED' ? { output: result.output } : {}),
        error: result.error,
        cause: result.cause,
        statesEntered: [...result.statesEntered],
        events: result.events,
      });
    },
  };
}

/**
 * The Distributed Map ItemReaders of the definition, each checked to be served by a stateful
 * service (an unserved one would make the run fail with a result AWS would not give).
 */
function checkItemReaders(request: RunRequest): string[] {
  const readers = statesOf(request.definition).filter((s) => isJsonObject(s.state['ItemReader']));
  for (const { name, state } of readers) {
    const resource = String((state['ItemReader'] as Record<string, unknown>)['Resource'] ?? '');
    if (!(request.services ?? []).some((s) => s.readsItems?.(resource) === true)) {
      throw new AslcError(
        'ItemReaderWithoutMock',
        `Map state '${name}' reads its items from ${resource}, which no stateful service serves`,
        {
          state: name,
          hint: 'give the case the in-memory S3 with the object: "services": {"s3": {"objects": {...}}}',
        },
      );
    }
  }
  return readers.map((r) => r.name);
}

function itemReaderFor(request: RunRequest): ItemReaderHandler {
  return async (req) => {
    const service = (request.services ?? []).find((s) => s.readsItems?.(req.resource) === true);
    if (service?.readItems === undefined) throw new Error(`no service reads ${req.resource}`);
    return service.readItems(req);
  };
}
