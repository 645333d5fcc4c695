import type { CommandSpec, LoadedHandler } from '../command-spec.ts';

/** `aslc validate <files..>`: layer 1 (schema) and layer 2 (semantic rules), offline. */
export const validateCommand = {
  name: 'validate',
  describe: 'Validate Amazon States Language definitions (files or folders of *.json)',
  positionals: [
    {
      name: 'files',
      variadic: true,
      required: true,
      describe:
        'Definition files or folders (their *.asl.json files, else every *.json; sorted); a lone - reads stdin',
    },
  ],
  options: {
    format: {
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      describe: 'Output: text lines, or one JSON document',
    },
    type: {
      type: 'string',
      choices: ['STANDARD', 'EXPRESS'],
      default: 'STANDARD',
      upperCase: true,
      describe: 'State machine type (EXPRESS allows request-response integrations only)',
    },
    'allow-placeholders': {
      type: 'boolean',
      default: false,
      describe: 'Accept ${Name} deploy-time placeholders (SAM, CloudFormation, Terraform)',
    },
    remote: {
      type: 'boolean',
      default: false,
      describe: "Also call AWS's ValidateStateMachineDefinition when credentials resolve",
    },
  },
  examples: [
    ['aslc validate flow.asl.json', 'validate one definition'],
    ['aslc validate statemachines/ --format json', 'validate a folder, one JSON document'],
    ['aslc validate flow.asl.json --type EXPRESS', 'validate for an EXPRESS state machine'],
    ['aslc validate template.asl.json --allow-placeholders', 'accept ${Name} placeholders'],
    ['aslc validate flow.asl.json --remote', "also ask AWS's ValidateStateMachineDefinition"],
  ],
  load: async (): Promise<LoadedHandler> =>
    (await import('../handlers/validate.ts')).handleValidate,
} as const satisfies CommandSpec;
