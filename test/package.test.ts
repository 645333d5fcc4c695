import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './support/cli.ts';

interface Conditional {
  'aslc-source': string;
  types: string;
  default: string;
}
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  type: string;
  bin: Record<string, string>;
  exports: Record<string, Conditional | string>;
  engines: { node: string };
  files: string[];
  devDependencies: Record<string, string>;
};

describe('package.json', () => {
  test('is an ESM package with a bin, engines and the files to publish', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.bin['aslc']).toBe('./dist/cli/main.js');
    expect(pkg.engines.node).toBe('>=22.18');
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'schemas']));
    expect(pkg.devDependencies['node']).toMatch(/^24\./);
  });

  test('every export maps a source file to its built file and declarations', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue;
      const source = target['aslc-source'];
      expect(existsSync(join(repoRoot, source)), `${subpath}: ${source}`).toBe(true);
      const built = source.replace('./src/', './dist/').replace(/\.ts$/, '');
      expect(target.default, subpath).toBe(`${built}.js`);
      expect(target.types, subpath).toBe(`${built}.d.ts`);
    }
  });
});
