import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  cloudFormationArtifacts,
  createWorkflowContext,
  samArtifacts,
  type Artifact,
  type BuildProblem,
  type TemplateTargetOptions,
} from '../../src/iac/index.ts';
import { compile } from '../../src/compile.ts';
import {
  chain,
  jsonata,
  lambdaInvoke,
  pass,
  placeholder,
  stateMachine,
  task,
  type StateMachine,
} from '../../src/index.ts';
import { at, hostileMachine, hostileValues } from './support/machines.ts';

/** A machine with placeholders and JSONata, but no literal `${`. */
function cleanMachine(): StateMachine {
  return stateMachine({
    queryLanguage: 'JSONata',
    definition: chain(
      task('Call', {
        resource: lambdaInvoke(),
        arguments: { FunctionName: placeholder('FnArn'), Payload: jsonata('$states.input') },
      }),
      task('Audit', { resource: placeholder('Audit_Fn'), output: jsonata("{'done': true}") }),
      pass('Yes', { output: 'yes' }),
    ),
  });
}

const values = {
  FnArn: 'arn:aws:lambda:us-east-1:123456789012:function:f',
  Audit_Fn: 'arn:aws:lambda:us-east-1:123456789012:function:audit',
  RoleArn: 'arn:aws:iam::123456789012:role/r',
};

type Builder = typeof samArtifacts;

function build(
  builder: Builder,
  options: TemplateTargetOptions,
  machine = cleanMachine(),
  env: Record<string, string> = values,
) {
  const ctx = createWorkflowContext('orders', machine.node, { name: 'dev', values: env });
  const problems: BuildProblem[] = [];
  const files = builder(ctx, options, problems);
  const byName = Object.fromEntries(
    files.map((f) => [f.path.split('/').pop() as string, f]),
  ) as Record<string, Artifact>;
  return { files, byName, problems };
}

function templates(byName: Record<string, Artifact>, kind: 'sam' | 'cfn') {
  const json = JSON.parse(byName[`orders.${kind}.json`]?.content ?? 'null') as unknown;
  const yamlText = byName[`orders.${kind}.yaml`]?.content ?? '';
  for (const version of ['1.1', '1.2'] as const) expect(parse(yamlText, { version })).toEqual(json);
  return { json, yamlText };
}

