import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateOptions } from '../../src/validate/index.ts';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** fixtures/validation. */
export const fixturesDir = join(root, 'fixtures', 'validation');

/** One expected diagnostic of an invalid fixture. */
export interface ExpectedDiagnostic {
  readonly code: string;
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
}

/** An invalid fixture: `invalid/<Code>/<case>.asl.json` and its `<case>.expected.json`. */
export interface InvalidFixture {
  readonly code: string;
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /** The file's bytes (some fixtures are not valid UTF-8 on purpose). */
  readonly bytes: Buffer;
  readonly options: ValidateOptions;
  readonly expected: readonly ExpectedDiagnostic[];
}

/** A valid fixture: `valid/<case>.asl.json`, with optional `<case>.options.json`. */
export interface ValidFixture {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  readonly options: ValidateOptions;
}

/** Every invalid fixture, sorted by code and case. */
export function invalidFixtures(): InvalidFixture[] {
  const dir = join(fixturesDir, 'invalid');
  const out: InvalidFixture[] = [];
  for (const code of readdirSync(dir).sort()) {
    for (const f of readdirSync(join(dir, code)).sort()) {
      if (!f.endsWith('.asl.json')) continue;
      const name = f.slice(0, -'.asl.json'.length);
      const file = join(dir, code, f);
      const expected = JSON.parse(
        readFileSync(join(dir, code, `${name}.expected.json`), 'utf8'),
      ) as { options?: ValidateOptions; diagnostics: ExpectedDiagnostic[] };
      out.push({
        code,
        name,
        file,
        text: readFileSync(file, 'utf8'),
        bytes: readFileSync(file),
        options: expected.options ?? {},
        expected: expected.diagnostics,
      });
    }
  }
  return out;
}

/** Every valid fixture, sorted. */
export function validFixtures(): ValidFixture[] {
  const dir = join(fixturesDir, 'valid');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.asl.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.asl.json'.length);
      const optionsFile = join(dir, `${name}.options.json`);
      return {
        name,
        file: join(dir, f),
        text: readFileSync(join(dir, f), 'utf8'),
        options: existsSync(optionsFile)
          ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ValidateOptions)
          : {},
      };
    });
}

/** fixtures/validation/corpus: real-world definitions (valid/) and ones AWS rejects (invalid/). */
export const corpusDir = join(fixturesDir, 'corpus');

/** What an invalid corpus file's `.expected.json` records. */
export interface CorpusExpectation {
  /** The aslc error codes the definition must give (exactly this set). */
  readonly codes: readonly string[];
  /** AWS's diagnostic, as quoted by the source (the evidence that AWS rejects it). */
  readonly aws: string;
  /** Where the definition, or the rule it breaks, comes from. */
  readonly source: string;
  readonly options?: ValidateOptions;
}

/** One corpus definition. */
export interface CorpusFile {
  readonly kind: 'valid' | 'invalid';
  readonly name: string;
  readonly text: string;
  readonly options: ValidateOptions;
  /** Invalid files only. */
  readonly expected?: CorpusExpectation;
}

/** Every corpus definition, valid ones first, each kind sorted by name. */
export function corpusFiles(): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    const dir = join(corpusDir, kind);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.asl.json')) continue;
      const name = f.slice(0, -'.asl.json'.length);
      const text = readFileSync(join(dir, f), 'utf8');
      if (kind === 'invalid') {
        const expected = JSON.parse(
          readFileSync(join(dir, `${name}.expected.json`), 'utf8'),
        ) as CorpusExpectation;
        out.push({ kind, name, text, options: expected.options ?? {}, expected });
      } else {
        const optionsFile = join(dir, `${name}.options.json`);
        const options = existsSync(optionsFile)
          ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ValidateOptions)
          : {};
        out.push({ kind, name, text, options });
      }
    }
  }
  return out;
}

/** The key of a corpus file in the asl-validator recording: `valid/<name>` or `invalid/<name>`. */
export function recordingKey(file: CorpusFile): string {
  return `${file.kind}/${file.name}`;
}

/** SHA-256 of a text, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** asl-validator 4's verdict on a definition (with `checkPaths` and `checkArn`, as its CLI). */
export function aslValidatorVerdict(text: string): { valid: boolean; error?: string } {
  const aslValidator = createRequire(import.meta.url)('asl-validator') as (
    definition: unknown,
    options: { checkPaths: boolean; checkArn: boolean },
  ) => { isValid: boolean; errorsText: (separator?: string) => string };
  try {
    // asl-validator writes QueryLanguage into the object it is given: always a fresh parse
    const result = aslValidator(JSON.parse(text), { checkPaths: true, checkArn: true });
    return result.isValid
      ? { valid: true }
      : { valid: false, error: result.errorsText(' | ').slice(0, 300) };
  } catch (e) {
    return { valid: false, error: `threw: ${String(e).slice(0, 280)}` };
  }
}
