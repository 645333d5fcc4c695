// Type-checks the `@example` blocks of the public API's TSDoc (issue 12, point 6), as Kysely does.
//
//   node scripts/examples.ts     writes .examples/ (git-ignored): one module per ```ts block
//   npm run typecheck            runs it, then tsc over the project, .examples/ included
//
// Every name a public entry point exports (package.json "exports", through its `aslc-source`
// condition) whose TSDoc has an `@example` with a ```ts block gives `.examples/<entry>/<name>.<n>.ts`:
// the block as a module, after an import of the entry's names it uses, from the package itself as
// users write it ('aslc', 'aslc/fragments', …). A block that needs context declares it, as a
// reader would want to see it (`declare const definition: AslStateMachine;`).
//
// aslc/cdk is left out: its types need the optional peer aws-cdk-lib (tsconfig.cdk.json checks
// it with bench/'s copy). Blocks in scripts/examples-pending.txt (`entry name n`, one per line)
// do not compile alone yet and are skipped: that list only shrinks; any other block must compile.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const out = join(root, '.examples');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, { 'aslc-source'?: string }>;
};
const pendingFile = join(root, 'scripts/examples-pending.txt');
const pending = new Set(
  existsSync(pendingFile)
    ? readFileSync(pendingFile, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
    : [],
);

const entries = Object.entries(pkg.exports)
  .filter(([key, v]) => typeof v === 'object' && v['aslc-source'] !== undefined && key !== './cdk')
  .map(([key, v]) => ({
    specifier: key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`,
    file: join(root, v['aslc-source'] as string),
  }));

const program = ts.createProgram(
  entries.map((e) => e.file),
  {
    allowImportingTsExtensions: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    customConditions: ['aslc-source'],
  },
);
const checker = program.getTypeChecker();

/** The ```ts blocks of a symbol's `@example` tags. */
function exampleBlocks(symbol: ts.Symbol): string[] {
  const blocks: string[] = [];
  for (const tag of symbol.getJsDocTags(checker)) {
    if (tag.name !== 'example') continue;
    const text = ts.displayPartsToString(tag.text);
    for (const m of text.matchAll(/```(?:ts|typescript)\n([\s\S]*?)```/g)) {
      blocks.push(m[1] as string);
    }
  }
  return blocks;
}

/** Names a block declares or imports itself (they must not be imported again). */
function ownNames(block: string): Set<string> {
  const names = new Set<string>();
  for (const m of block.matchAll(
    /\b(?:function|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g,
  )) {
    names.add(m[1] as string);
  }
  // const a = …, b: T; and destructuring: every name before a ':' or '=' at the top level of the
  // declaration list, or inside [ ] and { } patterns.
  for (const m of block.matchAll(/\b(?:const|let|var)\s+([^;=]+?)(?:=|;|$)/gm)) {
    for (const n of (m[1] as string).matchAll(/(?:^|,|\[|\{|\.\.\.)\s*([A-Za-z_$][\w$]*)/g)) {
      names.add(n[1] as string);
    }
  }
  for (const m of block.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of (m[1] as string).split(',')) {
      const local = part
        .trim()
        .split(/\s+as\s+/)
        .at(-1)
        ?.replace(/^type\s+/, '');
      if (local) names.add(local);
    }
  }
  return names;
}

/** An entry's exported symbols (aliases resolved for their kind), `default` left out. */
function exportsOf(
  file: string,
): { readonly name: string; readonly value: boolean; readonly symbol: ts.Symbol }[] {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`cannot read ${file}`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((s) => s.name !== 'default')
    .map((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return {
        name: symbol.name,
        value: (target.flags & ts.SymbolFlags.Value) !== 0,
        symbol: target,
      };
    });
}
const exported = new Map(entries.map((e) => [e.specifier, exportsOf(e.file)]));
/** Where a name comes from for a block of `entry`: the entry itself first, then 'aslc', then the others. */
function sourceOf(name: string, entry: string): { specifier: string; value: boolean } | undefined {
  for (const specifier of [entry, pkg.name, ...exported.keys()]) {
    const hit = exported.get(specifier)?.find((e) => e.name === name);
    if (hit !== undefined) return { specifier, value: hit.value };
  }
  return undefined;
}
/** Node's own modules that examples use by name. */
const NODE_NAMES: Record<string, string> = { readFileSync: 'node:fs', writeFileSync: 'node:fs' };

rmSync(out, { recursive: true, force: true });
let written = 0;
let skipped = 0;
const stale = new Set(pending);
for (const entry of entries) {
  const folder = join(out, entry.specifier.replace(/\//g, '__'));
  const used = new Set<string>();
  for (const { name, symbol } of exported.get(entry.specifier) ?? []) {
    exampleBlocks(symbol).forEach((block, i) => {
      const id = `${entry.specifier} ${name} ${i + 1}`;
      stale.delete(id);
      if (pending.has(id)) {
        skipped++;
        return;
      }
      const own = ownNames(block);
      const bySpecifier = new Map<string, string[]>();
      const identifiers = new Set(block.match(/[A-Za-z_$][\w$]*/g) ?? []);
      for (const id of [...identifiers].sort()) {
        if (own.has(id)) continue;
        const from = sourceOf(id, entry.specifier);
        const node = NODE_NAMES[id];
        const [specifier, text] =
          from !== undefined
            ? [from.specifier, from.value ? id : `type ${id}`]
            : node !== undefined
              ? [node, id]
              : [undefined, id];
        if (specifier === undefined) continue;
        bySpecifier.set(specifier, [...(bySpecifier.get(specifier) ?? []), text]);
      }
      const imports = [...bySpecifier]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([specifier, names]) => `import { ${names.join(', ')} } from '${specifier}';`);
      const text = [
        `// The TSDoc example of ${name} (${entry.specifier}), written by scripts/examples.ts.`,
        ...imports,
        block,
        'export {};',
        '',
      ].join('\n');
      // Chain and chain: distinct files on case-insensitive file systems too.
      let file = `${name}.${i + 1}.ts`;
      while (used.has(file.toLowerCase())) file = `_${file}`;
      used.add(file.toLowerCase());
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, file), text);
      written++;
    });
  }
}
if (stale.size > 0) {
  console.error(
    `scripts/examples-pending.txt names examples that no longer exist; remove:\n${[...stale].join('\n')}`,
  );
  process.exit(1);
}
console.log(`${written} TSDoc examples written to .examples/ (${skipped} pending)`);
