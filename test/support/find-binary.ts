import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The executable `name` on PATH, or `undefined`: tests of external tools (terraform, cfn-lint)
 * are skipped, with the reason in their names, where the tool is missing.
 */
export function findBinary(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
