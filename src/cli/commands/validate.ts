import type { AslcCommand } from '../command.ts';
import { AslcError } from '../../util/errors.ts';

/** `aslc validate` (being built). */
export const validateCommand: AslcCommand = {
  command: 'validate',
  describe: 'validate (not available yet)',
  examples: [],
  builder: (y) => y,
  handler: async () => {
    throw new AslcError('NotAvailable', 'aslc validate is not available yet');
  },
};
