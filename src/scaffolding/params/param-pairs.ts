import type { ParamPair, ParamSetPair } from '../models/demand-execution.ts';
import { ParamIssue } from './param-issue.ts';

interface SetPair {
  readonly inputs: ReadonlySet<string>;
  readonly outputs: ReadonlySet<string>;
}

function isSetPair(pair: ParamPair | ParamSetPair): pair is ParamSetPair {
  return 'inputs' in pair || 'outputs' in pair;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** `ParamSetPair.from_pairs`: groups pairs by output. */
function fromPairs(pairs: readonly ParamPair[]): SetPair[] {
  const groups = new Map<string | undefined, { inputs: Set<string>; outputs: Set<string> }>();
  for (const pair of pairs) {
    let group = groups.get(pair.output);
    if (group === undefined) {
      group = { inputs: new Set(), outputs: new Set(pair.output ? [pair.output] : []) };
      groups.set(pair.output, group);
    }
    if (pair.input !== undefined) group.inputs.add(pair.input);
  }
  return [...groups.values()];
}

/** `DemandExecutionParameters.param_set_pairs`. */
function paramSetPairs(
  overrides: readonly (ParamPair | ParamSetPair)[] | undefined,
  inputs: readonly string[],
  outputs: readonly string[],
): SetPair[] {
  const sets: SetPair[] = [];
  const pairs: ParamPair[] = [];
  if (overrides !== undefined && overrides.length > 0) {
    const seen = new Set<string | undefined>();
    for (const pair of overrides) {
      if (isSetPair(pair)) {
        for (const o of pair.outputs) seen.add(o);
        sets.push({ inputs: new Set(pair.inputs), outputs: new Set(pair.outputs) });
      } else {
        seen.add(pair.output);
        pairs.push(pair);
      }
    }
    const unseen = outputs.filter((o) => !seen.has(o));
    if (unseen.length > 0) sets.push({ inputs: new Set(inputs), outputs: new Set(unseen) });
  } else if (inputs.length > 0 || outputs.length > 0) {
    if (inputs.length === 0) pairs.push(...outputs.map((output) => ({ output })));
    else if (outputs.length === 0) pairs.push(...inputs.map((input) => ({ input })));
    else for (const input of inputs) for (const output of outputs) pairs.push({ input, output });
  }
  sets.push(...fromPairs(pairs));
  return sets;
}

/**
 * Core's `_validate_param_pairs`: every name a pair mentions must be an input or output (P19),
 * and no two pairs may have the same non-empty output set (P20).
 *
 * @example
 * ```ts
 * validateParamPairs([{ input: 'A', output: 'Z' }], ['A'], ['C']); // throws: Z is not an output
 * ```
 */
export function validateParamPairs(
  overrides: readonly (ParamPair | ParamSetPair)[] | undefined,
  inputs: readonly string[],
  outputs: readonly string[],
): void {
  const sets = paramSetPairs(overrides, inputs, outputs);
  const known = new Set([...inputs, ...outputs]);
  const unknown = new Set<string>();
  for (const s of sets)
    for (const n of [...s.inputs, ...s.outputs]) if (!known.has(n)) unknown.add(n);
  if (unknown.size > 0) {
    throw new ParamIssue(
      'UnknownPairParam',
      ['param_pair_overrides'],
      `param pairs name value(s) that are not inputs or outputs: ${[...unknown].join(', ')}`,
    );
  }
  const seen: ReadonlySet<string>[] = [];
  const duplicates: string[] = [];
  for (const s of sets) {
    if (seen.some((o) => sameSet(o, s.outputs))) duplicates.push(`{${[...s.outputs].join(', ')}}`);
    if (s.outputs.size > 0) seen.push(s.outputs);
  }
  if (duplicates.length > 0) {
    throw new ParamIssue(
      'DuplicateOutputSet',
      ['param_pair_overrides'],
      `duplicate output set(s) in param pairs: ${duplicates.join(', ')}`,
    );
  }
}
