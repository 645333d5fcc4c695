import { ENGINE_NAMES } from '../../run/engine-contract.ts';
import type { CommandSpec, LoadedHandler } from '../command-spec.ts';
import { ENGINE_OPTIONS } from './engine-options.ts';

/**
 * `aslc run <workflow>`: one execution. Prints exactly one JSON object on stdout,
 * `{"status","output","error","cause"}`; diagnostics go to stderr. Exit 0 when the execution
 * ran (whatever its status), 1 when it could not run, 2 for a wrong command line.
 */
export const runCommand = {
  name: 'run',
  describe: 'Execute a workflow locally (virtual time, mocked Task states) and print its result',
  positionals: [
    { name: 'workflow', required: true, describe: 'ASL JSON file (*.asl.json) or workflow module' },
  ],
  options: {
    ...ENGINE_OPTIONS,
    input: {
      type: 'string',
      alias: 'i',
      nargs: 1, // so that `--input -` takes the dash as its value
      describe:
        'Execution input: a file if one exists at that path, else inline JSON; - for stdin (default {})',
    },
    mocks: {
      type: 'string',
      alias: 'm',
      describe: 'Mock file in the Step Functions Local MockConfigFile format',
    },
    'test-case': {
      type: 'string',
      alias: 't',
      describe: 'Test case of the mock file (default: its only one)',
    },
    'state-machine': {
      type: 'string',
      describe: 'State machine name in the mock file (default: its only one)',
    },
    engine: {
      type: 'string',
      alias: 'e',
      choices: ENGINE_NAMES,
      default: 'native',
      describe: 'Execution engine',
    },
    'execution-name': { type: 'string', describe: '$$.Execution.Name' },
    timeout: {
      type: 'number',
      describe: 'Wall-clock limit of the execution in seconds (default 20; 0: none)',
    },
    type: {
      type: 'string',
      choices: ['STANDARD', 'EXPRESS'],
      default: 'STANDARD',
      upperCase: true,
      describe: 'Workflow type (EXPRESS: 5-minute limit)',
    },
    events: {
      type: 'boolean',
      default: false,
      describe: 'Print the states entered to stderr',
    },
    statuses: {
      type: 'boolean',
      default: false,
      describe:
        'Add "statuses" to the output: the status updates a job plan sent to its sink, in order ("<job> <STATUS>")',
    },
    report: {
      type: 'boolean',
      default: false,
      describe:
        'Add "report" to the output: state transitions, history events and payload sizes against the quotas, estimated cost',
    },
    trace: {
      type: 'string',
      describe: "Draw the execution's path into FILE (.svg, .mmd/.mermaid or .dot/.gv)",
    },
    'pricing-region': {
      type: 'string',
      describe: 'Region of the --report cost estimate (default us-east-1)',
    },
  },
  examples: [
    ['aslc run order.asl.json --input input.json', 'run on the native engine, print the result'],
    ['aslc run order.asl.json --input \'{"id": 42}\'', 'inline JSON input'],
    ['cat input.json | aslc run order.asl.json --input -', 'input from standard input'],
    [
      'aslc run order.asl.json --mocks mocks.json --test-case HappyPath',
      'serve Task states from a Step Functions Local mock file',
    ],
    [
      'aslc run order.asl.json --engine embedded --events',
      'other engine; states entered on stderr',
    ],
    ['aslc run order.asl.json --report', 'add transitions, quotas and cost to the JSON'],
    [
      'aslc run nightly.plan.yaml --mocks mocks.json --statuses',
      'a job plan: add the status updates it sent to the JSON (mocks: aslc mocks)',
    ],
    ['aslc run order.asl.json --trace trace.svg', 'draw the path taken (.svg, .mmd or .dot)'],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/run.ts')).handleRun,
} as const satisfies CommandSpec;
