import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { writeFileAtomic } from '../../src/util/file-set.ts';

/** True when golden files should be rewritten (`ASLC_UPDATE_GOLDEN=1 npm run vitest`). */
export const updateGolden = process.env['ASLC_UPDATE_GOLDEN'] === '1';

/**
 * Compares `actual` with the golden file at `path`, byte for byte. With
 * `ASLC_UPDATE_GOLDEN=1` the file is (re)written instead; commit such a change only on purpose.
 */
export function expectGolden(path: string, actual: string): void {
  if (updateGolden) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) writeFileAtomic(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(
      `missing golden file ${path}: run ASLC_UPDATE_GOLDEN=1 npm run vitest to create it`,
    );
  }
  expect(actual, `golden file ${path}`).toBe(readFileSync(path, 'utf8'));
}
