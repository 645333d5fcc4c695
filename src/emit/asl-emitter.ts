import type { AslStateMachine } from '../asl/types.ts';
import { keyedObject, setOwn } from '../util/json.ts';
import type { GraphNode } from '../ir/graph-node.ts';
import type { StateNode } from '../ir/state-node.ts';
import type { StateMachineNode } from '../ir/state-machine-node.ts';
import { MACHINE_KEY_ORDER, ordered } from './key-order.ts';
import type { PlaceholderWriter } from './placeholder-text.ts';
import { emitState } from './state-emitter.ts';
import { DEFAULT_EMIT_CONTEXT, emitValue, type EmitContext } from './value-emitter.ts';

/** Options of {@link emitAsl}. */
export interface EmitOptions {
  /**
   * How a deploy-time placeholder is written, given its name and where it sits (`'intrinsic'`:
   * inside a quoted intrinsic argument). Default: `${Name}`.
   */
  readonly placeholder?: PlaceholderWriter;
}

/** Emits a graph: `{Comment?, StartAt, States}` with states in the IR's order. */
export function emitGraph(graph: GraphNode, ctx: EmitContext): Record<string, unknown> {
  const states = keyedObject();
  const list = graph.states;
  // setOwn: a state named `__proto__` is a state, not a prototype change. Indexed loops here
  // and in the emitters: the first (cold) build runs them before the JIT optimises them, and
  // for…of allocates an iterator result per item until then.
  for (let i = 0; i < list.length; i++) {
    const state = list[i] as StateNode;
    setOwn(states, state.name, emitState(state, ctx, emitGraph));
  }
  const out: Record<string, unknown> = {};
  if (graph.comment !== undefined) out['Comment'] = graph.comment;
  out['StartAt'] = graph.startAt;
  out['States'] = states;
  return out;
}

/**
 * Emits a state machine as an ASL object. Pure: the same IR gives the same object, keys in the
 * canonical order (src/emit/README.md).
 *
 * @example
 * ```ts
 * const asl = emitAsl(machineNode);
 * asl.StartAt; // 'Hello'
 * ```
 */
export function emitAsl(machine: StateMachineNode, options: EmitOptions = {}): AslStateMachine {
  const ctx: EmitContext =
    options.placeholder === undefined ? DEFAULT_EMIT_CONTEXT : { placeholder: options.placeholder };
  const graph = emitGraph(machine.graph, ctx);
  const out = ordered(
    {
      Comment: machine.comment,
      Version: machine.version,
      QueryLanguage: machine.queryLanguage,
      TimeoutSeconds: machine.timeoutSeconds,
      StartAt: graph['StartAt'],
      States: graph['States'],
    },
    MACHINE_KEY_ORDER,
  );
  // Fields set through the DSL's `extra`: last, sorted by key.
  for (const e of machine.extra?.entries ?? []) setOwn(out, e.key, emitValue(e.value, ctx));
  return out as unknown as AslStateMachine;
}
