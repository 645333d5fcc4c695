import { isJsonObject } from '../../util/json.ts';
import { describeShapeProblem, MAX_JSON_VALUES, shapeProblem } from '../../util/json-depth.ts';
import { statesOf } from '../../asl/walk.ts';
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
  const shape = shapeProblem(definition, { maxNodes: MAX_JSON_VALUES });
  if (shape !== undefined) {
    return `not supported by the embedded engine: the definition is ${describeShapeProblem(shape, { maxNodes: MAX_JSON_VALUES })}`;
  }
  const [use] = findFeatures(definition);
  if (use !== undefined) return `not supported by the embedded engine: ${describeFeature(use)}`;
  if (!isJsonObject(definition)) return true;
  const pattern = riskyStringMatches(definition);
  if (pattern !== undefined) return pattern;
  const deadline = definition['TimeoutSeconds'] !== undefined || options.type === 'EXPRESS';
  if (!deadline || (options.time ?? 'virtual') === 'real') return true;
  const nested = statesOf(definition).find(
    (s) =>
      s.scope.depth > 0 &&
      (s.state['Type'] === 'Wait' ||
        (Array.isArray(s.state['Retry']) && s.state['Retry'].length > 0)),
  );
  if (nested === undefined) return true;
  const what = nested.state['Type'] === 'Wait' ? 'a Wait' : 'a Retry';
  return `not supported by the embedded engine: the machine's TimeoutSeconds on the virtual clock with ${what} inside Parallel/Map at state '${nested.name}' (use real time)`;
}

/**
 * The engine matches `StringMatches` with wildcard-match, which builds a backtracking regular
 * expression (`^.*?a.*?a…$`): more than two `*` make it polynomial in the value's length (seven
 * stars against a hundred characters never finish), and it reads `?` as a one-character wildcard
 * where AWS reads a literal. Such patterns are refused rather than run.
 */
function riskyStringMatches(definition: unknown): string | undefined {
  for (const { name, state } of statesOf(definition)) {
    if (state['Type'] !== 'Choice' || !Array.isArray(state['Choices'])) continue;
    const rules: unknown[] = [...state['Choices']];
    for (let rule = rules.pop(); rule !== undefined; rule = rules.pop()) {
      if (!isJsonObject(rule)) continue;
      for (const key of ['And', 'Or']) {
        const nested = rule[key];
        if (Array.isArray(nested)) rules.push(...nested);
      }
      if (rule['Not'] !== undefined) rules.push(rule['Not']);
      const pattern = rule['StringMatches'];
      if (typeof pattern !== 'string') continue;
      const stars = pattern.replace(/\\[\s\S]/g, '').split('*').length - 1;
      if (stars > 2 || pattern.includes('?')) {
        const why =
          stars > 2
            ? `its matcher backtracks (${stars} wildcards)`
            : 'its matcher reads ? as a wildcard';
        return `not supported by the embedded engine: StringMatches '${pattern}' at state '${name}' (${why})`;
      }
    }
  }
  return undefined;
}
