import type { AslStateMachine } from './util/asl.ts';
import { emitAsl } from './emit/asl-emitter.ts';
import { serializeAsl } from './emit/serialize.ts';
import { collectPlaceholders } from './ir/traverse.ts';
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

function countStates(asl: { States: Record<string, unknown> }): number {
  let n = 0;
  for (const state of Object.values(asl.States) as Record<string, unknown>[]) {
    n++;
    for (const b of (state['Branches'] as { States: Record<string, unknown> }[] | undefined) ?? [])
      n += countStates(b);
    const proc = (state['ItemProcessor'] ?? state['Iterator']) as
      { States: Record<string, unknown> } | undefined;
    if (proc !== undefined) n += countStates(proc);
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
  const asl = emitAsl(
    machine.node,
    options.placeholder === undefined ? {} : { placeholder: options.placeholder },
  );
  return Object.freeze({
    asl,
    json: serializeAsl(asl),
    stateCount: countStates(asl),
    placeholders: collectPlaceholders(machine.node),
  });
}
