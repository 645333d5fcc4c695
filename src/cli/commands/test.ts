import type { AslcCommand } from '../command.ts';
import { AslcError } from '../../util/errors.ts';

/** `aslc test` (being built). */
export const testCommand: AslcCommand = {
  command: 'test',
  describe: 'test (not available yet)',
  examples: [],
  builder: (y) => y,
  handler: async () => {
    throw new AslcError('NotAvailable', 'aslc test is not available yet');
  },
};
