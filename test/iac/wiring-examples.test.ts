// The wiring examples of the target pages (src/iac/<target>/README.md): each page quotes the files
// of fixtures/projects/wiring/<tool>/ verbatim, and those files fit what aslc builds: the nested
// SAM application and CloudFormation stack pass every parameter of the generated template and
// read outputs it has, and serverless.yml's variables resolve to keys that exist. The tools
// themselves check them too (wiring-tools.test.ts: terraform validate, cfn-lint; cdk.test.ts:
// a synth of the CDK app).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.ts';
import {
  buildWiringExample,
  readCfnYaml,
  readmeExamples,
  type CfnTemplate,
} from './support/wiring.ts';

/** What each page must quote (more is allowed). */
const quoted: Record<string, string[]> = {
  'src/iac/terraform/README.md': ['terraform/aslc.config.json', 'terraform/main.tf'],
  'src/iac/sam/README.md': ['sam/aslc.config.json', 'sam/template.yaml'],
  'src/iac/cloudformation/README.md': [
    'cloudformation/aslc.config.json',
    'cloudformation/template.yaml',
  ],
  'src/iac/serverless/README.md': ['serverless/aslc.config.json', 'serverless/serverless.yml'],
  'src/iac/cdk/README.md': ['cdk/bin/app.ts', 'cdk/lib/shop-stack.ts'],
};

describe('target pages quote their wiring example verbatim', () => {
  for (const [readme, files] of Object.entries(quoted)) {
    it(readme, () => {
      const examples = readmeExamples(readme);
      expect(examples.map((e) => e.path)).toEqual(
        expect.arrayContaining(files.map((f) => `fixtures/projects/wiring/${f}`)),
      );
      for (const e of examples) {
        expect(e.text, `${readme}: the block after <!-- example: ${e.path} -->`).toBe(
          readFileSync(join(repoRoot, e.path), 'utf8'),
        );
      }
    });
  }
});

/** Every `Ref` and `Fn::GetAtt` of a value. */
function references(value: unknown): { ref?: string; getAtt?: [string, string] }[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  if (typeof o['Ref'] === 'string') return [{ ref: o['Ref'] }];
  if (Array.isArray(o['Fn::GetAtt'])) return [{ getAtt: o['Fn::GetAtt'] as [string, string] }];
  return Object.values(o).flatMap(references);
}

describe('SAM and CloudFormation: the nested template aslc builds fits the parent', () => {
  for (const [tool, type, location] of [
    ['sam', 'AWS::Serverless::Application', 'Location'],
    ['cloudformation', 'AWS::CloudFormation::Stack', 'TemplateURL'],
  ] as const) {
    it(`${tool}/template.yaml`, async () => {
      const dir = await buildWiringExample(tool);
      const parent = readCfnYaml(join(dir, 'template.yaml'));
      const nested = Object.entries(parent.Resources).filter(([, r]) => r.Type === type);
      expect(nested.length).toBeGreaterThan(0);
      for (const [id, r] of nested) {
        const file = join(dir, r.Properties?.[location] as string);
        expect(existsSync(file), `${id}: ${file}`).toBe(true);
        const child: CfnTemplate = readCfnYaml(file);
        // Every parameter the generated template declares is passed, and nothing else.
        expect(Object.keys((r.Properties?.['Parameters'] as object) ?? {}).sort()).toEqual(
          Object.keys(child.Parameters ?? {}).sort(),
        );
        // The parameters reach the definition through DefinitionSubstitutions.
        const machine = Object.values(child.Resources).find((c) =>
          c.Type.endsWith('::StateMachine'),
        );
        expect(machine?.Properties?.['DefinitionSubstitutions']).toEqual(
          Object.fromEntries(Object.keys(child.Parameters ?? {}).map((p) => [p, { Ref: p }])),
        );
        // Outputs read from the nested stack exist.
        for (const ref of references(parent)) {
          if (ref.getAtt?.[0] !== id) continue;
          const output = /^Outputs\.(.+)$/.exec(ref.getAtt[1])?.[1];
          expect(
            output !== undefined && Object.hasOwn(child.Outputs ?? {}, output),
            ref.getAtt[1],
          ).toBe(true);
        }
      }
      // Every Ref and Fn::GetAtt of the parent names one of its resources or parameters.
      const names = new Set([
        ...Object.keys(parent.Resources),
        ...Object.keys(parent.Parameters ?? {}),
      ]);
      for (const ref of references(parent.Resources).concat(references(parent.Outputs))) {
        const name = ref.ref ?? ref.getAtt?.[0] ?? '';
        expect(name.startsWith('AWS::') || names.has(name), name).toBe(true);
      }
    });
  }
});

type Yaml = Record<string, unknown>;

