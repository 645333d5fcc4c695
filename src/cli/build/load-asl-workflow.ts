import { basename } from 'node:path';
import { readAslDefinition, type BuildWorkflow, type WorkflowEntry } from '../../iac/index.ts';
import { AslcError, isAslcError } from '../../util/errors.ts';
import { isJsonObject, jsonError, parseJson } from '../../util/json.ts';
import { readTextFile } from '../../util/read-text.ts';
import { formatDiagnostic, validate } from '../../validate/index.ts';

/** A configuration entry that names a plain ASL workflow: a `*.asl.json` file. */
export function isAslWorkflowPath(path: string): boolean {
  return /\.asl\.json$/i.test(path);
}

/**
 * Loads a plain ASL workflow a configuration entry names (`workflows/legacy.asl.json`): read at
 * most 16 MiB of UTF-8, parsed with the JSON depth limit, validated as it is written (its
 * `${Name}` placeholders allowed, with the entry's state machine type), then read into the IR
 * (src/iac/asl-input), so that it goes through every target and the IAM derivation as a compiled
 * module does; its placeholders are the `${Name}` it holds. The workflow is named after the file
 * (`legacy`). Every problem is a line naming the file; warnings are left to the validation of the
 * files the build writes, so they are reported once.
 *
 * @example
 * ```ts
 * const { workflow, errors } = loadAslWorkflow('/p/workflows/legacy.asl.json', 'workflows/legacy.asl.json', entry);
 * ```
 */
export function loadAslWorkflow(
  path: string,
  shown: string,
  entry: WorkflowEntry,
): { workflow?: BuildWorkflow; errors: string[] } {
  try {
    const text = readTextFile(path, shown).replace(/^\uFEFF/, '');
    const parsed = parseJson(text);
    if (!parsed.ok) throw jsonError(parsed);
    const definition = parsed.value;
    if (!isJsonObject(definition) || !isJsonObject(definition['States'])) {
      throw new AslcError('NotAnAslDefinition', 'not a state machine definition', {
        hint: 'expected a JSON object with "StartAt" and a "States" object',
      });
    }
    const errors = validate(definition, {
      type: entry.type ?? 'STANDARD',
      allowPlaceholders: true,
      definitionBytes: Buffer.byteLength(text),
    })
      .filter((d) => d.severity === 'error')
      .map((d) => formatDiagnostic(d, { file: shown }));
    if (errors.length > 0) return { errors };
    const name = basename(path).replace(/\.asl\.json$/i, '');
    return { workflow: { name, machine: readAslDefinition(definition), entry }, errors: [] };
  } catch (e) {
    if (!isAslcError(e)) throw e;
    return { errors: [(e.file === undefined ? e.withFile(shown) : e).format()] };
  }
}
