import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './support/cli.ts';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The fenced code block that follows an HTML comment marker. */
function blockAfter(marker: string): string {
  const at = readme.indexOf(`<!-- ${marker} -->`);
  expect(at, `README marker ${marker}`).toBeGreaterThanOrEqual(0);
  const m = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(at));
  expect(m, `code block after ${marker}`).not.toBeNull();
  return (m as RegExpExecArray)[1] as string;
}

describe('README', () => {
  test('the quick start has exactly two commands', () => {
    const lines = blockAfter('quick-start')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('npm ci && npm test');
  });

  test('the DSL example is the readme-example fixture, and its ASL is the golden file', () => {
    expect(blockAfter('readme-example-ts')).toBe(
      readFileSync(join(repoRoot, 'fixtures/workflows/readme-example.ts'), 'utf8'),
    );
    expect(blockAfter('readme-example-asl')).toBe(
      readFileSync(join(repoRoot, 'golden/workflows/readme-example.asl.json'), 'utf8'),
    );
  });

  test('the CI script runs the test command of the README', () => {
    const ci = readFileSync(join(repoRoot, '.ci/run'), 'utf8');
    expect(ci).toContain('npm ci');
    expect(ci).toContain('npm test');
  });
});
