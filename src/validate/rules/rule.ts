import type { DiagnosticCode } from '../codes.ts';
import type { Diagnostic, DiagnosticExtras } from '../diagnostic.ts';
import type { MachineIndex, StateInfo } from '../model/machine-index.ts';
import type { ResolvedOptions } from '../options.ts';

/** What a semantic rule gets: the definition, walked once, and a way to report. */
export interface RuleContext {
  readonly definition: unknown;
  readonly options: ResolvedOptions;
  readonly index: MachineIndex;
  /** Reports a diagnostic; `state` names the state involved, when there is one. */
  report(
    code: DiagnosticCode,
    path: string,
    message: string,
    extras?: DiagnosticExtras & { readonly stateInfo?: StateInfo },
  ): void;
  /** The diagnostics reported so far (read-only; for rules that avoid repeating others). */
  readonly reported: readonly Diagnostic[];
}

/** One semantic rule (one file under src/validate/rules/). */
export interface Rule {
  /** kebab-case name, the file name. */
  readonly name: string;
  /** The codes this rule may report. */
  readonly codes: readonly DiagnosticCode[];
  /** One line for the README. */
  readonly description: string;
  check(ctx: RuleContext): void;
}
