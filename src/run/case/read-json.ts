import { jsonError, parseJson } from '../../util/json.ts';
import { readTextFile } from '../../util/read-text.ts';
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
 * Reads (at most 16 MiB, UTF-8) and parses a JSON file; errors (`FileNotFound`, `ReadFailed`,
 * `InputTooLarge`, `InvalidUtf8`, `InvalidJson` with line and column) name the file.
 *
 * @example
 * ```ts
 * const input = readJson('fixtures/run/choice/input.json');
 * ```
 */
export function readJson(file: string): unknown {
  const text = readTextFile(file, file);
  const parsed = parseJson(text);
  if (!parsed.ok) throw jsonError(parsed).withFile(file);
  return parsed.value;
}
