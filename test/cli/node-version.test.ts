import { describe, expect, test } from 'vitest';
import { MINIMUM_NODE, nodeVersionProblem } from '../../src/cli/node-version.ts';
import { repoRoot } from '../support/cli.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('the Node.js version check', () => {
  test('names the version found, the version needed and how to get it', () => {
    expect(nodeVersionProblem('20.20.2')).toBe(
      'aslc needs Node.js 22.18 or later; this is Node.js 20.20.2. Install a current Node.js (https://nodejs.org/en/download, or `nvm install 24`), or add one to this project with `npm install --save-dev node@24`, which npm scripts and npx then use.',
    );
    expect(nodeVersionProblem('22.17.9')).toMatch(/this is Node\.js 22\.17\.9/);
    for (const ok of ['22.18.0', '23.0.0', '24.21.0', '30.1.2'])
      expect(nodeVersionProblem(ok)).toBeUndefined();
  });

  test("agrees with package.json's engines", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE.join('.')}`);
  });
});
