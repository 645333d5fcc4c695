/** The diagram formats and the file extensions that imply them (no renderer is loaded here). */

/** The diagram formats. */
export const DIAGRAM_FORMATS = ['mermaid', 'dot', 'svg'] as const;

/** One of {@link DIAGRAM_FORMATS}. */
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

const BY_EXTENSION: ReadonlyMap<string, DiagramFormat> = new Map([
  ['.mmd', 'mermaid'],
  ['.mermaid', 'mermaid'],
  ['.dot', 'dot'],
  ['.gv', 'dot'],
  ['.svg', 'svg'],
]);

/**
 * The format a file name's extension implies (`.svg`, `.mmd`/`.mermaid`, `.dot`/`.gv`), or
 * undefined.
 *
 * @example
 * ```ts
 * diagramFormatFor('out/trace.svg'); // 'svg'
 * ```
 */
export function diagramFormatFor(path: string): DiagramFormat | undefined {
  const m = /\.[^./\\]+$/.exec(path);
  return m === null ? undefined : BY_EXTENSION.get(m[0].toLowerCase());
}
