/**
 * Running a Map state's iterations. They are executed one after the other in item order (so
 * mocks are consumed deterministically) while their clocks model AWS's concurrency: with
 * `MaxConcurrency` n, iteration i starts when one of n slots frees up (0 means as many as
 * possible: 40 for an inline Map, 10,000 for a Distributed Map). Results are in item order.
 * Inline Map: the first failing iteration fails the state with its error. Distributed Map:
 * failures are counted against `ToleratedFailureCount` / `ToleratedFailurePercentage`
 * (`States.ExceedToleratedFailureThreshold` beyond them); children cannot see outer variables.
 */
import { isJsonObject } from '../../util/json.ts';
import { StatesError } from './errors.ts';
import { History, HistoryLimitReached } from './events.ts';
import { cloneJson } from './json-values.ts';
import type { AslItemProcessor } from '../../asl/types.ts';
import type { Fiber, GraphRunner, StateRun } from './runtime.ts';
import { VariableScope } from './scope.ts';

/** How the iterations run. */
export interface MapRunOptions {
  /** Runs the item processor (passed in by the Map handler: no import cycle). */
  readonly runGraph: GraphRunner;
  readonly processor: AslItemProcessor;
  readonly maxConcurrency: number;
  readonly distributed: boolean;
  readonly toleratedFailureCount: number | undefined;
  readonly toleratedFailurePercentage: number | undefined;
}

/**
 * Runs every iteration and returns their outputs in item order (null for a tolerated failure).
 *
 * @example
 * ```ts
 * const results = await runIterations(run, [1, 2, 3], options);
 * ```
 */
export async function runIterations(
  run: StateRun,
  inputs: readonly unknown[],
  options: MapRunOptions,
): Promise<unknown[]> {
  const fiber = run.fiber;
  const rt = fiber.rt;
  const start = fiber.clock.now;
  const limit =
    options.maxConcurrency > 0 ? options.maxConcurrency : options.distributed ? 10_000 : 40;
  const slots: number[] = new Array<number>(Math.max(1, Math.min(limit, inputs.length))).fill(
    start,
  );
  const parent = fiber.history;
  rt.events.add('MapStateStarted', fiber.clock.iso(), {
    name: run.name,
    details: { length: inputs.length },
    history: parent,
  });
  // A Distributed Map child is an execution of its own, with its own history (and quota).
  const config = options.processor.ProcessorConfig;
  const childType =
    isJsonObject(config) && config.ExecutionType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
  const results: unknown[] = [];
  let end = start;
  let failures = 0;
  let firstFailure: { readonly at: number; readonly error: StatesError } | undefined;
  for (const [index, input] of inputs.entries()) {
    let slot = 0;
    for (let s = 1; s < slots.length; s++) if ((slots[s] ?? 0) < (slots[slot] ?? 0)) slot = s;
    rt.budget.check();
    const child: Fiber = {
      rt,
      clock: fiber.clock.fork(slots[slot]),
      scope: options.distributed ? new VariableScope() : fiber.scope.child(),
      history: options.distributed ? new History(childType, true) : parent,
    };
    const history = child.history;
    rt.events.add('MapIterationStarted', child.clock.iso(), {
      name: run.name,
      details: { index },
      history,
    });
    try {
      results.push(await options.runGraph(child, options.processor, cloneJson(input)));
      rt.events.add('MapIterationSucceeded', child.clock.iso(), {
        name: run.name,
        details: { index },
        history,
        terminal: options.distributed,
      });
    } catch (caught) {
      // A child execution that reaches its own history quota fails; the Map counts the failure.
      const e =
        options.distributed && caught instanceof HistoryLimitReached
          ? new StatesError(caught.error, caught.causeText)
          : caught;
      if (!(e instanceof StatesError)) throw e;
      rt.events.add('MapIterationFailed', child.clock.iso(), {
        name: run.name,
        details: { index, error: e.error, cause: e.causeText },
        history,
        terminal: options.distributed,
      });
      if (!options.distributed) {
        fiber.clock.joinAt(child.clock.now);
        rt.events.add('MapStateFailed', fiber.clock.iso(), { name: run.name, history: parent });
        throw e;
      }
      failures += 1;
      firstFailure ??= { at: child.clock.now, error: e };
      results.push(null);
    }
    slots[slot] = child.clock.now;
    end = Math.max(end, child.clock.now);
  }
  fiber.clock.joinAt(end);
  if (failures > 0 && exceedsTolerance(failures, inputs.length, options)) {
    rt.events.add('MapStateFailed', fiber.clock.iso(), { name: run.name, history: parent });
    throw new StatesError(
      'States.ExceedToleratedFailureThreshold',
      'The specified tolerated failure threshold was exceeded',
    );
  }
  rt.events.add('MapStateSucceeded', fiber.clock.iso(), { name: run.name, history: parent });
  return results;
}

function exceedsTolerance(failures: number, total: number, options: MapRunOptions): boolean {
  const count = options.toleratedFailureCount;
  const pct = options.toleratedFailurePercentage;
  if (count === undefined && pct === undefined) return true;
  if (count !== undefined && failures > count) return true;
  if (pct !== undefined && (failures / total) * 100 > pct) return true;
  return false;
}
