/**
 * aslc's in-repository ASL interpreter (the `native` engine): runs any ASL definition, in both
 * query languages, the way AWS Step Functions does, on a virtual clock. See README.md.
 *
 * @example
 * ```ts
 * import { interpret } from './index.ts';
 * const result = await interpret(
 *   { StartAt: 'P', States: { P: { Type: 'Pass', Result: 1, End: true } } },
 *   { input: {} },
 * );
 * result.status; // 'SUCCEEDED'
 * ```
 */
export { interpret } from './interpret.ts';
export type {
  ContextObject,
  ExecutionEvent,
  ExecutionResult,
  ExecutionStatus,
  InterpretOptions,
  ItemReaderHandler,
  TaskHandler,
  TaskInvocation,
  TaskOutcome,
} from './types.ts';
export { DEFAULT_START_TIME } from './context.ts';
export { ExecutionBudgetExceeded, InterpreterError } from './errors.ts';
export {
  DEFAULT_TIMEOUT_MS,
  HISTORY_EVENTS_QUOTA,
  MAX_JSON_DEPTH,
  MAX_STATE_NESTING,
} from './limits.ts';
