import type { AslcCommand } from '../command.ts';
import { AslcError } from '../../util/errors.ts';

/** `aslc compile` (being built). */
export const compileCommand: AslcCommand = {
  command: 'compile',
  describe: 'compile (not available yet)',
  examples: [],
  builder: (y) => y,
  handler: async () => {
    throw new AslcError('NotAvailable', 'aslc compile is not available yet');
  },
};
