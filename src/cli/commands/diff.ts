import type { AslcCommand } from '../command.ts';
import { AslcError } from '../../util/errors.ts';

/** `aslc diff` (being built). */
export const diffCommand: AslcCommand = {
  command: 'diff',
  describe: 'diff (not available yet)',
  examples: [],
  builder: (y) => y,
  handler: async () => {
    throw new AslcError('NotAvailable', 'aslc diff is not available yet');
  },
};
