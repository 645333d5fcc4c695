import { withTimeout } from '../util/with-timeout.ts';
import {
  DEFAULT_TIMEOUT_MS,
  budgetExceeded,
  type Engine,
  type EngineOutcome,
  type RunRequest,
} from './engine-contract.ts';

/** Slack given to engines that enforce the budget themselves, before the caller steps in. */
const GRACE_MS = 2_000;

/**
 * Runs a request, but no longer than its wall-clock budget (`timeoutMs`, default 20 s) plus some
 * slack: the in-process engines stop themselves at it (naming the state); for the others (Step
 * Functions Local, AWS), which wait on a container or the network, this gives up on the run
 * with an `AslcError` (`ExecutionBudgetExceeded`).
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, engine: Engine;
 * const outcome = await runWithinBudget(engine, { definition, input: {}, timeoutMs: 5_000 });
 * ```
 */
export function runWithinBudget(engine: Engine, request: RunRequest): Promise<EngineOutcome> {
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) return engine.run(request);
  return withTimeout(engine.run(request), timeoutMs + GRACE_MS, () =>
    budgetExceeded(
      `the run ran longer than its wall-clock budget of ${timeoutMs / 1000} s on the ${engine.name} engine`,
    ),
  );
}