describe.each([
  ['sam', samArtifacts, 'sam', 'AWS::Serverless::StateMachine', 'DefinitionUri'],
  [
    'cloudformation',
    cloudFormationArtifacts,
    'cfn',
    'AWS::StepFunctions::StateMachine',
    'DefinitionS3Location',
  ],
] as const)('%s target', (target, builder, kind, type, uriKey) => {
  it('default: the definition file with ${Name}, DefinitionSubstitutions with the values, JSON = YAML', () => {
    const { byName, problems } = build(builder, {});
    expect(problems).toEqual([]);
    expect(byName['orders.asl.json']?.content).toBe(compile(cleanMachine()).json);
    expect(byName['orders.asl.json']?.path).toBe(`${target}/orders.asl.json`);
    const { json, yamlText } = templates(byName, kind);
    const res = at(json, 'Resources', 'OrdersStateMachine');
    expect(at(res, 'Type')).toBe(type);
    expect(at(res, 'Properties', uriKey)).toBe('orders.asl.json');
    expect(at(res, 'Properties', 'DefinitionSubstitutions')).toEqual({
      Audit_Fn: values.Audit_Fn,
      FnArn: values.FnArn,
    });
    expect(yamlText).toContain(
      `    Properties:\n      Name`.replace('Name', target === 'sam' ? 'Name' : 'StateMachineName'),
    );
  });

  it('inline Definition: the compiled object, JSONata strings quoted in the YAML', () => {
    const { byName } = build(builder, { definition: 'inline', formats: ['json', 'yaml'] });
    expect(byName['orders.asl.json']).toBeUndefined();
    const { json, yamlText } = templates(byName, kind);
    expect(at(json, 'Resources', 'OrdersStateMachine', 'Properties', 'Definition')).toEqual(
      compile(cleanMachine()).asl,
    );
    expect(yamlText).toContain('Payload: "{% $states.input %}"');
    expect(yamlText).toContain('Output: "yes"');
    expect(yamlText).toContain('FunctionName: "${FnArn}"');
    expect(byName[`orders.${kind}.json`]?.definition?.allowPlaceholders).toBe(true);
  });

  it('refuses a literal ${ when substitutions are needed, naming the state and pointer', () => {
    const { files, problems } = build(builder, {}, hostileMachine(), hostileValues);
    expect(files).toEqual([]);
    expect(problems.map((p) => [p.code, p.state, p.pointer])).toEqual([
      ['LiteralDollarBrace', undefined, '/Comment'],
      ['LiteralDollarBrace', 'Charge', '/States/Charge/Parameters/Command'],
      ['LiteralDollarBrace', 'J', '/States/J/Output'],
      ['LiteralDollarBrace', 'Queue', '/States/Queue/Parameters/MessageBody'],
    ]);
    expect(problems[0]?.hint).toMatch(/"placeholders": "inline"/);
  });

  it('placeholders inline: the values are written into the definition, literal ${ kept', () => {
    const { byName, problems } = build(
      builder,
      { placeholders: 'inline' },
      hostileMachine(),
      hostileValues,
    );
    expect(problems).toEqual([]);
    const def = JSON.parse(byName['orders.asl.json']?.content ?? '') as unknown;
    expect(at(def, 'Comment')).toContain('cmd ${HOME}');
    expect(at(def, 'States', 'Charge', 'Parameters', 'FunctionName')).toBe(
      hostileValues.ChargeFnArn,
    );
    const { json } = templates(byName, kind);
    expect(
      at(json, 'Resources', 'OrdersStateMachine', 'Properties', 'DefinitionSubstitutions'),
    ).toBeUndefined();
  });

  it('keep: template parameters with an AllowedPattern, substitutions and policy by Ref / Fn::Sub', () => {
    const { byName } = build(builder, { placeholders: 'keep', roleArn: undefined });
    const { json } = templates(byName, kind);
    expect(Object.keys(at(json, 'Parameters') as object)).toEqual(['AuditFn', 'FnArn']);
    expect(at(json, 'Parameters', 'FnArn', 'AllowedPattern')).toBe(
      '^(?:[^"\\\\\\x00-\\x1f$]|\\$+[^"\\\\\\x00-\\x1f${])*\\$*$',
    );
    const props = at(json, 'Resources', 'OrdersStateMachine', 'Properties');
    expect(at(props, 'DefinitionSubstitutions')).toEqual({
      Audit_Fn: { Ref: 'AuditFn' },
      FnArn: { Ref: 'FnArn' },
    });
    const policy =
      target === 'sam'
        ? at(props, 'Policies', 0)
        : at(
            json,
            'Resources',
            'OrdersStateMachineRole',
            'Properties',
            'Policies',
            0,
            'PolicyDocument',
          );
    expect(at(policy, 'Statement', 0, 'Resource')).toEqual([
      { Ref: 'AuditFn' },
      { Ref: 'FnArn' },
      { 'Fn::Sub': '${FnArn}:*' },
    ]);
  });

  it('role, logging, tracing and names', () => {
    const { byName } = build(builder, {
      roleArn: '${RoleArn}',
      stateMachineName: '{workflow}-{env}',
      logicalId: 'Flow{workflow}',
      type: 'EXPRESS',
      tracing: true,
      logging: {
        level: 'ALL',
        includeExecutionData: true,
        logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:l:*',
      },
    });
    const { json } = templates(byName, kind);
    const props = at(json, 'Resources', 'FlowOrders', 'Properties');
    const [nameKey, typeKey, roleKey, logKey, traceKey] =
      target === 'sam'
        ? ['Name', 'Type', 'Role', 'Logging', 'Tracing']
        : [
            'StateMachineName',
            'StateMachineType',
            'RoleArn',
            'LoggingConfiguration',
            'TracingConfiguration',
          ];
    expect(at(props, nameKey)).toBe('orders-dev');
    expect(at(props, typeKey)).toBe('EXPRESS');
    expect(at(props, roleKey)).toBe(values.RoleArn);
    expect(at(props, logKey)).toEqual({
      Level: 'ALL',
      IncludeExecutionData: true,
      Destinations: [
        {
          CloudWatchLogsLogGroup: {
            LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:l:*',
          },
        },
      ],
    });
    expect(at(props, traceKey)).toEqual({ Enabled: true });
    expect(at(json, 'Outputs')).toEqual({ FlowOrdersArn: { Value: { Ref: 'FlowOrders' } } });
  });
});

describe('sam specifics', () => {
  it('writes the derived policy as Policies when no role is given, and has the transform', () => {
    const { byName } = build(samArtifacts, { formats: ['json'] });
    const json = JSON.parse(byName['orders.sam.json']?.content ?? '') as unknown;
    expect(at(json, 'Transform')).toBe('AWS::Serverless-2016-10-31');
    expect(
      at(
        json,
        'Resources',
        'OrdersStateMachine',
        'Properties',
        'Policies',
        0,
        'Statement',
        0,
        'Action',
      ),
    ).toEqual(['lambda:InvokeFunction']);
    expect(byName['orders.sam.yaml']).toBeUndefined();
  });

  it('refuses placeholder names SAM reserves for an inline Definition', () => {
    const machine = stateMachine({
      definition: chain(task('T', { resource: placeholder('definition_substitution_1') })),
    });
    const { problems } = build(samArtifacts, { definition: 'inline' }, machine, {
      definition_substitution_1: 'arn:aws:lambda:us-east-1:123456789012:function:f',
    });
    expect(problems.map((p) => p.code)).toEqual(['ReservedPlaceholderName']);
  });
});
