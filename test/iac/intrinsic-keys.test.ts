// Issue 11, point 7: what deploys is what was validated. Keys CloudFormation evaluates never stay
// in a Definition object; checked against CloudFormation's list of intrinsic functions, kept as
// data (schemas/external/cloudformation-intrinsic-functions.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildArtifacts,
  findIntrinsicKeys,
  isIntrinsicKey,
  type BuildProblem,
} from '../../src/iac/index.ts';
import { chain, choice, Condition, jsonata, pass, stateMachine } from '../../src/index.ts';
import { repoRoot } from '../support/cli.ts';

const list = JSON.parse(
  readFileSync(join(repoRoot, 'schemas/external/cloudformation-intrinsic-functions.json'), 'utf8'),
) as {
  functions: string[];
  conditionFunctions: string[];
  ruleFunctions: string[];
  loopKeyPrefix: string;
};
const every = [
  ...list.functions,
  ...list.conditionFunctions,
  ...list.ruleFunctions,
  `${list.loopKeyPrefix}Items`,
];

/** A machine whose Pass result is `{ [key]: 'x' }`. */
function machineWith(key: string) {
  return stateMachine({ definition: chain(pass('P', { result: { [key]: 'x' } })) });
}

function build(key: string, target: 'sam' | 'cloudformation') {
  return buildArtifacts([{ name: 'flow', machine: machineWith(key).node }], {
    targets: { [target]: { definition: 'inline', roleArn: 'arn:aws:iam::1:role/r' } },
  });
}

describe('keys CloudFormation evaluates', () => {
  it('every intrinsic, condition and rule function of the list is recognised', () => {
    expect(every.length).toBeGreaterThan(25);
    for (const key of every) expect(isIntrinsicKey(key, 1), key).toBe(true);
    // Ordinary ASL keys are not; a JSONata Choice rule's Condition has a Next beside it.
    for (const key of ['Type', 'Parameters', 'Ref.$', 'Fn', 'Reference', 'fn::sub']) {
      expect(isIntrinsicKey(key, 1), key).toBe(false);
    }
    expect(isIntrinsicKey('Condition', 2)).toBe(false);
  });

  it('finds them anywhere, with the pointer and the state', () => {
    const m = stateMachine({
      definition: chain(
        pass('A', { result: { list: [{ nested: { 'Fn::Join': ['', []] } }] } }),
        pass('B', { result: { Condition: 'IsProd' } }),
      ),
    });
    const asl = JSON.parse(
      buildArtifacts([{ name: 'f', machine: m.node }], { targets: { asl: {} } }).artifacts[0]
        ?.content ?? '{}',
    ) as unknown;
    expect(findIntrinsicKeys(asl)).toEqual([
      { key: 'Fn::Join', pointer: '/States/A/Result/list/0/nested', state: 'A' },
      { key: 'Condition', pointer: '/States/B/Result', state: 'B' },
    ]);
    const jsonataChoice = stateMachine({
      queryLanguage: 'JSONata',
      definition: choice('C')
        .when(Condition.jsonata(jsonata('$states.input.x')), pass('Y'))
        .otherwise(pass('N')),
    });
    const asl2 = JSON.parse(
      buildArtifacts([{ name: 'f', machine: jsonataChoice.node }], { targets: { asl: {} } })
        .artifacts[0]?.content ?? '{}',
    ) as unknown;
    expect(findIntrinsicKeys(asl2)).toEqual([]);
  });

  for (const key of every) {
    it(`${key}: CloudFormation writes DefinitionString, SAM keeps the definition file`, () => {
      const cfn = build(key, 'cloudformation');
      const cfnTemplate = JSON.parse(
        cfn.artifacts.find((a) => a.path.endsWith('.cfn.json'))?.content ?? '{}',
      ) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
      const props = Object.values(cfnTemplate.Resources)[0]?.Properties ?? {};
      expect(props['Definition']).toBeUndefined();
      expect(JSON.parse(props['DefinitionString'] as string)).toEqual({
        StartAt: 'P',
        States: { P: { Type: 'Pass', Result: { [key]: 'x' }, End: true } },
      });
      const sam = build(key, 'sam');
      expect(sam.artifacts.map((a) => a.path)).toEqual([
        'sam/flow.asl.json',
        'sam/flow.sam.json',
        'sam/flow.sam.yaml',
      ]);
      expect(sam.artifacts[1]?.content).toContain('"DefinitionUri": "flow.asl.json"');
      for (const out of [cfn, sam]) {
        expect(out.problems).toEqual<BuildProblem[]>([
          expect.objectContaining({
            severity: 'warning',
            code: 'IntrinsicKeyInDefinition',
            pointer: '/States/P/Result',
            state: 'P',
          }) as BuildProblem,
        ]);
      }
    });
  }
});
