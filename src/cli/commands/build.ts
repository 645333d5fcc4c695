import type { AslcCommand } from '../command.ts';
import { AslcError } from '../../util/errors.ts';

/** `aslc build` (being built). */
export const buildCommand: AslcCommand = {
  command: 'build',
  describe: 'build (not available yet)',
  examples: [],
  builder: (y) => y,
  handler: async () => {
    throw new AslcError('NotAvailable', 'aslc build is not available yet');
  },
};
