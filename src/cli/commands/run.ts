import type { AslcCommand } from '../command.ts';
import { AslcError } from '../../util/errors.ts';

/** `aslc run` (being built). */
export const runCommand: AslcCommand = {
  command: 'run',
  describe: 'run (not available yet)',
  examples: [],
  builder: (y) => y,
  handler: async () => {
    throw new AslcError('NotAvailable', 'aslc run is not available yet');
  },
};
