/**
 * Records asl-validator 4's verdict on every corpus definition into
 * fixtures/validation/corpus/asl-validator-4.0.0.json. asl-validator builds and compiles its
 * schemas on every call (≈ 120 ms), too slow to run on the whole corpus in the test suite, so
 * test/validate/corpus.test.ts compares against this recording; it checks that the recording
 * matches the corpus files (by hash) and re-runs asl-validator live on a sample.
 *
 * Run after adding or changing corpus files:
 * `npx node --disable-warning=ExperimentalWarning test/validate/record-asl-validator.ts`
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aslValidatorVerdict, corpusDir, corpusFiles, recordingKey, sha256 } from './support.ts';

const results: Record<string, { sha256: string; valid: boolean; error?: string }> = {};
for (const file of corpusFiles()) {
  const verdict = aslValidatorVerdict(file.text);
  results[recordingKey(file)] = {
    sha256: sha256(file.text),
    valid: verdict.valid,
    ...(verdict.error === undefined ? {} : { error: verdict.error }),
  };
}
const recording = {
  tool: 'asl-validator@4.0.0',
  options: { checkPaths: true, checkArn: true },
  results,
};
writeFileSync(
  join(corpusDir, 'asl-validator-4.0.0.json'),
  `${JSON.stringify(recording, null, 2)}\n`,
);
console.log(`recorded ${Object.keys(results).length} verdicts`);
