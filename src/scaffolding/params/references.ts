import { toEnvName } from './env-name.ts';
import type { JobParam } from './job-param.ts';
import { ParamIssue } from './param-issue.ts';
import { checkValueLength } from './param-limits.ts';

const REFERENCE = /\$\{([_a-zA-Z][_a-zA-Z0-9]*)\}/g;

/**
 * The env names a text references as `${NAME}` (matched case-insensitively: `${threads}` is
 * `THREADS`). `$NAME` without braces is not a reference.
 *
 * @example
 * ```ts
 * referencedEnvNames('${A}/${b}-$C'); // ['A', 'B']
 * ```
 */
export function referencedEnvNames(text: string): string[] {
  return [...text.matchAll(REFERENCE)].map((m) => toEnvName(m[1] ?? ''));
}

/**
 * `text` with its `${NAME}` references replaced by the resolved values, refused (ParamIssue
 * `ParamTooLarge`) when the result would be too long: its length is computed first, so that
 * values that reference each other repeatedly are never built.
 */
function substitute(name: string, text: string, values: ReadonlyMap<string, JobParam>): string {
  let length = text.length;
  for (const m of text.matchAll(REFERENCE)) {
    length += (values.get(toEnvName(m[1] ?? ''))?.value.length ?? 0) - m[0].length;
  }
  checkValueLength(name, length, 'once its ${…} references are expanded');
  return text.replace(REFERENCE, (_m, raw: string) => values.get(toEnvName(raw))?.value ?? '');
}

/**
 * Core's `JobParamResolver.resolve_references`: rejects two params with the same env name
 * (P10), then substitutes `${NAME}` references in values and remote values with the referenced
 * param's (resolved) value, pass after pass, until none is left; a pass without progress means a
 * dangling, self or cyclic reference (P11). The result keeps the original order.
 *
 * @example
 * ```ts
 * resolveReferences([
 *   { name: 'x', kind: 'plain', value: '${Y}/a' },
 *   { name: 'y', kind: 'plain', value: 'b' },
 * ])[0]?.value; // 'b/a'
 * ```
 */
export function resolveReferences(params: readonly JobParam[]): JobParam[] {
  const byEnv = new Map<string, JobParam[]>();
  for (const p of params) {
    const env = toEnvName(p.name);
    byEnv.set(env, [...(byEnv.get(env) ?? []), p]);
  }
  const collisions = [...byEnv.values()].filter((group) => group.length > 1);
  const firstCollision = collisions[0];
  if (firstCollision !== undefined) {
    const list = collisions.map((g) => g.map((p) => p.name).join(' / ')).join('; ');
    throw new ParamIssue(
      'ConflictingEnvNames',
      ['params', firstCollision[1]?.name ?? ''],
      `params have conflicting env names: ${list}`,
    );
  }

  const deps = new Map<string, Set<string>>();
  const resolved = new Map<string, JobParam>();
  const unresolved = new Map<string, JobParam>();
  for (const p of params) {
    const env = toEnvName(p.name);
    const refs = new Set([
      ...referencedEnvNames(p.value),
      ...(p.remoteValue === undefined ? [] : referencedEnvNames(p.remoteValue)),
    ]);
    deps.set(env, refs);
    (refs.size > 0 ? unresolved : resolved).set(env, p);
  }
  while (unresolved.size > 0) {
    let progressed = false;
    for (const [env, p] of [...unresolved]) {
      if (![...(deps.get(env) ?? [])].every((d) => resolved.has(d))) continue;
      resolved.set(env, {
        ...p,
        value: substitute(p.name, p.value, resolved),
        ...(p.remoteValue === undefined
          ? {}
          : { remoteValue: substitute(p.name, p.remoteValue, resolved) }),
      });
      unresolved.delete(env);
      progressed = true;
    }
    if (!progressed) {
      const [first] = unresolved.values();
      const detail = [...unresolved.keys()]
        .map((env) => {
          const missing = [...(deps.get(env) ?? [])].filter((d) => !resolved.has(d));
          return `${env} → \${${missing.join('}, ${')}}`;
        })
        .join('; ');
      throw new ParamIssue(
        'UnresolvedReference',
        ['params', first?.name ?? ''],
        `could not resolve the \${…} references of ${detail} (a reference must name another param, without cycles)`,
      );
    }
  }
  return params.map((p) => resolved.get(toEnvName(p.name)) ?? p);
}
