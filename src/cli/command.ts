import type { Argv } from 'yargs';
import type { CliContext } from './context.ts';

/**
 * One `aslc` sub-command. `builder` declares its options; `handler` does the work and returns
 * the exit code (0 success, 1 invalid input or errors found). Usage errors throw `UsageError`
 * (exit 2); user mistakes throw `AslcError` (exit 1, printed without a stack trace).
 */
export interface AslcCommand {
  /** yargs command string, e.g. `compile <inputs..>`. */
  readonly command: string;
  readonly describe: string;
  /** Examples shown by `--help`: [command line, what it does]. */
  readonly examples: readonly (readonly [string, string])[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly builder: (yargs: Argv) => Argv<any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly handler: (args: any, ctx: CliContext) => Promise<number>;
}
