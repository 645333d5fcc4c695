import { ENGINE_NAMES } from '../../run/engine.ts';
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
  },
  examples: [
    ['aslc test fixtures/run', 'every case under fixtures/run on the native engine'],
    ['aslc test fixtures/run --engine all', 'on every engine (unavailable ones are skipped)'],
    ['aslc test fixtures/run/retry-backoff -e native -e embedded', 'one case on two engines'],
    ['aslc test --format json', 'verdicts as JSON'],
  ],
  load: async (): Promise<LoadedHandler> => (await import('../handlers/test.ts')).handleTest,
} as const satisfies CommandSpec;
