/**
 * Parallel state. Every branch gets the same input (JSONPath: InputPath → Parameters; JSONata:
 * Arguments) and a child variable scope; the result is the array of branch outputs in branch
 * order, then ResultSelector → Assign → ResultPath → OutputPath (JSONPath) or Assign/Output
 * (JSONata). Branches overlap in virtual time (the state lasts as long as its longest branch);
 * the interpreter runs them one after the other, in order. A failing branch fails the state with
 * its own error (the earliest failure in virtual time when several fail).
 */
import { StatesError } from '../errors.ts';
import { applyTemplate, effectiveInput } from '../io-jsonpath.ts';
import { cloneJson } from '../json-values.ts';
import { evaluateTemplate } from '../jsonata-env.ts';
import { withRetryAndCatch } from '../retry.ts';
import type { AslParallelState } from '../../../asl/types.ts';
import type { GraphRunner, StateGraph, StateOutcome, StateRun } from '../runtime.ts';
import { jsonataScope } from '../runtime.ts';
import { completeJsonPath, completeJsonata } from './transition.ts';

/**
 * Runs a Parallel state, Retry and Catch included.
 *
 * @example
 * ```ts
 * const { output } = await runParallel(run); // [branch 0 output, branch 1 output, …]
 * ```
 */
export function runParallel(
  run: StateRun<AslParallelState>,
  runGraph: GraphRunner,
): Promise<StateOutcome> {
  run.retryCount = 0;
  return withRetryAndCatch(run, () => attempt(run, runGraph));
}

async function attempt(
  run: StateRun<AslParallelState>,
  runGraph: GraphRunner,
): Promise<StateOutcome> {
  if (run.language === 'JSONPath') {
    const input = effectiveInput(run);
    const branchInput =
      run.def.Parameters === undefined ? input : applyTemplate(run, run.def.Parameters, input);
    return completeJsonPath(run, await runBranches(run, runGraph, branchInput));
  }
  const branchInput =
    run.def.Arguments === undefined
      ? run.input
      : await evaluateTemplate(
          run.def.Arguments,
          jsonataScope(run, { input: run.input }),
          'Arguments',
        );
  const results = await runBranches(run, runGraph, branchInput);
  return completeJsonata(run, results, { input: run.input, result: results });
}

async function runBranches(
  run: StateRun<AslParallelState>,
  runGraph: GraphRunner,
  input: unknown,
): Promise<unknown[]> {
  const fiber = run.fiber;
  const rt = fiber.rt;
  const branches: readonly StateGraph[] = run.def.Branches;
  const start = fiber.clock.now;
  rt.events.add('ParallelStateStarted', fiber.clock.iso(), {
    name: run.name,
    history: fiber.history,
  });
  const results: unknown[] = [];
  let end = start;
  let failure: { readonly at: number; readonly error: StatesError } | undefined;
  for (const branch of branches) {
    const child = {
      rt,
      clock: fiber.clock.fork(start),
      scope: fiber.scope.child(),
      history: fiber.history,
    };
    try {
      results.push(await runGraph(child, branch, cloneJson(input)));
      end = Math.max(end, child.clock.now);
    } catch (e) {
      if (!(e instanceof StatesError)) throw e;
      if (failure === undefined || child.clock.now < failure.at)
        failure = { at: child.clock.now, error: e };
    }
  }
  if (failure !== undefined) {
    fiber.clock.joinAt(failure.at);
    rt.events.add('ParallelStateFailed', fiber.clock.iso(), {
      name: run.name,
      details: { error: failure.error.error, cause: failure.error.causeText },
      history: fiber.history,
    });
    throw failure.error;
  }
  fiber.clock.joinAt(end);
  rt.events.add('ParallelStateSucceeded', fiber.clock.iso(), {
    name: run.name,
    history: fiber.history,
  });
  return results;
}
