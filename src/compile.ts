import type { AslStateMachine } from './asl/types.ts';
import { AslcError } from './util/errors.ts';
import { emitAsl } from './emit/asl-emitter.ts';
import { serializeAsl } from './emit/serialize.ts';
import { dollarBrace, type PlaceholderWriter } from './emit/placeholder-text.ts';
import { countStates, extraFieldPointers } from './ir/traverse.ts';
import type { StateMachine } from './dsl/state-machine.ts';
import { validate } from './validate/validate.ts';
import { formatDiagnostic, type Diagnostic } from './validate/diagnostic.ts';

/** Options of {@link compile}. */
export interface CompileOptions {
  /**
   * How deploy-time placeholders are written (default `${Name}`), given the name and where the
   * placeholder sits (`'intrinsic'`: inside a quoted intrinsic argument, where `'`, `{`, `}` and
   * `\` need a backslash).
   */
  readonly placeholder?: PlaceholderWriter;
  /**
   * Validate the compiled definition (default `true`): errors make `compile` throw
   * {@link InvalidDefinitionError}; warnings are returned in `diagnostics` (a field set through
   * `extra` that the validator does not know is an `ExtraField` warning).
   */
  readonly validate?: boolean;
  /** The state machine type, for validation (EXPRESS allows no `.sync` / `.waitForTaskToken`). */
  readonly type?: 'STANDARD' | 'EXPRESS';
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
  /** Validation warnings (empty when validation is off). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Thrown by {@link compile} when the compiled definition does not validate. */
export class InvalidDefinitionError extends AslcError {
  /** Every diagnostic of the definition, errors and warnings. */
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0] as Diagnostic;
    super(
      'InvalidDefinition',
      `the compiled definition has ${errors.length} validation error${errors.length === 1 ? '' : 's'}; first: ${formatDiagnostic(first)}`,
      {
        ...(first.state === undefined ? {} : { state: first.state }),
        hint: 'fix the workflow, or compile with validation off (--no-validate) to inspect the output',
      },
    );
    this.diagnostics = diagnostics;
  }
}

/**
 * Compiles a state machine to ASL: the document, its canonical JSON text, and facts about it.
 * The definition is validated (spec/asl.md rules, as `aslc validate` does; placeholders are
 * accepted): an error throws {@link InvalidDefinitionError}, unless `validate: false`.
 *
 * @example
 * ```ts
 * const { json } = compile(stateMachine({ definition: pass('Hello') }));
 * // '{\n  "StartAt": "Hello",\n  "States": {\n    "Hello": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}\n'
 * ```
 */
export function compile(machine: StateMachine, options: CompileOptions = {}): CompileResult {
  const placeholders = new Set<string>();
  const write = options.placeholder ?? dollarBrace;
  const asl = emitAsl(machine.node, {
    placeholder: (name, context) => {
      placeholders.add(name);
      return write(name, context);
    },
  });
  const json = serializeAsl(asl);
  let diagnostics: Diagnostic[] = [];
  if (options.validate !== false) {
    // Validate the `${Name}` form of placeholders, whatever text the caller writes for them.
    const checked =
      options.placeholder !== undefined && placeholders.size > 0 ? emitAsl(machine.node) : asl;
    diagnostics = validate(checked, {
      type: options.type ?? 'STANDARD',
      allowPlaceholders: placeholders.size > 0,
      definitionBytes: Buffer.byteLength(json),
      extraFields: extraFieldPointers(machine.node),
    });
    if (diagnostics.some((d) => d.severity === 'error'))
      throw new InvalidDefinitionError(diagnostics);
  }
  return Object.freeze({
    asl,
    json,
    stateCount: countStates(machine.node.graph),
    placeholders: Object.freeze([...placeholders].sort()),
    diagnostics: Object.freeze(diagnostics),
  });
}
