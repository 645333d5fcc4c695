import { ENGINE_NAMES } from '../../run/engine-contract.ts';
import type { CommandSpec, LoadedHandler } from '../command-spec.ts';
import { ENGINE_OPTIONS } from './engine-options.ts';

/**
 * `aslc test [cases..]`: finds case folders (with an `expected.json`) recursively, runs each on
 * the chosen engines and prints a table (or JSON) of verdicts. Exit 1 when any case fails,
 * 0 otherwise (skips do not fail).
 */
export const testCommand = {
  name: 'test',
  describe: 'Run execution cases (folders with expected.json) on one or more engines',
  positionals: [
    {
      name: 'cases',
      variadic: true,
      required: false,
      describe: 'Case folders, or folders searched recursively for cases (default: .)',
    },
  ],
  options: {
    ...ENGINE_OPTIONS,
    engine: {
      type: 'string',
      alias: 'e',
      array: true,
      nargs: 1, // `-e embedded fixtures/run`: the folder is not an engine
      default: ['native'],
      describe: `Engines: ${ENGINE_NAMES.join(', ')} or all (repeat or comma-separate)`,
    },
    format: {
      type: 'string',
      alias: 'f',
      choices: ['table', 'json'],
      default: 'table',
      describe: 'Output: a table, or one JSON document',
    },
    coverage: {
      type: 'boolean',
      default: false,
      describe: 'Report the states, transitions, retries and branches the cases exercised',
    },
    'coverage-format': {
      type: 'string',
      array: true,
      nargs: 1,
      describe:
        'Coverage outputs: table, json, lcov (repeat or comma-separate; implies --coverage)',
    },
    'coverage-dir': {
      type: 'string',
      default: 'coverage',
      describe: 'Folder for coverage.json and lcov.info',
    },
    'coverage-min': {
      type: 'number',
      describe: 'Exit 1 when total coverage is below this percentage (implies --coverage)',
    },
    timeout: {
      type: 'number',
      describe:
        'Wall-clock limit of each case in seconds, unless its case.json sets timeoutSeconds (default 20; 0: none)',
    },
    'pricing-region': {
      type: 'string',
      describe: 'Region of the cost estimates in --format json reports (default us-east-1)',
    },
  },
  examples: [
    ['aslc test fixtures/run', 'every case under fixtures/run on the native engine'],
    ['aslc test fixtures/run --engine all', 'on every engine (unavailable ones are skipped)'],
    ['aslc test fixtures/run/retry-backoff -e native -e embedded', 'one case on two engines'],
    ['aslc test --format json', 'verdicts as JSON, with an execution report per run'],
    ['aslc test fixtures/run --coverage', 'and a coverage table with the uncovered items'],
    [
      'aslc test --coverage-format lcov,json --coverage-min 90',
      'write coverage/lcov.info and coverage/coverage.json; exit 1 below 90%',
    ],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/test.ts')).handleTest,
} as const satisfies CommandSpec;
