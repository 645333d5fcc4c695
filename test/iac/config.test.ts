import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkAgainstSchema,
  environmentNames,
  loadEnvironment,
  loadProjectConfig,
  targetOptionsFor,
} from '../../src/iac/index.ts';
import { repoRoot } from '../support/cli.ts';

function project(config: unknown, envFiles: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'aslc-config-'));
  writeFileSync(
    join(dir, 'aslc.config.json'),
    typeof config === 'string' ? config : JSON.stringify(config),
  );
  mkdirSync(join(dir, 'environments'));
  for (const [name, body] of Object.entries(envFiles)) {
    writeFileSync(
      join(dir, 'environments', `${name}.json`),
      typeof body === 'string' ? body : JSON.stringify(body),
    );
  }
  return join(dir, 'aslc.config.json');
}

describe('project configuration', () => {
  it('accepts the bundled example projects', () => {
    for (const name of ['orders']) {
      const r = loadProjectConfig(join(repoRoot, 'fixtures/projects', name, 'aslc.config.json'));
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
  });

  it('applies the defaults', () => {
    const r = loadProjectConfig(project({ workflows: ['flows'], targets: { asl: {} } }));
    expect(r.ok && r.value).toMatchObject({
      workflows: [{ path: 'flows' }],
      outDir: 'build',
      environmentsDir: 'environments',
      environments: {},
      targets: { asl: {} },
    });
  });

  it.each([
    [{ targets: { asl: {} } }, [{ pointer: '', message: "missing property 'workflows'" }]],
    [
      { workflows: [], targets: { asl: {} } },
      [{ pointer: '/workflows', message: 'must NOT have fewer than 1 items' }],
    ],
    [
      { workflows: ['a'], targets: {} },
      [{ pointer: '/targets', message: 'must NOT have fewer than 1 properties' }],
    ],
    [
      { workflows: ['a'], targets: { pulumi: {} } },
      [{ pointer: '/targets/pulumi', message: 'unknown property' }],
    ],
    [
      { workflows: ['a'], targets: { terraform: { type: 'FAST', resourceNme: 'x' } } },
      [
        { pointer: '/targets/terraform/type', message: 'must be one of "STANDARD", "EXPRESS"' },
        { pointer: '/targets/terraform/resourceNme', message: 'unknown property' },
      ],
    ],
    [
      { workflows: ['a'], targets: { sam: { roleArn: 'my-role' } } },
      [
        {
          pointer: '/targets/sam/roleArn',
          message: 'must be an ARN (arn:…) or ${Name}, the value of a placeholder',
        },
      ],
    ],
    [
      { workflows: [3, { path: 'a', typ: 'EXPRESS' }], targets: { asl: {} }, outDir: 5 },
      [
        { pointer: '/workflows/0', message: 'must be a path, or an object with a path' },
        { pointer: '/workflows/1/typ', message: 'unknown property' },
        { pointer: '/outDir', message: 'must be string' },
      ],
    ],
    [
      { workflows: [{ path: 'a', typ: 'EXPRESS' }], targets: { asl: {} } },
      [{ pointer: '/workflows/0/typ', message: 'unknown property' }],
    ],
    [
      { workflows: ['a'], targets: { asl: {} }, environments: { 'bad name': {} } },
      [
        {
          pointer: '/environments',
          message:
            "invalid name 'bad name': must be 1 to 64 letters, digits, dashes or underscores, starting with a letter or digit",
        },
      ],
    ],
    [
      {
        workflows: ['a'],
        targets: { asl: {} },
        environments: { dev: { placeholders: { Fn: 1 } } },
      },
      [
        {
          pointer: '/environments/dev/placeholders/Fn',
          message:
            'must be a string, or an object with exactly one of Ref, Fn::GetAtt, Fn::Sub, Fn::ImportValue',
        },
      ],
    ],
    [
      // A tag value AWS refuses (AWS tag values take letters, digits, spaces and _ . : / = + - @).
      { workflows: ['a'], targets: { terraform: { tags: { owner: 'Team "Orders" & co.' } } } },
      [
        {
          pointer: '/targets/terraform/tags/owner',
          message:
            'must be at most 256 letters, digits, spaces or _ . : / = + - @ (what AWS accepts in a tag value)',
        },
      ],
    ],
    [
      { workflows: ['/abs/flows'], targets: { asl: {} } },
      [
        {
          pointer: '/workflows/0',
          message: 'must be relative to the folder of the configuration file',
        },
      ],
    ],
  ])('reports %j with JSON pointers', (config, issues) => {
    const r = loadProjectConfig(project(config));
    expect(r.ok ? [] : r.issues).toEqual(issues);
  });

  it('reports a syntax error with its line and column', () => {
    const r = loadProjectConfig(project('{\n  "workflows": [,]\n}'));
    expect(r.ok ? [] : r.issues).toEqual([
      { pointer: '', message: expect.stringMatching(/^invalid JSON at line \d+, column \d+$/) },
    ]);
  });

  it('merges per-workflow target options over the project', () => {
    expect(
      targetOptionsFor(
        { sam: { formats: ['yaml'], placeholders: 'keep' } },
        { path: 'x', targets: { sam: { placeholders: 'inline' } } },
        'sam',
      ),
    ).toEqual({ formats: ['yaml'], placeholders: 'inline' });
  });
});

describe('environments', () => {
  const base = { workflows: ['a'], targets: { asl: {} } };

  it('come from the configuration and from environment files, merged', () => {
    const file = project(
      { ...base, environments: { dev: { placeholders: { A: 'a' } }, qa: {} } },
      { dev: { placeholders: { B: 'b' } }, prod: { placeholders: { A: 'p' } }, 'not an env': {} },
    );
    const r = loadProjectConfig(file);
    if (!r.ok) throw new Error('config');
    expect(environmentNames(r.value)).toEqual(['dev', 'prod', 'qa']);
    expect(loadEnvironment(r.value, 'dev')).toEqual({
      ok: true,
      value: { placeholders: { A: 'a', B: 'b' } },
    });
    expect(loadEnvironment(r.value, 'qa')).toEqual({ ok: true, value: { placeholders: {} } });
    expect(loadEnvironment(r.value, 'staging')).toBeUndefined();
  });

  it('refuse a value given twice, and an invalid environment file', () => {
    const file = project(
      { ...base, environments: { dev: { placeholders: { A: 'a' } } } },
      { dev: { placeholders: { A: 'other' } }, prod: { placeholders: { 'x-y': 'v' } } },
    );
    const r = loadProjectConfig(file);
    if (!r.ok) throw new Error('config');
    expect(loadEnvironment(r.value, 'dev')).toMatchObject({
      ok: false,
      issues: [
        {
          pointer: '/placeholders/A',
          message: "placeholder 'A' also has a value in the configuration's environments.dev",
        },
      ],
    });
    expect(loadEnvironment(r.value, 'prod')).toMatchObject({
      ok: false,
      issues: [
        {
          pointer: '/placeholders',
          message:
            "invalid name 'x-y': must be a letter followed by letters, digits or underscores (or dotted segments of them, CDK style), at most 128 characters",
        },
      ],
    });
  });

  it('the environment file definition of the schema is usable on its own', () => {
    expect(checkAgainstSchema({ placeholders: { A: 'x' } }, '#/$defs/environmentFile')).toEqual([]);
    expect(checkAgainstSchema({ values: {} }, '#/$defs/environmentFile')).toEqual([
      { pointer: '/values', message: 'unknown property' },
    ]);
  });
});
