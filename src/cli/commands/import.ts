import type { CommandSpec, LoadedHandler } from '../command-spec.ts';

/**
 * `aslc import <inputs..>`: ASL definitions, SAM/CloudFormation templates and Serverless
 * services → TypeScript workflow modules, each checked to compile back to its definition.
 */
export const importCommand = {
  name: 'import',
  describe:
    'Turn ASL definitions, SAM/CloudFormation templates and serverless.yml state machines into TypeScript workflow modules',
  positionals: [
    {
      name: 'inputs',
      variadic: true,
      required: true,
      describe:
        'ASL JSON files, SAM/CloudFormation templates (JSON or YAML), serverless.yml files, or folders of them',
    },
  ],
  options: {
    out: {
      type: 'string',
      alias: 'o',
      describe:
        'Output folder (mirrors input folders); by default each module is written beside its input',
    },
    name: {
      type: 'string',
      describe: 'File name of the module (without .ts), when one state machine is imported',
    },
    force: {
      type: 'boolean',
      default: false,
      describe: 'Overwrite modules that exist with other content',
    },
    format: {
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      describe: 'Output: text lines, or one JSON document',
    },
  },
  examples: [
    ['aslc import order.asl.json', 'write order.ts beside the definition'],
    ['aslc import template.yaml --out workflows', 'one module per state machine of a SAM template'],
    [
      'aslc import serverless.yml --out workflows',
      'the stepFunctions.stateMachines of a Serverless service',
    ],
    ['aslc import statemachines --out workflows', 'every definition of a folder (mirrored)'],
    ['aslc import flow.asl.json --out workflows --name orders', 'choose the module name'],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/import.ts')).handleImport,
} as const satisfies CommandSpec;
