import type { CommandSpec, LoadedHandler } from '../command-spec.ts';

/** `aslc init [dir]`: a new project that builds and tests right after `npm install`. */
export const initCommand = {
  name: 'init',
  describe: 'Start a project: config, a workflow module, an environment and a test case',
  positionals: [
    { name: 'dir', required: false, describe: 'Folder of the new project (default: .)' },
  ],
  options: {
    name: {
      type: 'string',
      describe: "The project's package name (default: the folder's name)",
    },
  },
  examples: [
    ['aslc init my-workflows', 'create my-workflows/ with a project that builds and tests'],
    ['aslc init', 'start a project in the current folder (nothing is overwritten)'],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/init.ts')).handleInit,
} as const satisfies CommandSpec;
