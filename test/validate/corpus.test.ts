import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/validate/index.ts';
import {
  aslValidatorVerdict,
  corpusDir,
  corpusFiles,
  type CorpusFile,
  recordingKey,
  sha256,
} from './support.ts';

/**
 * The real-world corpus (fixtures/validation/corpus, sources in its README.md): definitions AWS
 * accepts must give no error, definitions AWS rejects must give exactly their expected error
 * codes, and aslc must never do worse than asl-validator 4 on either count.
 */
const files = corpusFiles();
const valid = files.filter((f) => f.kind === 'valid');
const invalid = files.filter((f) => f.kind === 'invalid');

const errorsOf = (file: CorpusFile) =>
  validateText(file.text, file.options).filter((d) => d.severity === 'error');

interface Recording {
  readonly tool: string;
  readonly results: Record<string, { sha256: string; valid: boolean; error?: string }>;
}
const recording = JSON.parse(
  readFileSync(join(corpusDir, 'asl-validator-4.0.0.json'), 'utf8'),
) as Recording;

/** Definitions asl-validator cannot judge: they need `${Name}` placeholders, unknown to it. */
const comparable = (file: CorpusFile): boolean => file.options.allowPlaceholders !== true;

describe('corpus: definitions AWS accepts give no error', () => {
  it('has a real-world corpus of at least 150 definitions AWS accepts', () => {
    expect(valid.length).toBeGreaterThanOrEqual(150);
  });

  it.each(valid.map((f) => [f.name, f] as const))('%s', (_name, file) => {
    expect(errorsOf(file).map((d) => `${d.code} at ${d.path}: ${d.message}`)).toEqual([]);
  });
});

describe('corpus: definitions AWS rejects give exactly their expected error codes', () => {
  it.each(invalid.map((f) => [f.name, f] as const))('%s', (_name, file) => {
    const codes = [...new Set(errorsOf(file).map((d) => d.code))].sort();
    expect(codes).toEqual([...(file.expected?.codes ?? [])].sort());
  });
});

describe('corpus: aslc against asl-validator 4', () => {
  it('the recording of asl-validator covers every corpus file at its current content', () => {
    const stale = files
      .filter((f) => recording.results[recordingKey(f)]?.sha256 !== sha256(f.text))
      .map(recordingKey);
    const extra = Object.keys(recording.results).filter(
      (k) => !files.some((f) => recordingKey(f) === k),
    );
    // re-record with: npx node test/validate/record-asl-validator.ts
    expect({ stale, extra }).toEqual({ stale: [], extra: [] });
  });

  it('the recording agrees with asl-validator run live on a sample', () => {
    // the first two files of each kind where asl-validator is right, and where it is wrong
    const pick = (kind: CorpusFile['kind'], right: boolean) =>
      files
        .filter((f) => f.kind === kind && comparable(f))
        .filter((f) => (recording.results[recordingKey(f)]?.valid === (kind === 'valid')) === right)
        .slice(0, 2);
    const sample = [
      ...pick('valid', true),
      ...pick('valid', false),
      ...pick('invalid', true),
      ...pick('invalid', false),
    ];
    expect(sample.length).toBe(8);
    for (const file of sample) {
      expect(aslValidatorVerdict(file.text).valid, recordingKey(file)).toBe(
        recording.results[recordingKey(file)]?.valid,
      );
    }
  });

  it('aslc has no more false rejections and no more false acceptances than asl-validator', () => {
    const count = (judge: (f: CorpusFile) => boolean) => ({
      falseRejections: valid.filter((f) => comparable(f) && !judge(f)).length,
      falseAcceptances: invalid.filter((f) => comparable(f) && judge(f)).length,
    });
    const aslc = count((f) => errorsOf(f).length === 0);
    const aslValidator = count((f) => recording.results[recordingKey(f)]?.valid === true);
    expect(aslc.falseRejections).toBeLessThanOrEqual(aslValidator.falseRejections);
    expect(aslc.falseAcceptances).toBeLessThanOrEqual(aslValidator.falseAcceptances);
    expect(aslc).toEqual({ falseRejections: 0, falseAcceptances: 0 });
  });
});
