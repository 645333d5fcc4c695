// The serverless target (issue 16.4): the stepFunctions section for serverless-step-functions,
// parsed back; placeholders as ${param:Name}; text the Framework or the plugin would rewrite is
// refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildArtifacts, serverlessVariable } from '../../src/iac/index.ts';
import { chain, pass, placeholder, stateMachine, States, path, task } from '../../src/index.ts';
import { repoRoot } from '../support/cli.ts';

interface StepFunctions {
  stateMachines: Record<
    string,
    { name: string; type: string; definition: unknown } & Record<string, unknown>
  >;
}

/** The Framework's resolution of `${param:Name}` (every other `${` is left alone). */
function resolveParams(value: unknown, params: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{param:([A-Za-z][A-Za-z0-9_]*)\}/g, (_m, n: string) => {
      expect(Object.hasOwn(params, n), n).toBe(true);
      return params[n] as string;
    });
  }
  if (Array.isArray(value)) return value.map((v) => resolveParams(v, params));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveParams(v, params)]));
  }
  return value;
}

describe('serverless target', () => {
  for (const env of ['dev', 'prod']) {
    it(`golden orders (${env}): YAML parses back; with params.yml, each definition is the golden ASL`, () => {
      const dir = join(repoRoot, 'golden/projects/orders', env);
      const text = readFileSync(join(dir, 'serverless/step-functions.yml'), 'utf8');
      const doc = parse(text, { version: '1.1' }) as StepFunctions;
      expect(parse(text) as unknown).toEqual(doc);
      const params = (
        parse(readFileSync(join(dir, 'serverless/params.yml'), 'utf8'), {
          version: '1.1',
        }) as Record<string, Record<string, string>>
      )[env] as Record<string, string>;
      const names = Object.keys(doc.stateMachines);
      expect(names).toEqual(['NightlyReport', 'OrderFulfilment', 'Placeholders']);
      for (const [key, file] of [
        ['NightlyReport', 'nightly-report'],
        ['OrderFulfilment', 'order-fulfilment'],
        ['Placeholders', 'placeholders'],
      ] as const) {
        const sm = doc.stateMachines[key];
        expect(sm?.name).toBe(`${file}-${env}`);
        const golden = JSON.parse(readFileSync(join(dir, 'asl', `${file}.asl.json`), 'utf8'));
        expect(resolveParams(sm?.definition, params)).toEqual(golden);
        // No intrinsic, no #{…}: the plugin writes DefinitionString = JSON.stringify(definition).
        expect(JSON.stringify(sm?.definition)).not.toMatch(/#\{|"Ref"|"Fn::/);
      }
    });
  }

  it('round-trips hostile text: quotes, newlines, YAML indicators, unicode, ${HOME}, %{x}', () => {
    const hostile = [
      'say "hi" \\ back',
      'line\nbreak\ttab',
      '- starts like a list',
      ': colon',
      '? key',
      '{% $states.input %}',
      '[1, 2]',
      '&anchor *alias !tag |block >folded',
      'yes',
      'null',
      '0x1F',
      '1e3',
      'cmd ${HOME} and %{if} and $${X}',
      'Straße ✓ 😀 \u2028',
      '# not a comment',
      '',
    ];
    const m = stateMachine({
      comment: hostile.join(' / '),
      definition: chain(
        pass('P', { result: Object.fromEntries(hostile.map((h, i) => [`k${i}`, h])) }),
        task('T', {
          resource: 'arn:aws:states:::lambda:invoke',
          parameters: {
            FunctionName: placeholder('Fn'),
            'Key.$': States.Format('{}-{}', placeholder('Stage'), path('$.id')),
          },
        }),
      ),
    });
    const { artifacts, problems } = buildArtifacts([{ name: 'hostile', machine: m.node }], {
      targets: { serverless: {}, asl: {} },
      environment: {
        name: 'dev',
        values: { Fn: 'arn:aws:lambda:us-east-1:1:function:f', Stage: 'dev-1' },
      },
    });
    expect(problems).toEqual([]);
    const yaml = artifacts.find((a) => a.path === 'serverless/step-functions.yml')?.content ?? '';
    const params = parse(
      artifacts.find((a) => a.path === 'serverless/params.yml')?.content ?? '',
    ) as {
      dev: Record<string, string>;
    };
    const asl = JSON.parse(artifacts.find((a) => a.path === 'asl/hostile.asl.json')?.content ?? '');
    for (const version of ['1.1', '1.2'] as const) {
      const doc = parse(yaml, { version }) as StepFunctions;
      expect(resolveParams(doc.stateMachines['Hostile']?.definition, params.dev)).toEqual(asl);
    }
    expect(yaml).toContain(`FunctionName: "${serverlessVariable('Fn')}"`);
    // The role's policy uses the same variables.
    expect(yaml).toContain(`- "${serverlessVariable('Fn')}:*"`);
  });

  it('refuses text the Framework or the plugin would rewrite, naming the state and field', () => {
    const cases: [Record<string, string | Record<string, string>>, RegExp][] = [
      [{ cmd: 'echo ${self:custom.x}' }, /Serverless Framework reads as a variable/],
      [{ arn: 'arn:aws:s3:::#{AWS::Region}' }, /#\{…\}/],
      [{ Ref: 'Bucket' }, /key 'Ref'/],
      [{ nested: { 'Fn::Sub': 'x' } }, /key 'Fn::Sub'/],
    ];
    for (const [result, why] of cases) {
      const m = stateMachine({ definition: chain(pass('P', { result })) });
      const { artifacts, problems } = buildArtifacts([{ name: 'f', machine: m.node }], {
        targets: { serverless: {} },
      });
      expect(artifacts).toEqual([]);
      expect(problems[0]).toMatchObject({
        code: 'ServerlessRewrite',
        target: 'serverless',
        state: 'P',
      });
      expect(problems[0]?.message).toMatch(why);
      expect(problems[0]?.pointer).toMatch(/^\/States\/P\/Result/);
    }
  });

  it('refuses a tag the Framework would read as a variable', () => {
    const m = stateMachine({ definition: chain(pass('P')) });
    const { problems } = buildArtifacts([{ name: 'f', machine: m.node }], {
      targets: { serverless: { tags: { owner: 'team ${self:custom.team}' } } },
    });
    expect(problems[0]).toMatchObject({ code: 'ServerlessRewrite', pointer: 'tags/owner' });
    expect(problems[0]?.message).toMatch(/^a tag holds \$\{ followed by a lower-case letter/);
  });

  it('writes the role, logging, tracing and tags; keep mode writes no params.yml', () => {
    const m = stateMachine({
      definition: chain(pass('P', { parameters: { arn: placeholder('Fn') } })),
    });
    const { artifacts, problems } = buildArtifacts([{ name: 'flow', machine: m.node }], {
      targets: {
        serverless: {
          placeholders: 'keep',
          roleArn: '${Role}',
          logging: {
            level: 'ALL',
            logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:l:*',
          },
          tracing: true,
          tags: { team: 'data' },
          type: 'EXPRESS',
        },
      },
    });
    expect(problems).toEqual([]);
    expect(artifacts.map((a) => a.path)).toEqual(['serverless/step-functions.yml']);
    expect(parse(artifacts[0]?.content ?? '')).toEqual({
      stateMachines: {
        Flow: {
          name: 'flow',
          type: 'EXPRESS',
          definition: {
            StartAt: 'P',
            States: { P: { Type: 'Pass', Parameters: { arn: '${param:Fn}' }, End: true } },
          },
          role: '${param:Role}',
          loggingConfig: {
            level: 'ALL',
            includeExecutionData: false,
            destinations: ['arn:aws:logs:us-east-1:123456789012:log-group:l:*'],
          },
          tracingConfig: { enabled: true },
          tags: { team: 'data' },
        },
      },
    });
  });
});
