import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AslcError } from '../../util/errors.ts';

/** Folders never searched for cases. */
const IGNORED = new Set(['node_modules', 'dist', 'coverage', 'out']);

/**
 * Finds case folders (folders holding an `expected.json`) under the given paths, recursively,
 * skipping hidden folders and `node_modules`, `dist`, `coverage`, `out`. A path that is itself
 * a case is returned as is. The result is sorted and free of duplicates.
 *
 * @example
 * ```ts
 * discoverCases(['fixtures/run']); // ['/abs/fixtures/run/catch', '/abs/fixtures/run/choice', …]
 * ```
 */
export function discoverCases(paths: readonly string[], cwd: string = process.cwd()): string[] {
  const found = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) {
      throw new AslcError('UnreadableFile', `no such file or folder: ${p}`, { file: abs });
    }
    if (!statSync(abs).isDirectory()) {
      throw new AslcError(
        'InvalidCase',
        `${p} is not a folder (a case is a folder with an expected.json)`,
        {
          file: abs,
        },
      );
    }
    walk(abs, found);
  }
  return [...found].sort();
}

function walk(dir: string, found: Set<string>): void {
  if (existsSync(join(dir, 'expected.json'))) found.add(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || IGNORED.has(entry.name)) continue;
    walk(join(dir, entry.name), found);
  }
}
