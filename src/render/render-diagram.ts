/**
 * One entry point for the three diagram formats, chosen by name or by a file's extension (for
 * commands that write a diagram beside their main output, such as `aslc run --trace`).
 */
import { renderDot } from './dot.ts';
import { renderMermaid } from './mermaid.ts';
import type { RenderOptions } from './overlay.ts';
import { renderSvg } from './svg.ts';

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

/**
 * Renders a definition in a format.
 *
 * @example
 * ```ts
 * const text = await renderDiagram(definition, 'svg', { overlay });
 * ```
 */
export async function renderDiagram(
  definition: unknown,
  format: DiagramFormat,
  options: RenderOptions = {},
): Promise<string> {
  switch (format) {
    case 'mermaid':
      return renderMermaid(definition, options);
    case 'dot':
      return renderDot(definition, options);
    case 'svg':
      return renderSvg(definition, options);
  }
}
