import type { AslStateMachine } from './util/asl.ts';
import { emitAsl } from './emit/asl-emitter.ts';
import { serializeAsl } from './emit/serialize.ts';
import type { GraphNode } from './ir/graph-node.ts';
import type { StateMachine } from './dsl/state-machine.ts';

/** Options of {@link compile}. */
export interface CompileOptions {
  /** How deploy-time placeholders are written (default `${Name}`). */
  readonly placeholder?: (name: string) => string;
}

/** What {@link compile} produces. */
export interface CompileResult {
  /** The ASL document. */
  readonly asl: AslStateMachine;
  /** Its canonical text: 2-space indent, trailing newline, the same bytes on every run. */
  readonly json: string;
  /** Number of states, nested ones included. */
  readonly stateCount: number;
  /** Deploy-time placeholders the definition uses, sorted. */
  readonly placeholders: readonly string[];
}

function countStates(graph: GraphNode): number {
  let n = graph.states.length;
  for (const state of graph.states) {
    if (state.kind === 'Parallel') for (const b of state.branches) n += countStates(b);
    else if (state.kind === 'Map') n += countStates(state.processor);
  }
  return n;
}

/**
 * Compiles a state machine to ASL: the document, its canonical JSON text, and facts about it.
 *
 * @example
 * ```ts
 * const { json } = compile(stateMachine({ definition: pass('Hello') }));
 * // '{\n  "StartAt": "Hello",\n  "States": {\n    "Hello": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}\n'
 * ```
 */
export function compile(machine: StateMachine, options: CompileOptions = {}): CompileResult {
  const placeholders = new Set<string>();
  const write = options.placeholder ?? ((name: string) => '${' + name + '}');
  const asl = emitAsl(machine.node, {
    placeholder: (name) => {
      placeholders.add(name);
      return write(name);
    },
  });
  return Object.freeze({
    asl,
    json: serializeAsl(asl),
    stateCount: countStates(machine.node.graph),
    placeholders: Object.freeze([...placeholders].sort()),
  });
}
