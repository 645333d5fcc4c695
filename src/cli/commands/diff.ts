import type { CommandSpec, LoadedHandler } from '../command-spec.ts';

/** `aslc diff <before> <after>`: a semantic diff of two definitions. */
export const diffCommand = {
  name: 'diff',
  describe: 'Compare two ASL definitions: states, renames, transitions and fields',
  positionals: [
    {
      name: 'before',
      required: true,
      describe: 'The old definition (ASL JSON or workflow module)',
    },
    { name: 'after', required: true, describe: 'The new definition (ASL JSON or workflow module)' },
  ],
  options: {
    format: {
      type: 'string',
      alias: 'f',
      choices: ['text', 'json'],
      default: 'text',
      describe: 'Output: text lines, or one JSON document',
    },
  },
  examples: [
    ['aslc diff old/order.asl.json order.asl.json', 'one line per change, then a summary'],
    ['aslc diff a.asl.json b.asl.json --format json', 'the changes as JSON'],
    [
      'aslc diff <(git show HEAD:order.asl.json) order.asl.json -q',
      'compare with the last commit; exit 1 when they differ',
    ],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/diff.ts')).handleDiff,
} as const satisfies CommandSpec;
