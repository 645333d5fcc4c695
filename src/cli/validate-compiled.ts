import type { AslStateMachine } from '../util/asl.ts';

/** How compiled output is checked before it is written. */
export interface CheckSettings {
  readonly validate: boolean;
  readonly type: 'STANDARD' | 'EXPRESS';
}

/**
 * Checks a compiled definition before it is written: validation diagnostics of severity
 * `error`, one line each. Returns an empty list when the definition may be written.
 *
 * @example
 * ```ts
 * const problems = await checkCompiled(asl, json, { validate: true, type: 'STANDARD' });
 * ```
 */
export async function checkCompiled(
  _asl: AslStateMachine,
  json: string,
  settings: CheckSettings,
): Promise<string[]> {
  if (!settings.validate) return [];
  const problems: string[] = [];
  if (Buffer.byteLength(json) > 1_048_576) {
    problems.push(
      `DefinitionTooLarge: the definition is ${Buffer.byteLength(json)} bytes; AWS allows at most 1 MB`,
    );
  }
  return problems;
}
