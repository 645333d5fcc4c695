import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import aslValidator from 'asl-validator';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/cli.ts';

/**
 * Golden files that asl-validator 4.0.0 rejects although AWS accepts them, with the reason.
 * Keep this list short and explained: every entry is a bug of the oracle, not ours.
 */
const KNOWN_ORACLE_ERRORS: Record<string, string> = {
  'golden/workflows/jsonpath/intrinsics.asl.json':
    "asl-validator's intrinsic grammar rejects the escaped backslash `\\\\` inside a string literal, " +
    'which the AWS Developer Guide lists among the four escapable reserved characters (\' { } \\).',
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.asl.json') ? [join(dir, e.name)] : [],
  );
}

const validate = aslValidator;

describe('every golden definition is accepted by asl-validator 4 (a test oracle)', () => {
  for (const file of files(join(repoRoot, 'golden/workflows'))) {
    const rel = relative(repoRoot, file);
    test(rel, () => {
      const definition = JSON.parse(readFileSync(file, 'utf8')) as object;
      const result = validate(definition, { checkArn: true, checkPaths: true });
      if (rel in KNOWN_ORACLE_ERRORS) {
        expect(result.isValid, `${rel} is listed as an oracle error; remove it from the list`).toBe(false);
      } else {
        expect(result.errorsText(), rel).toBe('');
        expect(result.isValid).toBe(true);
      }
    });
  }
});
