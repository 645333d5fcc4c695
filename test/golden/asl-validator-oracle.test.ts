import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import aslValidator from 'asl-validator';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/cli.ts';

/** Why asl-validator rejects the Batch fragments' filter state (its errors name only that state). */
const FILTER_PATH_REASON =
  "asl-path-validator 0.16 (asl-validator's path grammar) has no `!=` and no `&&` in JSONPath filter " +
    'expressions, so it rejects the InputPath `…ResourceRequirements[?(@.Value != 0 && @.Value != \'0\')]` ' +
    "of the Batch fragments' 'Filter Resource Requirements' Pass (spec/fragments.md §7.1, §7.2, rendered " +
    'verbatim). Step Functions evaluates Paths with Jayway JsonPath, which supports both operators; the ' +
    'reference deploys this path.';

/**
 * Golden files that asl-validator 4.0.0 rejects although AWS accepts them, with the reason.
 * Keep this list short and explained: every entry is a bug of the oracle, not ours.
 */
const KNOWN_ORACLE_ERRORS: Record<string, string> = {
  'golden/workflows/jsonpath/intrinsics.asl.json':
    "asl-validator's intrinsic grammar rejects the escaped backslash `\\\\` inside a string literal, " +
    'which the AWS Developer Guide lists among the four escapable reserved characters (\' { } \\).',
  'golden/workflows/composition/substitutions.asl.json':
    'asl-validator has no placeholder mode: its Resource schema refuses `arn:${Partition}:states:::…`, a ' +
    "deploy-time template that every IaC target substitutes before AWS sees it (aslc's own validator " +
    'accepts it with allowPlaceholders, as compile() does).',
  'golden/workflows/composition/extra-fields.asl.json':
    'the fixture of the DSL\'s `extra` escape hatch writes fields no validator knows on purpose ' +
    "(aslc's own validator reports them as ExtraField warnings when told they were added deliberately).",
  ...Object.fromEntries(
    [
      'bil-with-defaults',
      'data-sync',
      'machines/dev-marmotdev-batch-invoked-lambda-state-machine',
      'machines/dev-marmotdev-data-sync-v2',
      'register-literals',
      'register-refs',
      'submit-job-fragment-from-defaults',
      'submit-literals',
      'x-nested-prefix',
    ].map((name) => [`golden/workflows/fragments/${name}.asl.json`, FILTER_PATH_REASON]),
  ),
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
        if (KNOWN_ORACLE_ERRORS[rel] === FILTER_PATH_REASON) {
          for (const line of result.errorsText().split('\n')) {
            expect(line, rel).toMatch(/Filter Resource[^/]*\/(InputPath|Type) is invalid/);
          }
        }
      } else {
        expect(result.errorsText(), rel).toBe('');
        expect(result.isValid).toBe(true);
      }
    });
  }
});
