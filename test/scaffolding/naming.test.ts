import { describe, expect, it } from 'vitest';
import { checkNameBudget, getJobName } from '../../src/scaffolding/naming/job-name.ts';
import { buildEfsVolumeName, condenseStr } from '../../src/scaffolding/naming/volume-name.ts';
import {
  checkEnvBase,
  checkRegion,
  envBaseFromEnv,
  regionFromEnv,
} from '../../src/scaffolding/naming/env-base.ts';

const mount = (fileSystemId: string, accessPointId: string | undefined, mountPath: string) => ({
  fileSystemId,
  ...(accessPointId === undefined ? {} : { accessPointId }),
  accessPointRoot: '/',
  mountPath,
});

describe('volume names (aws-lambda naming.py 1.1.0)', () => {
  it.each([
    ['fs-0123456789abcdef0', 'fsap-00000000000000003', '/opt/efs/scratch', 'scratch-328e68a4'],
    ['fs-0123456789abcdef0', 'fsap-00000000000000002', '/opt/efs/shared', 'shared-557410e1'],
    ['fs-0fedcba9876543210', 'fsap-00000000000000013', '/opt/scratch', 'scratch-cd02b551'],
    ['fs-0123456789abcdef0', 'fsap-00000000000000004', '/opt/efs/tmp', 'tmp-7dc70ea7'],
    ['fs-123456789012', 'fsap-123456789012', '/opt/efs', 'efs-af859703'],
    ['fs-0326', 'fsap-0acb', '/opt/fsap-0acb/scratch', 'scratch-f7083d9e'],
  ])('%s|%s|%s → %s', (fs, ap, path, name) => {
    expect(buildEfsVolumeName(mount(fs, ap, path))).toBe(name);
  });

  it('sanitises the label to ASCII letters, digits, _ and -', () => {
    const name = buildEfsVolumeName(mount('fs-1', 'fsap-1', '/opt/some path/wïth.dots'));
    expect(name).toMatch(/^w-th-dots-[0-9a-f]{8}$/);
  });

  it('falls back to the file system id for / and to vol for an empty label', () => {
    expect(buildEfsVolumeName(mount('fs-1', undefined, '/'))).toMatch(/^fs-1-[0-9a-f]{8}$/);
    expect(buildEfsVolumeName(mount('fs-1', undefined, '/opt/..'))).toMatch(/^vol-[0-9a-f]{8}$/);
  });

  it('condenses long names to 24 characters with a hash of the whole value', () => {
    expect(condenseStr('a'.repeat(40), 24)).toBe('aaaaaaaaaaaaaaa-e33cdf9c');
    expect(condenseStr('scratch-vol', 24)).toBe('scratch-vol');
    const long = buildEfsVolumeName(mount('fs-1', 'fsap-1', '/opt/a-very-long-volume-label'));
    expect(long).toHaveLength(24);
    expect(long.startsWith('a-very-long-vol-')).toBe(true);
  });
});

describe('job names and the name budget', () => {
  it('prefixes the env base unless the name already carries it', () => {
    expect(getJobName('dev-marmotdev', 'custom', 'h')).toBe('dev-marmotdev-custom-h');
    expect(getJobName('dev-marmotdev', 'dev-marmotdev', 'h')).toBe('dev-marmotdev-h');
    expect(getJobName('dev-marmotdev', 'dev-marmotdev-x', 'h')).toBe('dev-marmotdev-x-h');
    expect(getJobName('dev-marmotdev', 'dev-marmotdevx', 'h')).toBe(
      'dev-marmotdev-dev-marmotdevx-h',
    );
  });

  it('measures against the longest volume name and reserves 3 revision digits', () => {
    const name = 'd'.repeat(139 - 3 - 20);
    expect(() => checkNameBudget(name, ['v'.repeat(20)])).not.toThrow();
    expect(() => checkNameBudget(name, ['v'.repeat(10), 'v'.repeat(21)])).toThrow(/= 140 > 139/);
    expect(() => checkNameBudget('d'.repeat(200), [])).not.toThrow();
  });
});

describe('env base and region', () => {
  it('reads them from the environment like the reference', () => {
    expect(envBaseFromEnv({ env_base: 'dev-a', ENV_BASE: 'dev-b' })).toBe('dev-a');
    expect(envBaseFromEnv({ ENV_TYPE: 'test', label: 'x' })).toBe('test-x');
    expect(envBaseFromEnv({ ENV_TYPE: 'prod' })).toBe('prod');
    expect(envBaseFromEnv({})).toBeUndefined();
    expect(regionFromEnv({ AWS_REGION: 'us-west-2', REGION: 'eu-west-1' })).toBe('us-west-2');
    expect(regionFromEnv({ AWS_DEFAULT_REGION: 'us-east-1', AWS_REGION: 'us-west-2' })).toBe(
      'us-east-1',
    );
  });

  it('validates them', () => {
    expect(checkEnvBase('dev-marmotdev')).toBe('dev-marmotdev');
    expect(() => checkEnvBase('dev-a-b')).toThrow(/does not match/);
    expect(checkRegion('us-gov-west-1')).toBe('us-gov-west-1');
    expect(() => checkRegion('me-south-1')).toThrow(/not a valid AWS region/);
  });
});
