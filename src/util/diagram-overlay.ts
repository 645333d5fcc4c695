/**
 * What a diagram can show on top of a workflow's states and transitions: test coverage (what a
 * suite exercised) or the trace of one execution (where it went, how often, where it failed).
 * Plain data, so that the renderer (src/render) draws what src/run computes without either
 * importing the other.
 */

/** One state's figures. States not listed were never entered. */
export interface OverlayState {
  readonly name: string;
  /** Times the state was entered. */
  readonly count: number;
  /** The state failed (or was running when the execution timed out). */
  readonly failed?: boolean;
  /** Retries of the state (every retrier together). */
  readonly retries?: number;
}

/**
 * One transition's count. `transition` names it as the ASL does: `Next`, `Default`,
 * `Choices[i]` or `Catch[i]`. Transitions not listed were never taken.
 */
export interface OverlayTransition {
  readonly state: string;
  readonly transition: string;
  readonly count: number;
}

/**
 * An overlay: `coverage` colours covered and uncovered states and transitions; `trace` draws one
 * execution's path with counts, the failing state and retries.
 */
export interface DiagramOverlay {
  readonly mode: 'coverage' | 'trace';
  readonly states: readonly OverlayState[];
  readonly transitions: readonly OverlayTransition[];
  /** A caption for the diagram (e.g. `coverage 83.3%`; `\n` breaks lines). */
  readonly title?: string;
}
