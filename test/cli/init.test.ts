import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli } from '../support/cli.ts';

describe('aslc init', () => {
  test('creates a project whose build and test pass with no arguments', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'aslc-init-'));
    const created = await cli(['init', 'My Flows'], { cwd: parent });
    expect(created.code, created.stderr).toBe(0);
    const dir = join(parent, 'My Flows');
    expect(created.stdout).toMatch(
      /Next: cd My Flows && npm install && npx aslc build && npx aslc test/,
    );
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(pkg).toMatchObject({
      name: 'my-flows',
      type: 'module',
      scripts: { build: 'aslc build', test: 'aslc test' },
      devDependencies: { aslc: expect.stringMatching(/^\^\d+\.\d+\.\d+$/) },
    });
    expect(readdirSync(dir).sort()).toEqual([
      '.gitignore',
      'README.md',
      'aslc.config.json',
      'environments',
      'package.json',
      'tests',
      'tsconfig.json',
      'workflows',
    ]);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/^# my-flows\n/);

    const built = await cli(['build'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/files built from 1 workflow for environment dev/);
    expect(existsSync(join(dir, 'out', 'dev', 'terraform', 'greet.tf'))).toBe(true);

    const tested = await cli(['test'], { cwd: dir });
    expect(tested.code, tested.stdout + tested.stderr).toBe(0);
    expect(tested.stdout).toMatch(/2 passed, 0 failed, 0 skipped/);
  });

  test('refuses to overwrite anything, and writes nothing then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-init-'));
    writeFileSync(join(dir, 'package.json'), '{"name":"mine"}');
    mkdirSync(join(dir, 'workflows'));
    const r = await cli(['init'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^aslc: WouldOverwrite: 1 of the project's files already exist \(package\.json\); nothing was written\./,
    );
    expect(readdirSync(dir).sort()).toEqual(['package.json', 'workflows']);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{"name":"mine"}');
  });

  test('refuses a name npm would refuse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-init-'));
    const r = await cli(['init', 'x', '--name', 'Bad Name'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/'Bad Name' is not a valid npm package name/);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
