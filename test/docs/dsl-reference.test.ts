// docs/dsl-reference.md (issue 13, point 5): every ts block type-checks against the sources, and
// the page documents every value aslc exports, every option of the builders, every Errors
// constant, Condition helper and States intrinsic.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as aslc from '../../src/index.ts';
import { repoRoot } from '../support/cli.ts';

const page = readFileSync(join(repoRoot, 'docs/dsl-reference.md'), 'utf8');

/** The ts blocks of the page, with the line each starts at. */
const blocks = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => ({
  code: m[1] as string,
  line: page.slice(0, m.index).split('\n').length + 1,
}));

const values = Object.keys(aslc).sort();

/** What test/docs/check-reference.ts finds, run in a process of its own. */
function check(): { blocks: number; problems: string[]; options: string[] } {
  const r = spawnSync(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      join(repoRoot, 'test/docs/check-reference.ts'),
      join(repoRoot, 'docs/dsl-reference.md'),
      JSON.stringify(values),
    ],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`check-reference.ts failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { blocks: number; problems: string[]; options: string[] };
}

/** Names written as inline code or used in a block of the page. */
function mentioned(name: string): boolean {
  return (
    page.includes('`' + name + '`') ||
    page.includes('`' + name + '(') ||
    blocks.some((b) => new RegExp(`\\b${name.replace(/[.$]/g, '\\$&')}\\b`).test(b.code))
  );
}

describe('docs/dsl-reference.md', () => {
  let checked: ReturnType<typeof check> | undefined;
  const result = () => (checked ??= check());

  it('has examples, and every one type-checks against the sources', { timeout: 120_000 }, () => {
    expect(blocks.length).toBeGreaterThan(25);
    expect(result().blocks).toBe(blocks.length);
    expect(result().problems).toEqual([]);
  });

  it('documents every value aslc exports', () => {
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter((name) => !page.includes('`' + name))).toEqual([]);
  });

  it('documents every option of every builder and helper', { timeout: 120_000 }, () => {
    const options = result().options;
    const missing = options.filter((o) => !mentioned(o.slice(o.indexOf('.') + 1)));
    expect(options.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
    // Options nested in Map's reader, batcher and writer.
    for (const name of [
      'readerConfig',
      'inputType',
      'csvHeaderLocation',
      'csvHeaders',
      'csvDelimiter',
      'itemsPointer',
      'maxItems',
      'manifestType',
      'transformation',
      'writerConfig',
      'outputType',
      'maxItemsPerBatch',
      'maxInputBytesPerBatch',
      'batchInput',
      'processorComment',
    ]) {
      expect(mentioned(name), name).toBe(true);
    }
  });

  it('documents every Errors constant, Condition helper and States intrinsic', () => {
    const names = [
      ...Object.keys(aslc.Errors).map((k) => `Errors.${k}`),
      ...Object.keys(aslc.Condition).map((k) => `Condition.${k}`),
      ...Object.keys(aslc.States).map((k) => `States.${k}`),
    ];
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((n) => !page.includes('`' + n + '`'))).toEqual([]);
  });

  it('is linked from the README and the DSL README', () => {
    expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain('docs/dsl-reference.md');
    expect(readFileSync(join(repoRoot, 'src/dsl/README.md'), 'utf8')).toContain(
      '../../docs/dsl-reference.md',
    );
  });
});
