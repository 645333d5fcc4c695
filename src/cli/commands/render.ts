import { DIAGRAM_FORMATS } from '../../render/diagram-format.ts';
import type { CommandSpec, LoadedHandler } from '../command-spec.ts';

/** `aslc render <workflow>`: a diagram of the states and transitions. */
export const renderCommand = {
  name: 'render',
  describe: 'Draw a workflow or a job plan as a Mermaid, Graphviz DOT or SVG diagram',
  positionals: [
    { name: 'workflow', required: true, describe: 'ASL JSON file, workflow module or plan' },
  ],
  options: {
    format: {
      type: 'string',
      alias: 'f',
      choices: DIAGRAM_FORMATS,
      describe: "Diagram format (default: from --out's extension, else mermaid)",
    },
    out: {
      type: 'string',
      alias: 'o',
      describe: 'Write the diagram to FILE instead of standard output',
    },
    coverage: {
      type: 'string',
      describe: 'Colour covered and uncovered states and transitions from a coverage.json',
    },
    states: {
      type: 'boolean',
      default: false,
      describe: "A plan: draw its state machine's states instead of its jobs and groups",
    },
  },
  examples: [
    ['aslc render order.asl.json', 'print a Mermaid flowchart (paste it into Markdown)'],
    ['aslc render order.asl.json --format dot', 'print Graphviz DOT'],
    ['aslc render order.asl.json --out docs/order.svg', 'write an SVG (format from the extension)'],
    ['aslc render order.asl.json -f mermaid -o docs/order.mmd', 'write a Mermaid file'],
    [
      'aslc render order.ts --coverage coverage/coverage.json -o cov.svg',
      'colour what aslc test --coverage covered',
    ],
    ['aslc render nightly.plan.yaml -o plan.svg', 'draw a plan as its jobs and groups'],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/render.ts')).handleRender,
} as const satisfies CommandSpec;
