import { readFileSync } from 'node:fs';
import { AslcError } from '../../util/errors.ts';
import { parseJson } from '../../util/json.ts';
import type { MockConfigFile } from '../mocks/mock-config.ts';
import { assertValidMockConfig } from '../mocks/validate-mock-config.ts';

/**
 * Reads a MockConfigFile and validates it; problems are reported with their JSON pointers.
 *
 * @example
 * ```ts
 * const mocks = readMocks('fixtures/run/retry/mocks.json');
 * ```
 */
export function readMocks(file: string): MockConfigFile {
  return assertValidMockConfig(readJson(file), file);
}

/**
 * Reads and parses a JSON file; errors (`UnreadableFile`, `InvalidJson`) name the file, line
 * and column.
 *
 * @example
 * ```ts
 * const input = readJson('fixtures/run/choice/input.json');
 * ```
 */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new AslcError('UnreadableFile', `cannot read ${file}: ${(e as Error).message}`, { file });
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    throw new AslcError(
      'InvalidJson',
      `invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
      { file },
    );
  }
  return parsed.value;
}
