import { statesOf } from '../../asl/walk.ts';
import type { RunEvent } from '../engine-contract.ts';

/** An engine event as far as the post-processing reads it. */
interface FailedEvent {
  readonly type: string;
  readonly state?: { readonly name: string; readonly type?: string };
  readonly Error?: string;
  readonly Cause?: unknown;
}

/**
 * Corrects the known divergence `fail-without-error` of aws-local-stepfunctions (see
 * known-divergences.json): a Fail state without `Error`/`ErrorPath` fails with `error: null` on
 * AWS but `FailStateError` on the engine, and one without `Cause`/`CausePath` has `cause: null`
 * on AWS but `Execution failed because of a Fail state` on the engine.
 *
 * @example
 * ```ts
 * correctFailState(definition, events, 'FailStateError', 'Execution failed because of a Fail state');
 * // { error: null, cause: null } for `{ "Type": "Fail" }`
 * ```
 */
export function correctFailState(
  definition: unknown,
  events: readonly FailedEvent[],
  error: string,
  cause: string,
): { error: string | null; cause: string | null } {
  const last = [...events]
    .reverse()
    .find((e) => e.type === 'StateFailed' && e.state?.type === 'Fail');
  if (last === undefined || last.Error !== error) return { error, cause };
  const fail = statesOf(definition).find((s) => s.name === last.state?.name)?.state;
  if (fail === undefined || fail['Type'] !== 'Fail') return { error, cause };
  const hasError = fail['Error'] !== undefined || fail['ErrorPath'] !== undefined;
  const hasCause = fail['Cause'] !== undefined || fail['CausePath'] !== undefined;
  return { error: hasError ? error : null, cause: hasCause ? cause : null };
}

/**
 * Converts one aws-local-stepfunctions event into a {@link RunEvent}.
 *
 * @example
 * ```ts
 * toRunEvent({ type: 'StateEntered', timestamp: 0, state: { name: 'A', type: 'Pass', input: {} } });
 * ```
 */
export function toRunEvent(event: {
  readonly type: string;
  readonly timestamp: number;
  readonly state?: { readonly name: string; readonly input?: unknown; readonly output?: unknown };
  readonly index?: number;
  readonly Error?: string;
  readonly Cause?: unknown;
}): RunEvent {
  const details: Record<string, unknown> = {};
  if (event.state?.input !== undefined) details['input'] = event.state.input;
  if (event.state?.output !== undefined) details['output'] = event.state.output;
  if (event.index !== undefined) details['index'] = event.index;
  if (event.Error !== undefined) details['error'] = event.Error;
  if (event.Cause !== undefined) details['cause'] = event.Cause;
  return {
    type: event.type,
    ...(event.state !== undefined ? { name: event.state.name } : {}),
    timestamp: new Date(event.timestamp).toISOString(),
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}
