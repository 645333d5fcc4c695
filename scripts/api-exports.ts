// The public surface of the package, read from the sources: for each entry of package.json's
// `exports`, the names its index module exports (values and types), with their kind and the first
// sentence of their TSDoc. test/exports.test.ts checks that each entry's README documents every
// name (a generated table between `<!-- exports:<entry> -->` markers) and that the runtime exports
// are exactly the committed list. `node scripts/api-exports.ts --write` regenerates the tables.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One package entry (`aslc`, `aslc/validate`, …). */
export interface ApiEntry {
  /** The specifier users import (`aslc/validate`). */
  readonly specifier: string;
  /** The source index module, relative to the root. */
  readonly source: string;
  /** The README that documents it, relative to the root. */
  readonly readme: string;
}

/** One exported name. */
export interface ApiExport {
  readonly name: string;
  readonly kind: 'function' | 'class' | 'const' | 'interface' | 'type' | 'enum' | 'namespace';
  /** True when the name exists at run time (functions, classes, constants). */
  readonly value: boolean;
  /** The first sentence of its TSDoc. */
  readonly summary: string;
}

/** The entries of package.json's `exports` with a source module, and the README of each. */
export function apiEntries(): ApiEntry[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, string | Record<string, string>>;
  };
  const out: ApiEntry[] = [];
  for (const [sub, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue;
    const source = (target['aslc-source'] ?? '').replace(/^\.\//, '');
    if (source === '') continue;
    const specifier = sub === '.' ? 'aslc' : `aslc/${sub.slice(2)}`;
    // The root entry is the DSL and compile(): documented in src/dsl/README.md. A file entry
    // (scaffolding/handler.ts) is documented in its folder's README.
    const dir = specifier === 'aslc' ? 'src/dsl' : dirname(source);
    out.push({ specifier, source, readme: join(dir, 'README.md') });
  }
  return out;
}

function kindOf(decl: ts.Declaration): ApiExport['kind'] {
  if (ts.isFunctionDeclaration(decl)) return 'function';
  if (ts.isClassDeclaration(decl)) return 'class';
  if (ts.isInterfaceDeclaration(decl)) return 'interface';
  if (ts.isTypeAliasDeclaration(decl)) return 'type';
  if (ts.isEnumDeclaration(decl)) return 'enum';
  if (ts.isModuleDeclaration(decl)) return 'namespace';
  return 'const';
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.:])(\s|$)/.exec(flat);
  const sentence = (m?.[1] ?? flat).replace(/:$/, '.');
  return sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
}

/** The exports of every entry, read with the TypeScript checker (re-exports resolved). */
export function readApi(entries: readonly ApiEntry[] = apiEntries()): Map<string, ApiExport[]> {
  const program = ts.createProgram(
    entries.map((e) => join(root, e.source)),
    {
      target: ts.ScriptTarget.ES2023,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      noEmit: true,
      skipLibCheck: true,
      customConditions: ['aslc-source'],
      types: ['node'],
    },
  );
  const checker = program.getTypeChecker();
  const out = new Map<string, ApiExport[]>();
  for (const entry of entries) {
    const sf = program.getSourceFile(join(root, entry.source));
    const moduleSymbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
    const list: ApiExport[] = [];
    for (const sym of moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol)) {
      const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      const decl = target.declarations?.[0];
      if (decl === undefined) continue;
      const kind = kindOf(decl);
      const value = (target.flags & ts.SymbolFlags.Value) !== 0;
      const doc = ts.displayPartsToString(target.getDocumentationComment(checker));
      list.push({ name: sym.name, kind, value, summary: firstSentence(doc) });
    }
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    out.set(entry.specifier, list);
  }
  return out;
}

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|');

/** The generated table of one entry, with its markers. */
export function exportsTable(specifier: string, list: readonly ApiExport[]): string {
  const rows = list.map(
    (e) => `| \`${e.name}\` | ${e.kind} | ${escapeCell(e.summary === '' ? '—' : e.summary)} |`,
  );
  return [
    `<!-- exports:${specifier} (generated: node scripts/api-exports.ts --write) -->`,
    '',
    `Every name \`${specifier}\` exports (test/exports.test.ts keeps this list complete):`,
    '',
    '| export | kind | what |',
    '|---|---|---|',
    ...rows,
    '',
    `<!-- /exports:${specifier} -->`,
  ].join('\n');
}

/** A README with the table of `specifier` replaced (or appended under `## Exports`). */
export function withExportsTable(readme: string, specifier: string, table: string): string {
  const begin = `<!-- exports:${specifier} `;
  const end = `<!-- /exports:${specifier} -->`;
  const a = readme.indexOf(begin);
  const b = readme.indexOf(end);
  if (a >= 0 && b > a) return readme.slice(0, a) + table + readme.slice(b + end.length);
  const heading = `## Exports of \`${specifier}\``;
  return `${readme.replace(/\s*$/, '')}\n\n${heading}\n\n${table}\n`;
}

if (process.argv.includes('--write')) {
  const entries = apiEntries();
  const api = readApi(entries);
  for (const entry of entries) {
    const file = join(root, entry.readme);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : `# ${dirname(entry.readme)}\n`;
    const list = api.get(entry.specifier) ?? [];
    writeFileSync(
      file,
      withExportsTable(before, entry.specifier, exportsTable(entry.specifier, list)),
    );
  }
}
