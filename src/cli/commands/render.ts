import type { AslcCommand } from '../command.ts';
import { AslcError } from '../../util/errors.ts';

/** `aslc render` (being built). */
export const renderCommand: AslcCommand = {
  command: 'render',
  describe: 'render (not available yet)',
  examples: [],
  builder: (y) => y,
  handler: async () => {
    throw new AslcError('NotAvailable', 'aslc render is not available yet');
  },
};
