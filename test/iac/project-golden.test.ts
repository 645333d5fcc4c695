import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mapStrings } from '../../src/iac/index.ts';
import { cli, repoRoot } from '../support/cli.ts';
import { expectGolden, updateGolden } from '../support/golden.ts';

/** Every file under a folder, relative, sorted. */
function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(filesUnder(full).map((f) => join(e.name, f)));
    else out.push(e.name);
  }
  return out.sort();
}

const projects = [
  ['demand-execution', ['dev', 'prod']],
  ['orders', ['dev', 'prod']],
  ['wired', ['dev']],
  ['plain-asl', ['dev']],
] as const;

/**
 * The projects of the wiring examples of src/iac/<target>/README.md: placeholders kept, so built
 * without an environment (golden/projects/wiring/<tool>/).
 */
const wiringProjects = ['terraform', 'sam', 'cloudformation', 'serverless'] as const;

describe('example projects: aslc build output = golden/projects/<project>/<env>/', () => {
  const builds: [project: string, env: string | undefined][] = [
    ...projects.flatMap(([project, envs]) => envs.map((env) => [project, env] as [string, string])),
    ...wiringProjects.map((tool) => [`wiring/${tool}`, undefined] as [string, undefined]),
  ];
  for (const [project, env] of builds) {
    it(`${project} (${env ?? 'no environment'})`, async () => {
      const out = mkdtempSync(join(tmpdir(), 'aslc-golden-'));
      const config = `fixtures/projects/${project}/aslc.config.json`;
      const envArgs = env === undefined ? [] : ['--env', env];
      const r = await cli(['build', '--config', config, ...envArgs, '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const golden = join(repoRoot, 'golden/projects', project, env ?? '');
      const built = filesUnder(out);
      expect(built.length).toBeGreaterThan(0);
      for (const f of built) expectGolden(join(golden, f), readFileSync(join(out, f), 'utf8'));
      if (!updateGolden) {
        expect(
          filesUnder(golden),
          `golden files without an output in ${relative(repoRoot, golden)}`,
        ).toEqual(built);
      }
      // Building again gives the same bytes (and rewrites nothing).
      const again = await cli([
        'build',
        '--config',
        config,
        ...envArgs,
        '--out',
        out,
        '--check',
        '--quiet',
      ]);
      expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
    });
  }
});

/**
 * CloudFormation's substitution: plain text replacement of every `${key}` (iac.md §4.2). A
 * reference (`{"Fn::GetAtt": …}`) is known only at deploy time: it stays `${key}`, as in the
 * golden ASL of a project whose asl target keeps its placeholders.
 */
function substitute(text: string, substitutions: Record<string, unknown>): string {
  let out = text;
  for (const [k, v] of Object.entries(substitutions)) {
    if (typeof v === 'string') out = out.split('${' + k + '}').join(v);
  }
  return out;
}

describe('example projects: SAM and CloudFormation templates deploy the golden definitions', () => {
  for (const [project, envs] of projects) {
    for (const env of envs) {
      it(`${project} (${env})`, () => {
        const golden = join(repoRoot, 'golden/projects', project, env);
        let checked = 0;
        for (const [dir, kind] of [
          ['sam', 'sam'],
          ['cloudformation', 'cfn'],
        ] as const) {
          for (const file of filesUnder(join(golden, dir))) {
            const m = new RegExp(`^(.+)\\.${kind}\\.(json|yaml)$`).exec(file);
            if (m === null) continue;
            const text = readFileSync(join(golden, dir, file), 'utf8');
            const template = (
              m[2] === 'json' ? JSON.parse(text) : parse(text, { version: '1.1' })
            ) as {
              Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
            };
            const machine = Object.values(template.Resources).find((r) =>
              r.Type.endsWith('StateMachine'),
            );
            const props = machine?.Properties ?? {};
            const substitutions = (props['DefinitionSubstitutions'] ?? {}) as Record<
              string,
              unknown
            >;
            const expected = readFileSync(join(golden, 'asl', `${m[1]}.asl.json`), 'utf8');
            const uri = (props['DefinitionUri'] ?? props['DefinitionS3Location']) as
              string | undefined;
            const definitionString = props['DefinitionString'] as string | undefined;
            if (definitionString !== undefined) {
              expect(substitute(definitionString, substitutions)).toBe(expected);
            } else if (uri !== undefined) {
              expect(substitute(readFileSync(join(golden, dir, uri), 'utf8'), substitutions)).toBe(
                expected,
              );
            } else {
              const definition = mapStrings(props['Definition'], (x) =>
                substitute(x, substitutions),
              );
              expect(definition).toEqual(JSON.parse(expected));
            }
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(0);
      });
    }
  }
});
