import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { fixturesDir } from './support.ts';

const VALID = '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}\n';
const INVALID = '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"}}}\n';
const WARNING =
  '{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"id":"$.id"},"End":true}}}\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aslc-validate-'));
  writeFileSync(join(dir, 'valid.asl.json'), VALID);
  writeFileSync(join(dir, 'invalid.asl.json'), INVALID);
  writeFileSync(join(dir, 'warning.asl.json'), WARNING);
  writeFileSync(join(dir, 'broken.json'), '{\n  "StartAt": "A",\n  "States": {\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a definition');
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', 'deep.asl.json'), VALID);
  mkdirSync(join(dir, 'empty'));
});

describe('aslc validate', () => {
  it('exits 0 for a valid file and says so', async () => {
    const r = await cli(['validate', 'valid.asl.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid.asl.json: valid');
    expect(r.stdout).toContain('1 file checked: 1 valid, 0 invalid (0 errors, 0 warnings)');
  });

  it('exits 1 with one line per diagnostic: file:pointer: severity Code (state): message', async () => {
    const r = await cli(['validate', 'invalid.asl.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "invalid.asl.json:/States/A/Next: error MissingTransitionTarget (state 'A'): Missing 'Next' target: 'B'",
    );
    expect(r.stdout).toContain('invalid.asl.json:/States: error MissingEndState');
    expect(r.stdout).toContain('1 invalid (2 errors, 0 warnings)');
  });

  it('keeps exit 0 when there are only warnings', async () => {
    const r = await cli(['validate', 'warning.asl.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("warning NoDollar (state 'A')");
  });

  it('reports a file that is not JSON as InvalidJson with line:column, not a crash', async () => {
    const r = await cli(['validate', 'broken.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^broken\.json:4:1: error InvalidJson: Invalid JSON at line 4, column 1/m,
    );
  });

  it('expands folders to their *.asl.json files (else every *.json), recursively and sorted', async () => {
    const files = async (args: string[], cwd: string) =>
      (
        JSON.parse((await cli(['validate', ...args, '--format', 'json'], { cwd })).stdout) as {
          files: { file: string; valid: boolean }[];
        }
      ).files.map((l) => [l.file, l.valid]);
    expect(await files(['.'], dir)).toEqual([
      ['invalid.asl.json', false],
      [join('nested', 'deep.asl.json'), true],
      ['valid.asl.json', true],
      ['warning.asl.json', true],
    ]);
    const plain = mkdtempSync(join(tmpdir(), 'aslc-validate-plain-'));
    writeFileSync(join(plain, 'b.json'), VALID);
    writeFileSync(join(plain, 'a.json'), '{\n');
    expect(await files(['.'], plain)).toEqual([
      ['a.json', false],
      ['b.json', true],
    ]);
  });

  it('prints one JSON document with --format json', async () => {
    const r = await cli(['validate', 'invalid.asl.json', 'valid.asl.json', '--format', 'json'], {
      cwd: dir,
    });
    const doc = JSON.parse(r.stdout) as { files: Record<string, unknown>[]; summary: unknown };
    expect(doc.summary).toEqual({ files: 2, valid: 1, invalid: 1, errors: 2, warnings: 0 });
    const [first, second] = doc.files;
    expect(first).toMatchObject({ file: 'invalid.asl.json', valid: false });
    expect((first?.['diagnostics'] as { code: string }[]).map((d) => d.code)).toEqual([
      'MissingEndState',
      'MissingTransitionTarget',
    ]);
    expect(second).toEqual({ file: 'valid.asl.json', valid: true, diagnostics: [] });
  });

  it('passes --type and --allow-placeholders to the validator', async () => {
    const sync = join(
      fixturesDir,
      'invalid',
      'ExpressIntegrationPattern',
      'sync-in-express.asl.json',
    );
    expect((await cli(['validate', sync])).code).toBe(0);
    const express = await cli(['validate', sync, '--type', 'EXPRESS']);
    expect(express.code).toBe(1);
    expect(express.stdout).toContain('ExpressIntegrationPattern');
    const template = join(fixturesDir, 'valid', 'placeholders.asl.json');
    expect((await cli(['validate', template])).code).toBe(1);
    expect((await cli(['validate', template, '--allow-placeholders'])).code).toBe(0);
  });

  it('reads standard input for -', async () => {
    const r = await cli(['validate', '-'], { stdin: INVALID });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<stdin>:/States/A/Next: error MissingTransitionTarget');
  });

  it('exits 2 for usage errors', async () => {
    expect((await cli(['validate', 'missing.asl.json'], { cwd: dir })).code).toBe(2);
    expect((await cli(['validate', 'empty'], { cwd: dir })).code).toBe(2);
    expect((await cli(['validate'], { cwd: dir })).code).toBe(2);
    expect((await cli(['validate', 'valid.asl.json', '--format', 'xml'], { cwd: dir })).code).toBe(
      2,
    );
    expect((await cli(['validate', 'valid.asl.json', '--type', 'FAST'], { cwd: dir })).code).toBe(
      2,
    );
  });

  it('--quiet drops the summary but keeps the diagnostics', async () => {
    const r = await cli(['validate', 'invalid.asl.json', 'valid.asl.json', '--quiet'], {
      cwd: dir,
    });
    expect(r.stdout).not.toContain('checked');
    expect(r.stdout).not.toContain('valid.asl.json: valid');
    expect(r.stdout).toContain('MissingTransitionTarget');
  });
});
