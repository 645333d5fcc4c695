import type { Artifact } from '../../iac/index.ts';
import { formatDiagnostic, validate, type Diagnostic } from '../../validate/index.ts';

/**
 * Validates every definition a build would write, exactly as it will be deployed (with the
 * environment's values, or with `${Name}` placeholders and `allowPlaceholders`), with the
 * target's state machine type. Each distinct definition is validated once; a finding is
 * reported once per workflow, naming the first file that holds it.
 *
 * @example
 * ```ts
 * const { errors, warnings } = validateArtifacts(artifacts);
 * ```
 */
export function validateArtifacts(artifacts: readonly Artifact[]): {
  errors: string[];
  warnings: string[];
} {
  const cache = new Map<string, Diagnostic[]>();
  const reported = new Set<string>();
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const a of artifacts) {
    for (const d of [
      ...(a.definition === undefined ? [] : [a.definition]),
      ...(a.definitions ?? []),
    ]) {
      const key = JSON.stringify([d.type, d.allowPlaceholders, d.bytes, d.extraFields, d.asl]);
      let diagnostics = cache.get(key);
      if (diagnostics === undefined) {
        diagnostics = validate(d.asl, {
          type: d.type,
          allowPlaceholders: d.allowPlaceholders,
          definitionBytes: d.bytes,
          extraFields: d.extraFields,
        });
        cache.set(key, diagnostics);
      }
      for (const diagnostic of diagnostics) {
        const id = JSON.stringify([
          a.workflow,
          diagnostic.code,
          diagnostic.path,
          diagnostic.message,
        ]);
        if (reported.has(id)) continue;
        reported.add(id);
        const line = formatDiagnostic(diagnostic, { file: a.path });
        (diagnostic.severity === 'error' ? errors : warnings).push(line);
      }
    }
  }
  return { errors, warnings };
}
