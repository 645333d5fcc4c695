// CloudFormation references as environment values (issue 16.2): into DefinitionSubstitutions
// and the template's other properties for sam/cloudformation; refused, with a clear message, by
// every target that writes values as text.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  buildArtifacts,
  checkAgainstSchema,
  environmentOf,
  type TargetOptionsMap,
} from '../../src/iac/index.ts';
import { chain, lambdaInvoke, placeholder, stateMachine, task } from '../../src/index.ts';

const machine = stateMachine({
  definition: chain(
    task('Charge', {
      resource: lambdaInvoke(),
      parameters: { FunctionName: placeholder('ChargeFunctionArn'), 'Payload.$': '$' },
    }),
  ),
}).node;

const environment = environmentOf('dev', {
  ChargeFunctionArn: { 'Fn::GetAtt': ['ChargeFunction', 'Arn'] },
  RoleArn: { Ref: 'FlowsRoleArn' },
  Stage: 'dev',
});

function build(targets: TargetOptionsMap) {
  return buildArtifacts([{ name: 'flow', machine }], { targets, environment });
}

describe('CloudFormation references in environments', () => {
  it('environmentOf splits strings and references', () => {
    expect(environment).toEqual({
      name: 'dev',
      values: { Stage: 'dev' },
      references: {
        ChargeFunctionArn: { 'Fn::GetAtt': ['ChargeFunction', 'Arn'] },
        RoleArn: { Ref: 'FlowsRoleArn' },
      },
    });
  });

  it('the environment file schema accepts the four reference functions, nothing else', () => {
    const ok = (v: unknown) =>
      checkAgainstSchema({ placeholders: { X: v } }, '#/$defs/environmentFile').length === 0;
    expect(ok({ Ref: 'Fn' })).toBe(true);
    expect(ok({ 'Fn::GetAtt': ['Fn', 'Arn'] })).toBe(true);
    expect(ok({ 'Fn::GetAtt': 'Fn.Arn' })).toBe(true);
    expect(ok({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}' })).toBe(true);
    expect(ok({ 'Fn::Sub': ['${B}-x', { B: { Ref: 'Bucket' } }] })).toBe(true);
    expect(ok({ 'Fn::ImportValue': 'shared-arn' })).toBe(true);
    expect(ok({ 'Fn::ImportValue': { 'Fn::Sub': '${Stack}-arn' } })).toBe(true);
    expect(ok({ Ref: 1 })).toBe(false);
    expect(ok({ Ref: 'a', 'Fn::Sub': 'b' })).toBe(false);
    expect(ok({ 'Fn::Join': ['', ['a']] })).toBe(false);
    expect(ok({ 'Fn::GetAtt': ['Fn'] })).toBe(false);
    expect(ok({})).toBe(false);
  });

  it('sam and cloudformation place them into DefinitionSubstitutions, the role and the policy', () => {
    const { artifacts, problems } = build({
      sam: { formats: ['json', 'yaml'] },
      cloudformation: { definition: 'inline', roleArn: '${RoleArn}' },
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'UnusedPlaceholderValue', severity: 'warning' }),
    ]);
    const sam = JSON.parse(artifacts.find((a) => a.path === 'sam/flow.sam.json')?.content ?? '');
    const yaml = parse(artifacts.find((a) => a.path === 'sam/flow.sam.yaml')?.content ?? '', {
      version: '1.1',
    }) as unknown;
    expect(yaml).toEqual(sam);
    const props = sam.Resources.FlowStateMachine.Properties;
    expect(props.DefinitionSubstitutions).toEqual({
      ChargeFunctionArn: { 'Fn::GetAtt': ['ChargeFunction', 'Arn'] },
    });
    expect(props.Policies[0].Statement[0].Resource).toEqual([
      { 'Fn::GetAtt': ['ChargeFunction', 'Arn'] },
      { 'Fn::Sub': ['${V0}:*', { V0: { 'Fn::GetAtt': ['ChargeFunction', 'Arn'] } }] },
    ]);
    const cfn = JSON.parse(
      artifacts.find((a) => a.path === 'cloudformation/flow.cfn.json')?.content ?? '',
    );
    const cfnProps = cfn.Resources.FlowStateMachine.Properties;
    expect(cfnProps.RoleArn).toEqual({ Ref: 'FlowsRoleArn' });
    expect(cfnProps.Definition.States.Charge.Parameters.FunctionName).toBe('${ChargeFunctionArn}');
    expect(cfnProps.DefinitionSubstitutions.ChargeFunctionArn).toEqual({
      'Fn::GetAtt': ['ChargeFunction', 'Arn'],
    });
  });

  it('every other target, and inline mode, refuses them with the reason and what to do', () => {
    const cases: [TargetOptionsMap, RegExp, RegExp][] = [
      [{ terraform: {} }, /terraform target writes values as text/, /string value|"keep"/],
      [{ asl: {} }, /asl target writes values as text/, /"keep" on the asl target/],
      [{ iam: {} }, /iam target writes values as text/, /"keep" on the iam target/],
      [{ serverless: {} }, /serverless target writes values as text/, /string value/],
      [
        { sam: { placeholders: 'inline' } },
        /"inline" the value is written into the definition/,
        /"substitutions"/,
      ],
    ];
    for (const [targets, message, hint] of cases) {
      const { artifacts, problems } = build(targets);
      expect(artifacts).toEqual([]);
      const p = problems.find((x) => x.code === 'ReferenceNotSupported');
      expect(p?.message, JSON.stringify(targets)).toMatch(
        /'ChargeFunctionArn' in environment 'dev' is a CloudFormation reference/,
      );
      expect(p?.message).toMatch(message);
      expect(p?.hint).toMatch(hint);
    }
    // keep needs no value; an option may be a reference in inline mode.
    expect(
      build({ asl: { placeholders: 'keep' }, terraform: { placeholders: 'keep' } }).problems,
    ).toEqual([
      expect.objectContaining({ code: 'UnusedPlaceholderValue' }),
      expect.objectContaining({ code: 'UnusedPlaceholderValue' }),
      expect.objectContaining({ code: 'UnusedPlaceholderValue' }),
    ]);
  });
});
