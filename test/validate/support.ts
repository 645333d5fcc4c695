import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
