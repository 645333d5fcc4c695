import { isJsonObject } from '../../util/json.ts';
import { statesOf } from '../../asl/walk.ts';

/** Payload-template fields whose `"k.$": "$$.State.Name"` entries are made literal. */
const TEMPLATES = ['Parameters', 'ResultSelector', 'ItemSelector'] as const;

/** What the embedded engine gets: a prepared copy of the definition and its run overrides. */
export interface EmbeddedPlan {
  /** A copy of the definition, adapted to the engine. */
  readonly definition: Record<string, unknown>;
  /** `waitTimeOverrides`: milliseconds per Wait state (absent in real time). */
  readonly waitTimeOverrides?: Record<string, number>;
  /** `retryIntervalOverrides`: milliseconds per retrying state (absent in real time). */
  readonly retryIntervalOverrides?: Record<string, number>;
  /** The machine's deadline in seconds when aslc emulates it on the virtual clock. */
  readonly virtualDeadline?: number;
}

/**
 * Adapts a definition to aws-local-stepfunctions:
 * - `"k.$": "$$.State.Name"` in `Parameters`/`ResultSelector`/`ItemSelector` becomes the literal
 *   `"k": "<state name>"` (the engine's context object is the same for every state);
 * - `"ResultPath": "$"` (of a state or a catcher) is removed: the engine reads it as a key named
 *   `$` (`{…input, "$": result}`), while in ASL it means the result replaces the input, which is
 *   also what an absent ResultPath means;
 * - on the virtual clock, Waits and retry intervals are shortened (1 ms for top-level states
 *   when a deadline is emulated, so that the event log is read before the next state starts;
 *   0 ms otherwise), and the machine deadline (`TimeoutSeconds`, 300 s for EXPRESS) is removed
 *   from the copy and returned as `virtualDeadline`, which the event-log clock enforces;
 * - in real time, an EXPRESS machine gets `TimeoutSeconds` of at most 300.
 *
 * @example
 * ```ts
 * const plan = planEmbedded(definition, { time: 'virtual', type: 'STANDARD' });
 * new StateMachine(plan.definition).run(input, { overrides: { waitTimeOverrides: plan.waitTimeOverrides } });
 * ```
 */
export function planEmbedded(
  definition: unknown,
  options: { readonly time: 'virtual' | 'real'; readonly type: 'STANDARD' | 'EXPRESS' },
): EmbeddedPlan {
  const copy = (isJsonObject(definition) ? structuredClone(definition) : {}) as Record<
    string,
    unknown
  >;
  const states = statesOf(copy);
  for (const { name, state } of states) {
    for (const field of TEMPLATES) {
      if (state[field] !== undefined) {
        (state as Record<string, unknown>)[field] = literalStateName(state[field], name);
      }
    }
    dropRootResultPath(state as Record<string, unknown>);
    if (Array.isArray(state['Catch'])) {
      for (const catcher of state['Catch']) if (isJsonObject(catcher)) dropRootResultPath(catcher);
    }
  }
  const timeout = typeof copy['TimeoutSeconds'] === 'number' ? copy['TimeoutSeconds'] : undefined;
  const deadline = options.type === 'EXPRESS' ? Math.min(timeout ?? 300, 300) : timeout;
  if (options.time === 'real') {
    if (deadline !== undefined) copy['TimeoutSeconds'] = deadline;
    return { definition: copy };
  }
  delete copy['TimeoutSeconds'];
  const waitTimeOverrides: Record<string, number> = {};
  const retryIntervalOverrides: Record<string, number> = {};
  for (const { name, state, scope } of states) {
    const ms = deadline !== undefined && scope.depth === 0 ? 1 : 0;
    if (state['Type'] === 'Wait') waitTimeOverrides[name] = ms;
    if (Array.isArray(state['Retry'])) retryIntervalOverrides[name] = ms;
  }
  return {
    definition: copy,
    waitTimeOverrides,
    retryIntervalOverrides,
    ...(deadline !== undefined ? { virtualDeadline: deadline } : {}),
  };
}

/** `"ResultPath": "$"` is ASL's default: removing it keeps the meaning on every engine. */
function dropRootResultPath(holder: Record<string, unknown>): void {
  if (holder['ResultPath'] === '$') delete holder['ResultPath'];
}

function literalStateName(template: unknown, stateName: string): unknown {
  if (Array.isArray(template)) return template.map((t) => literalStateName(t, stateName));
  if (!isJsonObject(template)) return template;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$') && typeof value === 'string' && value.trim() === '$$.State.Name') {
      out[key.slice(0, -2)] = stateName;
    } else {
      out[key] = literalStateName(value, stateName);
    }
  }
  return out;
}
