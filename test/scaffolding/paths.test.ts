import { describe, expect, it } from 'vitest';
import {
  asMountedPath,
  formatEfsPath,
  relativeToMount,
  toContainer,
  toEfs,
  type Mount,
} from '../../src/scaffolding/paths/mounts.ts';
import {
  isRelativeTo,
  joinPath,
  pathName,
  purePath,
  relativePath,
  resolvePath,
} from '../../src/scaffolding/paths/posix-path.ts';
import {
  isValidS3Path,
  isValidS3PathPlaceholder,
  joinS3Path,
  sanitizeS3Path,
} from '../../src/scaffolding/paths/s3-path.ts';

const scratch: Mount = {
  fileSystemId: 'fs-0123456789abcdef0',
  accessPointId: 'fsap-00000000000000003',
  accessPointRoot: '/scratch',
  mountPath: '/opt/efs/scratch',
};
const shared: Mount = {
  fileSystemId: 'fs-0123456789abcdef0',
  accessPointId: 'fsap-00000000000000002',
  accessPointRoot: '/shared',
  mountPath: '/opt/efs/shared',
};

describe('pathlib semantics', () => {
  it('normalises like PurePosixPath (keeping ..)', () => {
    expect(purePath('/opt//efs/./scratch/')).toBe('/opt/efs/scratch');
    expect(purePath('out/../x')).toBe('out/../x');
    expect(purePath('')).toBe('.');
    expect(purePath('//x')).toBe('//x');
    expect(purePath('///x')).toBe('/x');
  });

  it('joins like the / operator', () => {
    expect(joinPath('/opt/efs/scratch/id', 'results/')).toBe('/opt/efs/scratch/id/results');
    expect(joinPath('/opt/efs/scratch/id', '/abs/file')).toBe('/abs/file');
    expect(joinPath('/opt/efs/scratch/id', 'out/../../x')).toBe('/opt/efs/scratch/id/out/../../x');
  });

  it('tests prefixes component-wise', () => {
    expect(isRelativeTo('/opt/efs/scratch/x', '/opt/efs/scratch')).toBe(true);
    expect(isRelativeTo('/opt/efs/scratchX', '/opt/efs/scratch')).toBe(false);
    expect(isRelativeTo('/a', '/')).toBe(true);
    expect(isRelativeTo('a/b', '/a')).toBe(false);
    expect(relativePath('/opt/efs/scratch', '/opt/efs/scratch')).toBe('.');
  });

  it('resolves .. lexically, never above the root', () => {
    expect(resolvePath('/scratch/id/out/../../x')).toBe('/scratch/x');
    expect(resolvePath('/scratch/../../x')).toBe('/x');
    expect(pathName('/opt/efs/scratch')).toBe('scratch');
    expect(pathName('/')).toBe('');
  });
});

describe('mount translation (spec §2.5)', () => {
  it('maps container paths to EFS and back', () => {
    const efs = toEfs('/opt/efs/scratch/exec-1/a', [scratch, shared]);
    expect(formatEfsPath(efs)).toBe('fs-0123456789abcdef0:/scratch/exec-1/a');
    expect(toContainer(efs, [scratch, shared])).toBe('/opt/efs/scratch/exec-1/a');
  });

  it('normalises the EFS form of a ..-path that stays lexically under the mount', () => {
    const efs = toEfs('/opt/efs/scratch/exec-1/out/../../x', [scratch]);
    expect(efs.path).toBe('/scratch/x');
  });

  it('makes absolute execution ids relative to the mount or the access point', () => {
    expect(relativeToMount('/opt/efs/scratch/abc', scratch)).toBe('abc');
    expect(relativeToMount('/scratch/abc', scratch)).toBe('abc');
    expect(asMountedPath('a/../b', scratch)).toBe('/opt/efs/scratch/b');
  });

  it('checks the longer of mount path and access-point root first', () => {
    const rootLonger: Mount = {
      fileSystemId: 'fs-1',
      accessPointRoot: '/opt/efs',
      mountPath: '/opt',
    };
    expect(relativeToMount('/opt/efs/scratch/x', rootLonger)).toBe('scratch/x');
    expect(toEfs('/opt/efs/scratch/x', [rootLonger]).path).toBe('/opt/efs/scratch/x');
  });

  it('returns undefined for an EFS path no mount covers', () => {
    expect(
      toContainer({ fileSystemId: 'fs-other', path: '/scratch/x' }, [scratch]),
    ).toBeUndefined();
  });
});

describe('S3 paths (core S3Path / S3PathPlaceholder)', () => {
  it('collapses repeated slashes after the scheme', () => {
    expect(sanitizeS3Path('s3://bucket/outs//c')).toBe('s3://bucket/outs/c');
    expect(sanitizeS3Path('s3://bucket//a///b/')).toBe('s3://bucket/a/b/');
    expect(joinS3Path('s3://bucket/tmp-payloads/', 'input_0/')).toBe(
      's3://bucket/tmp-payloads/input_0/',
    );
  });

  it.each([
    ['s3://bucket/key', true],
    ['s3://bucket', true],
    ['s3://bucket/', true],
    ['s3://bucket/a b/c?d', true],
    ['s3://b/key', false],
    ['s3://bucket/${X}', false],
    ['s3://bucket/a~b', false],
    ['/local/file', false],
    ['gs://bucket/key', false],
    ['s3://-bucket/key', false],
  ])('S3Path(%s) valid: %s', (value, valid) => {
    expect(isValidS3Path(value)).toBe(valid);
  });

  it('accepts placeholders only in the placeholder form', () => {
    expect(isValidS3PathPlaceholder('s3://bucket/${SAMPLE}/out')).toBe(true);
    expect(isValidS3PathPlaceholder('s3://${BUCKET}/out')).toBe(true);
    expect(isValidS3PathPlaceholder('s3://bucket/a[1]')).toBe(false);
  });

  it('validates long invalid keys without backtracking blow-up', () => {
    expect(isValidS3Path(`s3://bucket/${'a'.repeat(5000)}~`)).toBe(false);
    expect(isValidS3PathPlaceholder(`s3://bucket/${'a/'.repeat(5000)}~`)).toBe(false);
  });
});
