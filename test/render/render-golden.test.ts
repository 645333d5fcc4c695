import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDot, renderMermaid } from '../../src/render/index.ts';
import { repoRoot } from '../support/cli.ts';
import { expectGolden } from '../support/golden.ts';

const fixtures = join(repoRoot, 'fixtures/render');
const golden = join(repoRoot, 'golden/render');
const names = readdirSync(fixtures)
  .filter((f) => f.endsWith('.asl.json'))
  .map((f) => f.slice(0, -'.asl.json'.length))
  .sort();

/** The parsed fixture `name`. */
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(fixtures, `${name}.asl.json`), 'utf8'));
}

describe('render goldens', () => {
  it('has the fixtures the issue asks for', () => {
    expect(names).toEqual([
      'choice',
      'hostile-names',
      'jsonata',
      'linear',
      'parallel-map',
      'retry-catch',
    ]);
  });

  for (const name of names) {
    it(`${name}: Mermaid`, () => {
      const text = renderMermaid(fixture(name));
      expectGolden(join(golden, `${name}.mmd`), text);
      expect(renderMermaid(fixture(name))).toBe(text);
    });

    it(`${name}: DOT`, () => {
      const text = renderDot(fixture(name));
      expectGolden(join(golden, `${name}.dot`), text);
      expect(renderDot(fixture(name))).toBe(text);
    });
  }
});
