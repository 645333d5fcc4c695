import type { CommandSpec, LoadedHandler } from '../command-spec.ts';

/**
 * `aslc mocks <plan>`: a mock file for a job plan (the MockConfigFile format `aslc run` and
 * `aslc test` read), every Task state mocked, every job succeeding unless `--fail` names it.
 */
export const mocksCommand = {
  name: 'mocks',
  describe:
    'Generate the mock file of a job plan: the sink accepts every status, jobs succeed or fail',
  positionals: [
    {
      name: 'plan',
      required: true,
      describe:
        'Job plan: *.plan.json, *.plan.yaml, *.plan.yml, or a module exporting definePlan(…)',
    },
  ],
  options: {
    fail: {
      type: 'string',
      array: true,
      nargs: 1,
      describe: 'A job whose run fails on every attempt (repeatable)',
    },
    error: {
      type: 'string',
      describe: 'Error of the failed jobs (default States.TaskFailed; States.Timeout: CANCELLED)',
    },
    cause: {
      type: 'string',
      describe: "Cause of the failed jobs (default: job '<name>' failed (mocked))",
    },
    'test-case': {
      type: 'string',
      alias: 't',
      describe: 'Name of the test case (default Success, or Failure with --fail)',
    },
    machine: {
      type: 'string',
      describe: 'The machine of the plan to mock (default its root; a child machine by name)',
    },
    'state-machine': {
      type: 'string',
      describe: "The machine's name in the file (default the machine's name)",
    },
    out: {
      type: 'string',
      alias: 'o',
      describe: 'Write the file (all or nothing) instead of printing it',
    },
  },
  examples: [
    ['aslc mocks nightly.plan.yaml --out cases/mocks.json', 'every job succeeds'],
    [
      'aslc mocks nightly.plan.yaml --fail price --out cases/price-fails/mocks.json',
      'the job price fails on every attempt',
    ],
    [
      'aslc mocks nightly.plan.yaml --fail publish --error States.Timeout',
      'publish times out (reported CANCELLED); print the file',
    ],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/mocks.ts')).handleMocks,
} as const satisfies CommandSpec;
