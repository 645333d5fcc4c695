// Every SAM and CloudFormation template aslc writes, checked against CloudFormation's resource
// schema of AWS::StepFunctions::StateMachine and SAM's schema of AWS::Serverless::StateMachine
// (vendored in schemas/external/, with their source and date).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildArtifacts, type Artifact, type TemplateTargetOptions } from '../../src/iac/index.ts';
import { chain, pass, stateMachine } from '../../src/index.ts';
import { repoRoot } from '../support/cli.ts';
import { hostileMachine, hostileValues } from './support/machines.ts';

function schema(file: string): Record<string, unknown> {
  const s = JSON.parse(readFileSync(join(repoRoot, 'schemas/external', file), 'utf8')) as Record<
    string,
    unknown
  >;
  delete s['$schema']; // SAM's is draft-04: ajv reads what this part uses the same way
  return s;
}

const ajv = new Ajv({ strict: false, allErrors: true });
const cfnProperties: ValidateFunction = ajv.compile(schema('aws-stepfunctions-statemachine.json'));
const samResource: ValidateFunction = ajv.compile(schema('sam-statemachine.schema.json'));

/** CloudFormation resolves intrinsic functions before it checks a resource: a string here. */
function resolveIntrinsics(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveIntrinsics);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && (keys[0] === 'Ref' || (keys[0] as string).startsWith('Fn::'))) {
    return 'resolved-by-cloudformation';
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveIntrinsics(v)]));
}

interface Template {
  readonly Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
}

/** The state machine resources of a template, checked; returns how many. */
function check(name: string, template: Template): number {
  let n = 0;
  for (const [id, r] of Object.entries(template.Resources)) {
    expect(id, name).toMatch(/^[A-Za-z0-9]+$/);
    expect(id, name).not.toMatch(/StateMachineStateMachine/);
    if (r.Type === 'AWS::StepFunctions::StateMachine') {
      const props = resolveIntrinsics(r.Properties) as Record<string, unknown>;
      // A local file name is what `aws cloudformation package` replaces with {Bucket, Key}.
      if (typeof props['DefinitionS3Location'] === 'string') {
        expect(cfnProperties(props), `${name}: a file name needs packaging`).toBe(false);
        props['DefinitionS3Location'] = { Bucket: 'b', Key: props['DefinitionS3Location'] };
      }
      expect(cfnProperties(props) ? [] : cfnProperties.errors, `${name} ${id}`).toEqual([]);
      n++;
    } else if (r.Type === 'AWS::Serverless::StateMachine') {
      expect(samResource(r) ? [] : samResource.errors, `${name} ${id}`).toEqual([]);
      n++;
    }
  }
  return n;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('templates against the resource schemas', () => {
  it('the schemas are not vacuous', () => {
    expect(cfnProperties({ RoleArn: 'r', StateMachineType: 'FAST' })).toBe(false);
    expect(cfnProperties({ RoleArn: 'r', Tags: [{ Key: 'k', Value: '' }] })).toBe(false);
    expect(cfnProperties({ DefinitionString: '{}' })).toBe(false);
    expect(samResource({ Type: 'AWS::Serverless::StateMachine', Properties: { Nme: 'x' } })).toBe(
      false,
    );
    expect(
      samResource({
        Type: 'AWS::Serverless::StateMachine',
        Properties: { Events: { E: { Type: 'ScheduleV2', Properties: { Cron: 'x' } } } },
      }),
    ).toBe(false);
  });

  it('every golden template', () => {
    let checked = 0;
    for (const file of filesUnder(join(repoRoot, 'golden/projects'))) {
      if (!/\.(sam|cfn)\.(json|yaml)$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      const template = (
        file.endsWith('.json') ? JSON.parse(text) : parse(text, { version: '1.1' })
      ) as Template;
      checked += check(file, template);
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('templates of every option, hostile text, references and an intrinsic key', () => {
    const intrinsic = stateMachine({
      definition: chain(pass('P', { result: { Ref: 'NotAResource', 'Fn::Sub': '${x}' } })),
    });
    const variants: TemplateTargetOptions[] = [
      { placeholders: 'inline' },
      { placeholders: 'inline', definition: 'inline' },
      { placeholders: 'keep', definition: 'inline' },
      {
        placeholders: 'inline',
        definition: 'inline',
        roleArn: '${RoleArn}',
        tracing: true,
        type: 'EXPRESS',
        logging: { level: 'ALL', includeExecutionData: true, logGroupArn: '${Logs}' },
        tags: { 'quote " ${x} %{y}': 'new\nline', team: 'data' },
      },
      {
        placeholders: 'inline',
        logging: { level: 'ERROR', retentionInDays: 7 },
        permissionsBoundary: '${Boundary}',
        tags: { team: 'data' },
        events: {
          Nightly: { schedule: 'rate(1 day)', enabled: false, input: { a: '${x}' } },
          Rule: { pattern: { source: ['x'] }, eventBusName: 'bus', input: 1 },
        },
      },
    ];
    const values = {
      ...hostileValues,
      RoleArn: 'arn:aws:iam::123456789012:role/r',
      Logs: 'arn:aws:logs:us-east-1:123456789012:log-group:l:*',
      Boundary: 'arn:aws:iam::123456789012:policy/b',
    };
    const artifacts: Artifact[] = [];
    variants.forEach((options, i) => {
      const { events, ...cfn } = options;
      const out = buildArtifacts(
        [
          // A literal ${ cannot be kept with DefinitionSubstitutions (iac.md §4.2).
          ...(options.placeholders === 'keep'
            ? []
            : [{ name: `hostile-${i}`, machine: hostileMachine().node, entry: { path: 'x' } }]),
          { name: `intrinsic-${i}`, machine: intrinsic.node, entry: { path: 'y' } },
        ],
        {
          targets: {
            sam: { ...options, dir: `sam${i}` },
            cloudformation: { ...cfn, dir: `cfn${i}` },
          },
          environment: { name: 'dev', values },
        },
      );
      expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
      void events;
      artifacts.push(...out.artifacts);
    });
    let checked = 0;
    const templates = artifacts.filter((a) => /\.(sam|cfn)\.(json|yaml)$/.test(a.path));
    expect(templates.length).toBe((variants.length * 2 - 1) * 2 * 2);
    for (const a of templates) {
      const template = (
        a.path.endsWith('.json') ? JSON.parse(a.content) : parse(a.content, { version: '1.1' })
      ) as Template;
      checked += check(a.path, template);
    }
    expect(checked).toBe(templates.length);
    // The intrinsic keys kept the definition out of a Definition object.
    const cfn = artifacts.find((a) => a.path === 'cfn1/intrinsic-1.cfn.json')?.content ?? '';
    expect(cfn).toContain('"DefinitionString": "{\\n  \\"StartAt\\": \\"P\\"');
    expect(artifacts.map((a) => a.path)).toContain('sam1/intrinsic-1.asl.json');
  });
});
