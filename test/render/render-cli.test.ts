import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/cli/commands/render.ts';
import { createCliContext } from '../../src/cli/context.ts';
import { captureIo } from '../../src/cli/io.ts';
import { cli, repoRoot } from '../support/cli.ts';

const linear = 'fixtures/render/linear.asl.json';
const golden = (name: string): string =>
  readFileSync(join(repoRoot, 'golden/render', name), 'utf8');

describe('aslc render', () => {
  it('prints Mermaid by default', async () => {
    const r = await cli(['render', linear]);
    expect(r).toEqual({ code: 0, stdout: golden('linear.mmd'), stderr: '' });
  });

  it('prints DOT with --format dot', async () => {
    const r = await cli(['render', linear, '--format', 'dot']);
    expect(r).toEqual({ code: 0, stdout: golden('linear.dot'), stderr: '' });
  });

  it('writes an SVG, taking the format from the --out extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-render-'));
    const r = await cli(['render', join(repoRoot, linear), '--out', 'docs/linear.svg'], {
      cwd: dir,
    });
    expect(r).toEqual({ code: 0, stdout: 'wrote docs/linear.svg (svg)\n', stderr: '' });
    const svg = readFileSync(join(dir, 'docs/linear.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('>Prepare</text>');
  });

  it('lets --format win over the extension, and --quiet silences the progress line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-render-'));
    const r = await cli(['render', join(repoRoot, linear), '-f', 'mermaid', '-o', 'x.dot', '-q'], {
      cwd: dir,
    });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'x.dot'), 'utf8')).toBe(golden('linear.mmd'));
  });

  it.each([
    [
      'missing.asl.json',
      /^aslc: missing\.asl\.json: FileNotFound: cannot read it: no such file or folder\.\n$/,
    ],
    ['flow.yaml', /^aslc: flow\.yaml: UnsupportedInput: unsupported file type '\.yaml'\./],
    [
      'src/cli/run-cli.ts',
      /NotAWorkflowModule: the module has no default export of a state machine/,
    ],
    ['package.json', /^aslc: package\.json: NotAnAslDefinition: not a state machine definition\./],
  ])('exits 1 with one line for %s', async (file, message) => {
    const r = await cli(['render', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reports invalid JSON with its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-render-'));
    writeFileSync(join(dir, 'bad.asl.json'), '{\n  "StartAt": "A",\n  oops\n}\n');
    const r = await cli(['render', 'bad.asl.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^aslc: bad\.asl\.json: InvalidJson: not valid JSON \(line 3, column 3\)/,
    );
  });

  it('reports a directory as unreadable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-render-'));
    const r = await cli(['render', dir + '/']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ReadFailed: cannot read it: it is a folder\.\n$/);
  });

  it('exits 1 with one line when the output cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aslc-render-'));
    writeFileSync(join(dir, 'file'), '');
    const r = await cli(['render', join(repoRoot, linear), '-o', 'file/x.mmd'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^aslc: file\/x\.mmd: WriteFailed: cannot write it: /);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await cli(['render', linear, '--out', ''])).code).toBe(2);
    expect((await cli(['render'])).code).toBe(2);
    const r = await cli(['render', linear, '--format', 'png']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Argument: format, Given: "png"/);
  });

  it('checks its arguments when called without yargs', async () => {
    const ctx = createCliContext(captureIo(), { quiet: false, color: false });
    const handler = await renderCommand.load();
    await expect(handler({ workflow: linear, format: 'png' }, ctx)).rejects.toThrow(
      /unknown --format 'png'/,
    );
    await expect(handler({}, ctx)).rejects.toMatchObject({ code: 'UsageError' });
  });

  it('shows examples in --help', async () => {
    const r = await cli(['render', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('aslc render order.asl.json --out docs/order.svg');
    expect(r.stdout).toContain('--format');
  });
});
