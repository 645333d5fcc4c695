// docs/dsl-reference.md (issue 13, point 5): every ts block type-checks against the sources, and
// the page documents every value aslc exports, every option of the builders, every Errors
// constant, Condition helper and States intrinsic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
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
const prelude = `import { ${values.join(', ')} } from 'aslc';\n`;

/** The examples as modules inside the repository, where 'aslc' resolves to the sources. */
const dir = join(repoRoot, 'docs', '.dsl-reference-examples');
const files = new Map(blocks.map((b, i) => [join(dir, `example-${i}.ts`), prelude + b.code]));

function program(): ts.Program {
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
  return ts.createProgram({
    rootNames: [...files.keys(), join(repoRoot, 'src/index.ts')],
    options: parsed.options,
    host,
  });
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
  const built = program();

  it('has examples, and every one type-checks against the sources', { timeout: 120_000 }, () => {
    expect(blocks.length).toBeGreaterThan(25);
    const problems = ts
      .getPreEmitDiagnostics(built)
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => {
        const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
        if (d.file === undefined || d.start === undefined) return text;
        const at = d.file.getLineAndCharacterOfPosition(d.start);
        const index = [...files.keys()].indexOf(d.file.fileName);
        if (index < 0) return `${d.file.fileName}:${at.line + 1}: ${text}`;
        const block = blocks[index] as { line: number };
        // The prelude is the first line of each example.
        return `docs/dsl-reference.md:${block.line + at.line - 1}: ${text}`;
      });
    expect(problems).toEqual([]);
  });

  it('documents every value aslc exports', () => {
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter((name) => !page.includes('`' + name))).toEqual([]);
  });

  it('documents every option of every builder and helper', () => {
    const checker = built.getTypeChecker();
    const index = built.getSourceFile(join(repoRoot, 'src/index.ts')) as ts.SourceFile;
    const module = checker.getSymbolAtLocation(index) as ts.Symbol;
    const missing: string[] = [];
    let options = 0;
    for (const symbol of checker.getExportsOfModule(module)) {
      if (!symbol.name.endsWith('Options')) continue;
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      for (const property of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target))) {
        options++;
        if (!mentioned(property.name)) missing.push(`${symbol.name}.${property.name}`);
      }
    }
    expect(options).toBeGreaterThan(100);
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
