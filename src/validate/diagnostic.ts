import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.ts';

/** How bad a finding is: errors make a definition invalid, warnings never do. */
export type Severity = 'error' | 'warning';

/** One finding of the validator. */
export interface Diagnostic {
  /** aslc's stable PascalCase code (see `DIAGNOSTIC_CODES`). */
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** One sentence for people. */
  readonly message: string;
  /** JSON pointer (RFC 6901) into the definition; `''` is the whole document. */
  readonly path: string;
  /** The state involved, when there is one. */
  readonly state?: string;
  /** What to do instead. */
  readonly hint?: string;
  /** The ValidateStateMachineDefinition code AWS uses for the same defect, when there is one. */
  readonly awsCode?: string;
  /** 1-based line of a JSON syntax error (InvalidJson only). */
  readonly line?: number;
  /** 1-based column of a JSON syntax error (InvalidJson only). */
  readonly column?: number;
}

/** Optional parts of a diagnostic. */
export interface DiagnosticExtras {
  readonly state?: string | undefined;
  readonly hint?: string | undefined;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Builds a diagnostic; severity and AWS code come from the code catalogue.
 *
 * @example
 * ```ts
 * const d = createDiagnostic('UnreachableState', '/States/B', "State 'B' is not reachable", {
 *   state: 'B',
 * });
 * d.awsCode; // 'MISSING_TRANSITION_TARGET'
 * ```
 */
export function createDiagnostic(
  code: DiagnosticCode,
  path: string,
  message: string,
  extras: DiagnosticExtras = {},
): Diagnostic {
  const entry = DIAGNOSTIC_CODES[code];
  const d: {
    -readonly [K in keyof Diagnostic]: Diagnostic[K];
  } = { code, severity: entry.severity, message, path };
  if (extras.state !== undefined) d.state = extras.state;
  if (extras.hint !== undefined) d.hint = extras.hint;
  if (entry.awsCode !== undefined) d.awsCode = entry.awsCode;
  if (extras.line !== undefined) d.line = extras.line;
  if (extras.column !== undefined) d.column = extras.column;
  return d;
}

/** Orders pointers segment by segment, numeric segments numerically. */
function comparePointers(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const x = as[i] as string;
    const y = bs[i] as string;
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

/**
 * Sorts diagnostics deterministically (by pointer, then code, then message) and drops exact
 * duplicates.
 *
 * @example
 * ```ts
 * declare const a: Diagnostic, b: Diagnostic;
 * const sorted = sortDiagnostics([b, a]);
 * ```
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort(
    (a, b) =>
      comparePointers(a.path, b.path) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  return sorted.filter(
    (d, i) =>
      i === 0 ||
      !(
        d.code === sorted[i - 1]?.code &&
        d.path === sorted[i - 1]?.path &&
        d.message === sorted[i - 1]?.message
      ),
  );
}

/**
 * Formats one diagnostic as one line of text:
 * `file:pointer: severity Code (state 'X'): message Hint: …`. A JSON syntax error shows
 * `file:line:column` instead of a pointer; the whole document shows `(root)`.
 *
 * @example
 * ```ts
 * declare const d: Diagnostic;
 * formatDiagnostic(d, { file: 'flow.asl.json' });
 * // "flow.asl.json:/States/B: error UnreachableState (state 'B'): State 'B' is not reachable"
 * ```
 */
export function formatDiagnostic(diagnostic: Diagnostic, options: { file?: string } = {}): string {
  const where =
    diagnostic.line !== undefined
      ? `${diagnostic.line}:${diagnostic.column ?? 1}`
      : diagnostic.path === ''
        ? '(root)'
        : diagnostic.path;
  const file = options.file === undefined ? '' : `${options.file}:`;
  const state = diagnostic.state === undefined ? '' : ` (state '${diagnostic.state}')`;
  const hint = diagnostic.hint === undefined ? '' : ` Hint: ${diagnostic.hint}`;
  return `${file}${where}: ${diagnostic.severity} ${diagnostic.code}${state}: ${diagnostic.message}${hint}`;
}
