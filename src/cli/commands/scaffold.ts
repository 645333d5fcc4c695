import type { CommandSpec, LoadedHandler } from '../command-spec.ts';

/**
 * `aslc scaffold <request.json> --environment <environment.json> [--write-env-file PATH]`:
 * runs the demand-execution scaffolding on a request and prints the response as canonical
 * JSON. The environment file gives the env base, region, EFS file systems and access points
 * (DescribeFileSystems / DescribeAccessPoints items) and whether the env file is writable.
 */
export const scaffoldCommand = {
  name: 'scaffold',
  describe:
    'Prepare demand-execution scaffolding: print the Batch job, data-sync and clean-up requests',
  positionals: [
    {
      name: 'request',
      required: true,
      describe: 'PrepareDemandScaffoldingRequest JSON file (- for stdin)',
    },
  ],
  options: {
    environment: {
      type: 'string',
      alias: 'e',
      required: true,
      describe:
        'Environment JSON: {"env_base", "region", "file_systems", "access_points", "env_file_writable"}',
    },
    'write-env-file': {
      type: 'string',
      describe: 'Also write the env file content (when the response needs one) to this path',
    },
  },
  examples: [
    [
      'aslc scaffold request.json --environment env.json',
      'print the PrepareDemandScaffoldingResponse of request.json',
    ],
    [
      'aslc scaffold - -e env.json --write-env-file .demand.env < request.json',
      'read the request from stdin and also write the env file',
    ],
  ],
  load: async (): Promise<LoadedHandler> =>
    (await import('../handlers/scaffold.ts')).handleScaffold,
} as const satisfies CommandSpec;
