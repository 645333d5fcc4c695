/**
 * Where a workflow's states were defined in its TypeScript (or JavaScript) module: recorded by
 * the DSL when asked for (`recordSourceLocations(true)`, or `ASLC_SOURCE_LOCATIONS=1`) and used
 * by coverage reports (lcov) to map states and branches to source lines. Never part of the IR or
 * of the emitted ASL.
 */

/** A position in a source file (1-based line and column). */
export interface SourceLocation {
  /** Absolute path of the file. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Where one state and its branching parts were written: the state's builder call, each Choice
 * rule's `.when(…)` and the `.otherwise(…)`, each catcher's `.catch(…)` and each retrier's
 * `.retry(…)` (or the state's call for the `retry` option), indexed as in the emitted ASL
 * (`Choices[i]`, `Catch[i]`, `Retry[i]`). Missing entries were not recorded.
 */
export interface StateSource {
  readonly state: SourceLocation;
  readonly choices?: readonly (SourceLocation | undefined)[];
  readonly default?: SourceLocation;
  readonly catchers?: readonly (SourceLocation | undefined)[];
  readonly retriers?: readonly (SourceLocation | undefined)[];
}

/** The source of every state of a machine whose location is known, by state name. */
export type StateSources = ReadonlyMap<string, StateSource>;
