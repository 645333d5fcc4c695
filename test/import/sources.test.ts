// Reading state machines from ASL files, SAM/CloudFormation templates and Serverless services.
import { describe, expect, test } from 'vitest';
import { readImportSources, type ImportSource } from '../../src/import/index.ts';
import { isAslcError } from '../../src/util/errors.ts';

const files: Record<string, string> = {
  'statemachine/flow.asl.json': JSON.stringify({
    StartAt: 'A',
    States: { A: { Type: 'Task', Resource: '${FnArn}', End: true } },
  }),
};
const readRelative = (_from: string, rel: string) => {
  const text = files[rel];
  if (text === undefined) throw new Error(`no file ${rel}`);
  return { text, path: `/abs/${rel}`, shown: rel };
};

function read(text: string, file: string): ImportSource[] {
  return readImportSources(text, file, readRelative);
}

function error(text: string, file: string): string {
  try {
    read(text, file);
  } catch (e) {
    if (isAslcError(e)) return e.format();
    throw e;
  }
  throw new Error('no error');
}

const task = (resource: unknown) => ({
  StartAt: 'A',
  States: { A: { Type: 'Task', Resource: resource, End: true } },
});

describe('import sources', () => {
  test('a plain definition, in JSON or YAML', () => {
    const [json] = read(
      JSON.stringify(task('arn:aws:states:::lambda:invoke')),
      'a/orders.asl.json',
    );
    expect(json).toMatchObject({ file: 'a/orders.asl.json', name: 'orders', placeholders: 'any' });
    const [yaml] = read('StartAt: A\nStates:\n  A: {Type: Succeed}\n', 'flows/Ship Order.asl.yaml');
    expect(yaml).toMatchObject({ name: 'ship-order', definition: { StartAt: 'A' } });
  });

  test('SAM: DefinitionUri with DefinitionSubstitutions; Definition with short-form references', () => {
    const template = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  OrderMachine:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties:',
      '      DefinitionUri: statemachine/flow.asl.json',
      '      DefinitionSubstitutions:',
      '        FnArn: !GetAtt Charge.Arn',
      '  Inline:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties:',
      '      Definition:',
      '        StartAt: A',
      '        States:',
      '          A:',
      '            Type: Task',
      '            Resource: !GetAtt [Charge, Arn]',
      '            Parameters:',
      '              Table: !Ref Orders',
      "              Key: !Sub 'orders/${AWS::Region}/${!literal}'",
      '            End: true',
    ].join('\n');
    const [uri, inline] = read(template, 'template.yaml');
    expect(uri).toMatchObject({
      resource: 'OrderMachine',
      name: 'order-machine',
      consumed: ['/abs/statemachine/flow.asl.json'],
      definition: task('${FnArn}'),
    });
    expect([...(uri?.placeholders as Map<string, string>)]).toEqual([
      ['FnArn', 'DefinitionSubstitutions: !GetAtt Charge.Arn'],
    ]);
    expect(inline?.definition).toEqual({
      StartAt: 'A',
      States: {
        A: {
          Type: 'Task',
          Resource: '${ChargeArn}',
          Parameters: { Table: '${Orders}', Key: 'orders/${AWSRegion}/${literal}' },
          End: true,
        },
      },
    });
    expect([...(inline?.placeholders as Map<string, string>).keys()]).toEqual([
      'ChargeArn',
      'Orders',
      'AWSRegion',
    ]);
  });

  test('CloudFormation: DefinitionString as text, Fn::Sub with variables, Fn::Join of references', () => {
    const definition = JSON.stringify(task('arn:${AWS::Partition}:states:::lambda:invoke'));
    const template = {
      Resources: {
        Plain: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: {
            DefinitionString: JSON.stringify(task('${Fn}')),
            DefinitionSubstitutions: { Fn: 'x' },
          },
        },
        Subbed: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: { DefinitionString: { 'Fn::Sub': [definition, { Unused: { Ref: 'X' } }] } },
        },
        Joined: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: {
            DefinitionString: {
              'Fn::Join': [
                '',
                [
                  '{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"',
                  { 'Fn::GetAtt': ['Fn', 'Arn'] },
                  '","End":true}}}',
                ],
              ],
            },
          },
        },
        Other: { Type: 'AWS::SNS::Topic' },
      },
    };
    const [plain, subbed, joined] = read(JSON.stringify(template), 'stack.json');
    expect(plain?.definition).toEqual(task('${Fn}'));
    expect(subbed?.definition).toEqual(task('arn:${AWSPartition}:states:::lambda:invoke'));
    expect(joined?.definition).toEqual(task('${FnArn}'));
  });

  test('substitution keys that placeholder() does not accept are renamed in the definition', () => {
    const template = {
      Resources: {
        M: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: {
            Definition: task('${my-fn}'),
            DefinitionSubstitutions: { 'my-fn': 'arn:aws:lambda:us-east-1:1:function:f' },
          },
        },
      },
    };
    const [m] = read(JSON.stringify(template), 't.json');
    expect(m?.definition).toEqual(task('${myFn}'));
  });

  test('Serverless: definitions with references, variables and pseudo parameters; ${file(…)}', () => {
    const service = [
      'service: orders',
      'stepFunctions:',
      '  stateMachines:',
      '    shipOrder:',
      '      definition:',
      '        StartAt: A',
      '        States:',
      '          A:',
      '            Type: Task',
      '            Resource:',
      '              Fn::GetAtt: [ship, Arn]',
      '            Parameters:',
      '              table: ${self:custom.table}',
      "              region: '#{AWS::Region}'",
      '            End: true',
      '    fromFile:',
      '      definition: ${file(statemachine/flow.asl.json)}',
    ].join('\n');
    const [ship, fromFile] = read(service, 'serverless.yml');
    expect(ship).toMatchObject({
      resource: 'stepFunctions.stateMachines.shipOrder',
      name: 'ship-order',
    });
    expect(ship?.definition).toEqual({
      StartAt: 'A',
      States: {
        A: {
          Type: 'Task',
          Resource: '${shipArn}',
          Parameters: { table: '${selfCustomTable}', region: '${AWSRegion}' },
          End: true,
        },
      },
    });
    expect(fromFile?.definition).toEqual(task('${FnArn}'));
  });

  test('what cannot be read is one line naming the file or the resource', () => {
    expect(error('{"a": ', 'broken.asl.json')).toMatch(
      /^broken\.asl\.json: InvalidJson: not valid JSON \(line 1, column 7\)/,
    );
    expect(error('a: [1\n', 'broken.yaml')).toMatch(
      /^broken\.yaml: InvalidYaml: not valid YAML \(line/,
    );
    expect(error('a: 1\na: 2\n', 'dup.yaml')).toMatch(/InvalidYaml: .*unique/);
    expect(error('{"name": "x"}', 'package.json')).toMatch(
      /^package\.json: NotAnImportSource: not a state machine definition/,
    );
    expect(error('Resources: {T: {Type: AWS::SNS::Topic}}', 'template.yaml')).toMatch(
      /template without state machines/,
    );
    const s3 =
      'Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionS3Location: {Bucket: b, Key: k}\n';
    expect(error(s3, 't.yaml')).toMatch(
      /^t\.yaml: UnreadableDefinition: the definition of M is stored in S3/,
    );
    const unquoted =
      'Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: \'{"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": ${Wait}, "End": true}}}\'\n';
    expect(error(unquoted, 't.yaml')).toMatch(
      /DefinitionString of M is not valid JSON .*Hint: a placeholder written without quotes/,
    );
    const both = {
      Resources: {
        M: {
          Type: 'AWS::Serverless::StateMachine',
          Properties: { Definition: task('x'), DefinitionUri: 'f.json' },
        },
      },
    };
    expect(error(JSON.stringify(both), 't.json')).toMatch(
      /M sets both Definition and DefinitionUri/,
    );
  });

  test('YAML bombs and deep documents are refused with one line', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ].join('\n');
    expect(error(bomb, 'bomb.yaml')).toMatch(/^bomb\.yaml: (InvalidYaml|YamlTooLarge)/);
    const deep = `${'['.repeat(2000)}${']'.repeat(2000)}`;
    expect(error(deep, 'deep.yaml')).toMatch(/YamlTooDeep|InvalidYaml/);
    expect(error(deep, 'deep.json')).toMatch(/JsonTooDeep/);
  });
});
