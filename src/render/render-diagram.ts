/**
 * One entry point for the three diagram formats, chosen by name or by a file's extension (for
 * commands that write a diagram beside their main output, such as `aslc run --trace`).
 */
import type { DiagramFormat } from './diagram-format.ts';
import { renderDot } from './dot.ts';
import { renderMermaid } from './mermaid.ts';
import type { RenderOptions } from './overlay.ts';
import { renderSvg } from './svg.ts';

/**
 * Renders a definition in a format.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, overlay: DiagramOverlay;
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
