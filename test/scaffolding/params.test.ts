import { describe, expect, it } from 'vitest';
import { deriveJobParams } from '../../src/scaffolding/params/derive-job-params.ts';
import { toEnvName } from '../../src/scaffolding/params/env-name.ts';
import { referencedEnvNames, resolveReferences } from '../../src/scaffolding/params/references.ts';
import { parseStringified, Resolvable } from '../../src/scaffolding/params/resolvable.ts';
import { makeRawNumber } from '../../src/scaffolding/python/raw-number.ts';

const derive = (
  params: Record<string, unknown>,
  inputs: string[] = [],
  outputs: string[] = [],
  prefix?: string,
) =>
  deriveJobParams({
    params: new Map(Object.entries(params)),
    inputs,
    outputs,
    outputS3Prefix: prefix,
  });

describe('param model (spec §1.2, §2.2)', () => {
  it('normalises env names', () => {
    expect(toEnvName('input-bam')).toBe('INPUT_BAM');
    expect(toEnvName('a.b')).toBe('A_B');
  });

  it('resolves nested and case-insensitive references (core docstring examples)', () => {
    expect(
      derive({ x: '${Y}/${Z}_foo', y: '${Z}_${Z}_bar', z: 'qaz' }).map((p) => p.value),
    ).toEqual(['qaz_qaz_bar/qaz_foo', 'qaz_qaz_bar', 'qaz']);
    expect(derive({ reference_a: 'foo_${refERENCE_b}', 'REFerence-B': 'bar' })[0]?.value).toBe(
      'foo_bar',
    );
    expect(referencedEnvNames('${A}/$B/${c}')).toEqual(['A', 'C']);
  });

  it('defaults an input local to tmp + 8 hex of the remote as written', () => {
    const [a] = derive({ A: 's3://bucket/${K}', K: 'key' }, ['A']);
    expect(a).toMatchObject({ kind: 'input', remoteValue: 's3://bucket/key' });
    expect(a?.value).toMatch(/^tmp[0-9a-f]{8}$/);
    expect(a?.value).not.toBe('tmp558ca153'); // the hash is of "s3://bucket/${K}", not the resolved remote
    expect(derive({ A: 's3://bucket/key' }, ['A'])[0]?.value).toBe('tmp558ca153');
  });

  it('matches inputs and outputs through env names', () => {
    expect(derive({ 'input-bam': 's3://b/x.bam' }, ['INPUT_BAM'])[0]?.kind).toBe('input');
  });

  it('defaults an output remote to <prefix>/<value> with slashes collapsed', () => {
    expect(derive({ C: 'c' }, [], ['C'], 's3://bucket/outs/')[0]?.remoteValue).toBe(
      's3://bucket/outs/c',
    );
    expect(derive({ O: 'results/' }, [], ['O'], 's3://out-bucket/run1')[0]?.remoteValue).toBe(
      's3://out-bucket/run1/results/',
    );
    expect(derive({ D: 'd @ s3://bucket/x' }, [], ['D'], 's3://p/q')[0]?.remoteValue).toBe(
      's3://bucket/x',
    );
  });

  it('reads non-string outputs through Python str()', () => {
    expect(derive({ N: 8 }, [], ['N'], 's3://bucket/p')[0]).toMatchObject({
      value: '8',
      remoteValue: 's3://bucket/p/8',
    });
    expect(derive({ N: makeRawNumber('8.0') }, [], ['N'], 's3://bucket/p')[0]?.value).toBe('8.0');
  });

  it('keeps filters out of reference resolution', () => {
    const a = derive(
      {
        P: 'run1',
        A: { remote: 's3://bucket/${P}/', local: 'a', exclude: ['sample_[A-Z]{1,3}\\$.*'] },
      },
      ['A'],
    ).find((p) => p.name === 'A');
    expect(a).toMatchObject({
      remoteValue: 's3://bucket/run1/',
      exclude: ['sample_[A-Z]{1,3}\\$.*'],
    });
  });

  it('renders plain non-string values as JSON text for the environment', () => {
    expect(derive({ F: true, N: null, L: [1, 'a'] }).map((p) => p.value)).toEqual([
      'true',
      'null',
      '[1,"a"]',
    ]);
  });

  it('substitutes resolved values once, in original order', () => {
    const resolved = resolveReferences([
      { name: 'A', kind: 'plain', value: '${B}' },
      { name: 'B', kind: 'plain', value: 'b' },
    ]);
    expect(resolved.map((p) => p.name)).toEqual(['A', 'B']);
  });
});

describe('stringified resolvables', () => {
  it('parses "<source>" and "<source> @ <destination>"', () => {
    expect(parseStringified('s3://b/k')).toEqual({ source: 's3://b/k' });
    expect(parseStringified('s3://b/k @ /tmp/x')).toEqual({
      source: 's3://b/k',
      destination: '/tmp/x',
    });
    expect(parseStringified('a  @ b')).toBeUndefined();
    expect(parseStringified('a\u00a0b')).toBeUndefined();
  });

  it('serializes unfiltered resolvables as strings and filtered ones as objects', () => {
    expect(
      new Resolvable({ action: 'LOCALIZE', local: '/l', remote: 's3://b/r' }).serialize('A'),
    ).toBe('s3://b/r @ /l');
    expect(
      new Resolvable({
        action: 'DELOCALIZE',
        local: '/l',
        remote: 's3://b/r',
        exclude: [],
      }).serialize('C'),
    ).toBe('/l @ s3://b/r');
    expect(
      new Resolvable({
        action: 'LOCALIZE',
        local: '/l',
        remote: 's3://b/r',
        include: '.*\\.txt',
      }).serialize('A'),
    ).toEqual({ local: '/l', remote: 's3://b/r', include: '.*\\.txt', action: 'LOCALIZE' });
  });
});
