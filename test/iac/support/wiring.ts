// The wiring examples of src/iac/<target>/README.md (fixtures/projects/wiring/<tool>/): built
// into a folder laid out as a user's project, the README blocks that quote them, and a reader of
// CloudFormation YAML with its short-form tags (!GetAtt, !Ref, !Sub…).
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type Tags } from 'yaml';
import { expect } from 'vitest';
import { cli, repoRoot } from '../../support/cli.ts';

/** fixtures/projects/wiring, the example project of the five target pages. */
export const wiringRoot = join(repoRoot, 'fixtures/projects/wiring');

/** The tools whose example has an `aslc.config.json` (the CDK construct needs no build). */
export type WiringTool = 'terraform' | 'sam' | 'cloudformation' | 'serverless';

/**
 * A copy of fixtures/projects/wiring/<tool> in a new folder, with `aslc build` of its
 * configuration written to its `build/` (the configuration's default outDir), as in a user's
 * project after `npx aslc build`. Returns the folder.
 */
export async function buildWiringExample(tool: WiringTool): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'aslc-wiring-')), tool);
  mkdirSync(dir);
  cpSync(join(wiringRoot, tool), dir, { recursive: true });
  const config = join(wiringRoot, tool, 'aslc.config.json');
  const r = await cli(['build', '--config', config, '--out', join(dir, 'build'), '--quiet']);
  expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  return dir;
}

/**
 * The examples a README quotes: a fenced block right after `<!-- example: <path> -->` holds the
 * file at <path> (relative to the repository), verbatim.
 */
export function readmeExamples(readme: string): { path: string; text: string }[] {
  const text = readFileSync(join(repoRoot, readme), 'utf8');
  const out: { path: string; text: string }[] = [];
  for (const m of text.matchAll(/<!-- example: (\S+) -->\n```[a-z]*\n([\s\S]*?)^```$/gm)) {
    out.push({ path: m[1] as string, text: m[2] as string });
  }
  return out;
}

/** CloudFormation's short-form tags, read as the long form (`!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}`). */
const cfnTags: Tags = [
  'Ref',
  'GetAtt',
  'Sub',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'Not',
  'FindInMap',
  'Base64',
  'GetAZs',
].flatMap((name) => {
  const key = name === 'Ref' ? 'Ref' : `Fn::${name}`;
  const long = (v: unknown) => ({
    [key]: key === 'Fn::GetAtt' && typeof v === 'string' ? v.split(/\.(.*)/s, 2) : v,
  });
  return [
    { tag: `!${name}`, resolve: (text: string) => long(text) },
    ...(['seq', 'map'] as const).map((collection) => ({
      tag: `!${name}`,
      collection,
      resolve: (node: { toJSON(): unknown }) => long(node.toJSON()),
    })),
  ];
}) as unknown as Tags;

/** A CloudFormation or SAM template in YAML, short-form tags included. */
export function readCfnYaml(file: string): CfnTemplate {
  return parse(readFileSync(file, 'utf8'), { customTags: cfnTags, version: '1.1' }) as CfnTemplate;
}

export interface CfnTemplate {
  readonly Parameters?: Record<string, { Type: string; Default?: unknown }>;
  readonly Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  readonly Outputs?: Record<string, { Value: unknown }>;
}
