import type { AslcCommand } from '../command.ts';
import { AslcError } from '../../util/errors.ts';

/** `aslc scaffold` (being built). */
export const scaffoldCommand: AslcCommand = {
  command: 'scaffold',
  describe: 'scaffold (not available yet)',
  examples: [],
  builder: (y) => y,
  handler: async () => {
    throw new AslcError('NotAvailable', 'aslc scaffold is not available yet');
  },
};
