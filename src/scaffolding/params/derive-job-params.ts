import type { ParamPair, ParamSetPair } from '../models/demand-execution.ts';
import { buildInputParam, buildOutputParam } from './build-job-param.ts';
import { envValueOf, isValidEnvName, toEnvName } from './env-name.ts';
import type { JobParam } from './job-param.ts';
import { ParamIssue } from './param-issue.ts';
import { validateParamPairs } from './param-pairs.ts';
import { resolveReferences } from './references.ts';
import { checkParamCount, checkValueLength } from './param-limits.ts';

/** What the parameter model is derived from (a params map may hold rewritten resolvables). */
export interface ParamModelSource {
  readonly params: ReadonlyMap<string, unknown>;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly outputS3Prefix?: string | undefined;
  readonly paramPairOverrides?: readonly (ParamPair | ParamSetPair)[] | undefined;
}

function envNameAt(name: string, segments: readonly (string | number)[]): string {
  const env = toEnvName(name);
  if (!isValidEnvName(env)) {
    throw new ParamIssue(
      'InvalidEnvName',
      segments,
      `'${name}' gives the env name '${env}', which does not match [_a-zA-Z][_a-zA-Z0-9]* ` +
        '(after replacing - and . with _ and upper-casing)',
    );
  }
  return env;
}

/**
 * Core's `DemandExecutionParameters` refresh: one job param per `params` entry in order —
 * input (its env name is in `inputs`), output (in `outputs`) or plain — with `${NAME}`
 * references resolved, then the consistency checks (scaffolding.md §2.2). Throws a
 * {@link ParamIssue} for the first problem (P9–P20), in the reference's order.
 *
 * @example
 * ```ts
 * deriveJobParams({
 *   params: new Map([['A', 's3://bucket/key'], ['C', 'c']]),
 *   inputs: ['A'],
 *   outputs: ['C'],
 *   outputS3Prefix: 's3://bucket/outs/',
 * }).map((p) => p.value); // ['tmp558ca153', 'c']
 * ```
 */
export function deriveJobParams(source: ParamModelSource): JobParam[] {
  const inputEnv = new Set(source.inputs.map((n, i) => envNameAt(n, ['inputs', i])));
  const outputEnv = new Set(source.outputs.map((n, i) => envNameAt(n, ['outputs', i])));
  checkParamCount(source.params);
  const built: JobParam[] = [];
  for (const [name, value] of source.params) {
    const env = envNameAt(name, ['params', name]);
    if (typeof value === 'string') checkValueLength(name, value.length, 'as written');
    const param = inputEnv.has(env)
      ? buildInputParam(name, value)
      : outputEnv.has(env)
        ? buildOutputParam(name, value, source.outputS3Prefix)
        : ({ name, kind: 'plain', value: envValueOf(value) } as const);
    checkValueLength(name, param.value.length, 'as written');
    built.push(param);
  }
  const resolved = resolveReferences(built);

  const overlap = [...inputEnv].filter((e) => outputEnv.has(e));
  if (overlap.length > 0) {
    throw new ParamIssue(
      'OverlappingInputsOutputs',
      ['outputs'],
      `inputs and outputs have overlapping env names: ${overlap.join(', ')}`,
    );
  }
  const paramEnv = new Set(resolved.map((p) => toEnvName(p.name)));
  const missing = [...inputEnv, ...outputEnv].filter((e) => !paramEnv.has(e));
  if (missing.length > 0) {
    const [first] = missing;
    const inInputs = source.inputs.findIndex((n) => toEnvName(n) === first);
    throw new ParamIssue(
      'UnknownInputOutput',
      inInputs >= 0
        ? ['inputs', inInputs]
        : ['outputs', source.outputs.findIndex((n) => toEnvName(n) === first)],
      `inputs/outputs not found among the params' env names: ${missing.join(', ')}`,
    );
  }
  validateParamPairs(source.paramPairOverrides, source.inputs, source.outputs);
  return resolved;
}