/** The Serverless Framework's variables this example uses, resolved as the Framework does. */
function resolveServerless(dir: string, stage: string, accountId: string): Yaml {
  const raw = parse(readFileSync(join(dir, 'serverless.yml'), 'utf8')) as Yaml;
  const lookup = (root: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((o, k) => {
      expect(typeof o === 'object' && o !== null && Object.hasOwn(o, k), `${path}: ${k}`).toBe(
        true,
      );
      return (o as Yaml)[k];
    }, root);
  const variable = (v: string): unknown => {
    const file = /^file\((.+)\)$/.exec(v);
    if (file !== null) {
      const path = join(dir, file[1] as string);
      expect(existsSync(path), `\${${v}}`).toBe(true);
      return resolve(parse(readFileSync(path, 'utf8')));
    }
    const [source, path = ''] = v.split(/:(.*)/s, 2) as [string, string?];
    switch (source) {
      case 'self':
        return resolve(lookup(raw, path));
      case 'sls':
        expect(path).toBe('stage');
        return stage;
      case 'aws':
        expect(['region', 'accountId']).toContain(path);
        return path === 'region' ? resolve(lookup(raw, 'provider.region')) : accountId;
      case 'param': {
        const params = raw['params'] as Record<string, Yaml>;
        const value = params[stage]?.[path] ?? params['default']?.[path];
        expect(value, `\${param:${path}}`).toBeDefined();
        return resolve(value);
      }
      default:
        throw new Error(`unexpected variable \${${v}}`);
    }
  };
  const resolve = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = /^\$\{([^${}]+)\}$/.exec(value);
      if (whole !== null) return variable(whole[1] as string);
      let out = value;
      for (let m; (m = /\$\{([^${}]+)\}/.exec(out)) !== null;) {
        const v = variable(m[1] as string);
        expect(typeof v, m[0]).toBe('string');
        out = out.replace(m[0], v as string);
      }
      return out;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    }
    return value;
  };
  return resolve(raw) as Yaml;
}

describe('Serverless Framework: serverless.yml with the stepFunctions section aslc builds', () => {
  it('every variable resolves to a key that exists; the ARNs name its function and table', async () => {
    const dir = await buildWiringExample('serverless');
    const config = resolveServerless(dir, 'dev', '123456789012');
    expect(config['plugins']).toContain('serverless-step-functions');
    const service = config['service'] as string;
    const functions = config['functions'] as Record<string, { handler: string }>;
    const resources = (config['resources'] as { Resources: CfnTemplate['Resources'] }).Resources;
    const machines = (config['stepFunctions'] as { stateMachines: Record<string, Yaml> })
      .stateMachines;
    expect(Object.keys(machines)).toEqual(['ChargeOrder']);
    const text = JSON.stringify(machines);
    expect(text).not.toContain('${');
    // The function and the table the definition names are this service's.
    const functionArn = `arn:aws:lambda:eu-west-1:123456789012:function:${service}-dev-charge`;
    expect(Object.keys(functions)).toContain('charge');
    const table = resources['OrdersTable']?.Properties?.['TableName'];
    const tableArn = `arn:aws:dynamodb:eu-west-1:123456789012:table/${table as string}`;
    const states = (machines['ChargeOrder']?.['definition'] as { States: Record<string, Yaml> })
      .States;
    expect(states['Charge card']?.['Parameters']).toMatchObject({ FunctionName: functionArn });
    expect(states['Record order']?.['Parameters']).toMatchObject({ TableName: tableArn });
    expect(JSON.stringify(machines['ChargeOrder']?.['iamRoleStatements'])).toContain(tableArn);
    // Each handler is a function of a module of the service.
    for (const [name, fn] of Object.entries(functions)) {
      const [file, exported] = fn.handler.split(/\.(?=[^.]+$)/) as [string, string];
      const module = ['.js', '.mjs', '.cjs']
        .map((ext) => join(dir, file + ext))
        .find((f) => existsSync(f));
      expect(module, `${name}: ${fn.handler}`).toBeDefined();
      const loaded = (await import(module as string)) as Record<string, unknown>;
      expect(typeof loaded[exported], `${name}: ${fn.handler}`).toBe('function');
    }
  });
});

/** Every `Fn::ImportValue` name of a value. */
function imports(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(imports);
  if (typeof value !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  if (typeof o['Fn::ImportValue'] === 'string') return [o['Fn::ImportValue']];
  return Object.values(o).flatMap(imports);
}

describe('fixtures/projects/wired: references to another stack', () => {
  it('every Fn::ImportValue of its templates is an export of orders-stack.yaml', () => {
    const stack = readCfnYaml(join(repoRoot, 'fixtures/projects/wired/orders-stack.yaml'));
    const exported = Object.values(stack.Outputs ?? {}).map(
      (o) => (o as { Export?: { Name?: unknown } }).Export?.Name,
    );
    const golden = join(repoRoot, 'golden/projects/wired/dev');
    const names = new Set<string>();
    for (const file of [
      'sam/order-fulfilment.sam.yaml',
      'cloudformation/order-fulfilment.cfn.yaml',
    ]) {
      for (const name of imports(readCfnYaml(join(golden, file)))) names.add(name);
    }
    expect([...names].sort()).toEqual([
      'orders-charge-function-arn',
      'orders-flows-role-arn',
      'orders-table-arn',
      'shipping-state-machine-arn',
    ]);
    for (const name of names) expect(exported, name).toContain(name);
  });
});
