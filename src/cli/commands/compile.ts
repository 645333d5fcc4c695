import type { CommandSpec, LoadedHandler } from '../command-spec.ts';

/** `aslc compile <inputs..>`: workflow modules → `<name>.asl.json`, validated. */
export const compileCommand = {
  name: 'compile',
  describe: 'Compile TypeScript workflow modules and job plans into ASL JSON files',
  positionals: [
    {
      name: 'inputs',
      variadic: true,
      required: true,
      describe:
        'Workflow modules (.ts, .mts, .js, .mjs), plans (.plan.json, .plan.yaml) or folders of them',
    },
  ],
  options: {
    out: {
      type: 'string',
      alias: 'o',
      describe: 'Output folder (mirrors the input folders)',
    },
    stdout: {
      type: 'boolean',
      default: false,
      describe: 'Print the ASL instead of writing files',
    },
    check: {
      type: 'boolean',
      default: false,
      describe: 'Write nothing; exit 1 when an output differs from the file on disk',
    },
    update: {
      type: 'boolean',
      default: false,
      describe: 'Rewrite only the outputs whose content changed',
    },
    validate: {
      type: 'boolean',
      default: true,
      describe: 'Validate every definition (--no-validate skips it)',
    },
    type: {
      type: 'string',
      choices: ['STANDARD', 'EXPRESS'],
      default: 'STANDARD',
      upperCase: true,
      describe: 'State machine type, for validation',
    },
    format: {
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      describe: 'Output: text lines, or one JSON document',
    },
  },
  examples: [
    [
      'aslc compile fixtures/workflows --out out',
      'compile every workflow module under the folder into out/',
    ],
    ['aslc compile flows/order.ts --stdout', 'print the ASL of one module'],
    [
      'aslc compile fixtures/workflows --out golden/workflows --check',
      'exit 1 if any output differs from what is on disk',
    ],
    [
      'aslc compile fixtures/workflows --out golden/workflows --update',
      'rewrite only the outputs that changed',
    ],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/compile.ts')).handleCompile,
} as const satisfies CommandSpec;
