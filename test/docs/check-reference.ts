// Type-checks the ts blocks of docs/dsl-reference.md and lists the options of the builders, in
// a process of its own (the TypeScript compiler's heap would otherwise stay in a test worker
// shared with heap-sensitive tests). Prints JSON: { problems, options, missingOptions }.
// Run by test/docs/dsl-reference.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [pagePath, valuesJson] = process.argv.slice(2) as [string, string];
const page = readFileSync(pagePath, 'utf8');
const values = JSON.parse(valuesJson) as string[];

const blocks = [...page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => ({
  code: m[1] as string,
  line: page.slice(0, m.index).split('\n').length + 1,
}));
const prelude = `import { ${values.join(', ')} } from 'aslc';\n`;
// Inside the repository, so that 'aslc' resolves to the sources (the package's self-reference).
const dir = join(repoRoot, 'docs', '.dsl-reference-examples');
const files = new Map(blocks.map((b, i) => [join(dir, `example-${i}.ts`), prelude + b.code]));

const config = ts.readConfigFile(join(repoRoot, 'tsconfig.json'), ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
const host = ts.createCompilerHost(parsed.options);
const { getSourceFile, fileExists, readFile } = host;
host.fileExists = (f) => files.has(f) || fileExists.call(host, f);
host.readFile = (f) => files.get(f) ?? readFile.call(host, f);
host.getSourceFile = (f, language, ...rest) => {
  const text = files.get(f);
  return text === undefined
    ? getSourceFile.call(host, f, language, ...rest)
    : ts.createSourceFile(f, text, language, true);
};
const program = ts.createProgram({
  rootNames: [...files.keys(), join(repoRoot, 'src/index.ts')],
  options: parsed.options,
  host,
});

const names = [...files.keys()];
const problems = ts
  .getPreEmitDiagnostics(program)
  .filter((d) => d.category === ts.DiagnosticCategory.Error)
  .map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (d.file === undefined || d.start === undefined) return text;
    const at = d.file.getLineAndCharacterOfPosition(d.start);
    const index = names.indexOf(d.file.fileName);
    if (index < 0) return `${d.file.fileName}:${at.line + 1}: ${text}`;
    // The prelude is the first line of each example.
    return `docs/dsl-reference.md:${(blocks[index] as { line: number }).line + at.line - 1}: ${text}`;
  });

/** Every property of every exported `…Options` type of aslc, as `Type.property`. */
const checker = program.getTypeChecker();
const index = program.getSourceFile(join(repoRoot, 'src/index.ts')) as ts.SourceFile;
const options: string[] = [];
for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(index) as ts.Symbol)) {
  if (!symbol.name.endsWith('Options')) continue;
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  for (const property of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target))) {
    options.push(`${symbol.name}.${property.name}`);
  }
}

process.stdout.write(JSON.stringify({ blocks: blocks.length, problems, options }));
