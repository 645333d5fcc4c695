/**
 * The public surface, checked like Kysely's: every package entry exports exactly the committed
 * list of runtime names (test/exports/runtime-exports.json), the TypeScript view agrees with it,
 * and the entry's README documents every name, values and types (the generated table kept in
 * sync by `node scripts/api-exports.ts --write`). `ASLC_UPDATE_GOLDEN=1` rewrites the list.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiEntries, exportsTable, readApi, root } from '../../scripts/api-exports.ts';

const entries = apiEntries();
const api = readApi(entries);
const listFile = join(root, 'test/exports/runtime-exports.json');
const committed = existsSync(listFile)
  ? (JSON.parse(readFileSync(listFile, 'utf8')) as Record<string, string[]>)
  : {};

async function runtimeNames(source: string): Promise<string[] | undefined> {
  try {
    return Object.keys(await import(pathToFileURL(join(root, source)).href)).sort();
  } catch (e) {
    // aslc/cdk needs aws-cdk-lib, an optional peer installed only with the benchmarks.
    if (source.includes('/cdk/') && /aws-cdk-lib|constructs/.test(String(e))) return undefined;
    throw e;
  }
}

describe('exports', () => {
  it('lists every entry of package.json', () => {
    expect(entries.map((e) => e.specifier)).toContain('aslc/scaffolding/handler');
    expect(entries.length).toBeGreaterThanOrEqual(11);
  });

  it.each(entries.map((e) => [e.specifier, e] as const))(
    '%s exports exactly the committed runtime names, and TypeScript agrees',
    async (specifier, entry) => {
      const names = await runtimeNames(entry.source);
      if (names === undefined) return;
      const values = (api.get(specifier) ?? [])
        .filter((e) => e.value)
        .map((e) => e.name)
        .sort();
      expect(names).toEqual(values);
      if (process.env['ASLC_UPDATE_GOLDEN'] === '1') {
        committed[specifier] = names;
        writeFileSync(listFile, JSON.stringify(committed, null, 2) + '\n');
      }
      expect(names).toEqual(committed[specifier]);
    },
  );

  it.each(entries.map((e) => [e.specifier, e] as const))(
    '%s: the README documents every exported name',
    (specifier, entry) => {
      const readme = readFileSync(join(root, entry.readme), 'utf8');
      const list = api.get(specifier) ?? [];
      expect(list.length).toBeGreaterThan(0);
      expect(
        readme,
        `run node scripts/api-exports.ts --write, then describe what changed in ${entry.readme}`,
      ).toContain(exportsTable(specifier, list));
      expect(
        list.filter((e) => e.summary === '').map((e) => e.name),
        'exports without TSDoc',
      ).toEqual([]);
    },
  );
});
