import { isJsonObject } from '../../util/json.ts';
import { statesOf } from '../definition-states.ts';
import { describeFeature, findFeatures } from '../feature-scan.ts';

/**
 * Whether the embedded engine (aws-local-stepfunctions 3.0.0) can run a definition without
 * returning a wrong result: `true`, or `not supported by the embedded engine: <feature> at
 * <state>`. It refuses every feature of {@link findFeatures} (JSONata, variables, Distributed
 * Map, `HeartbeatSeconds`, `Credentials`, per-state context fields, intrinsics in a Fail's
 * `ErrorPath`/`CausePath`) and, on the virtual clock, a machine deadline (`TimeoutSeconds`, or
 * EXPRESS) together with a Wait or Retry inside a Parallel branch or Map iteration, which its
 * event log cannot time.
 *
 * @example
 * ```ts
 * embeddedSupport({ QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Succeed' } } });
 * // 'not supported by the embedded engine: QueryLanguage JSONata at the top level'
 * ```
 */
export function embeddedSupport(
  definition: unknown,
  options: { readonly time?: 'virtual' | 'real'; readonly type?: 'STANDARD' | 'EXPRESS' } = {},
): true | string {
  const [use] = findFeatures(definition);
  if (use !== undefined) return `not supported by the embedded engine: ${describeFeature(use)}`;
  if (!isJsonObject(definition)) return true;
  const deadline = definition['TimeoutSeconds'] !== undefined || options.type === 'EXPRESS';
  if (!deadline || (options.time ?? 'virtual') === 'real') return true;
  const nested = statesOf(definition).find(
    (s) =>
      s.parents.length > 0 &&
      (s.state['Type'] === 'Wait' ||
        (Array.isArray(s.state['Retry']) && s.state['Retry'].length > 0)),
  );
  if (nested === undefined) return true;
  const what = nested.state['Type'] === 'Wait' ? 'a Wait' : 'a Retry';
  return `not supported by the embedded engine: the machine's TimeoutSeconds on the virtual clock with ${what} inside Parallel/Map at state '${nested.name}' (use real time)`;
}
