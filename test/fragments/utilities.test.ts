// Utilities of spec/fragments.md §2, with the spec's asserted examples.
import { describe, expect, test } from 'vitest';
import {
  DslError,
  States,
  compile,
  path,
  pass,
  placeholder,
  stateMachine,
} from '../../src/index.ts';
import {
  asKey,
  asReference,
  compareCodePoints,
  convertReferencePaths,
  convertReferencePathsInMapping,
  isAutoRefString,
  isReferencePath,
  jobDefinitionRetryStrategy,
  joinReferencePaths,
  normalizeReferencePath,
  pascalCase,
  referenceTo,
  submitJob,
  toBatchMountPoint,
  toBatchVolume,
  toEnvironmentList,
  toFileSystemConfiguration,
  toMountPointsAndVolumes,
  toPascalCaseKeys,
  toResourceRequirements,
} from '../../src/fragments/index.ts';
import { asl, type AslState } from './_support.ts';

/** The JSON a template renders to, as a Pass state's Parameters. */
function rendered(parameters: Record<string, unknown>): unknown {
  const machine = stateMachine({ definition: pass('P', { parameters: parameters as never }) });
  return (asl(machine).States['P'] as AslState)['Parameters'];
}

describe('§2.1 JsonReferencePath', () => {
  test.each([
    ['simple', 'simple'],
    ['extra..periods', 'extra.periods'],
    ['.', ''],
    ['.prefixed', 'prefixed'],
    ['suffixed.', 'suffixed'],
    ['$.dollarsign.prefix', 'dollarsign.prefix'],
    ['dollarsign.suffix.$', 'dollarsign.suffix'],
    ['dollarsign.$.middle', 'dollarsign.middle'],
    ['dollarsign.$instring', 'dollarsign.instring'],
    ['$', ''],
    ['$.a[0]', 'a[0]'],
    ['$$.Execution.Name', 'Execution.Name'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeReferencePath(input)).toBe(expected);
  });

  test('as_reference is "$." + path, or "$" when empty', () => {
    expect(asReference('a.b')).toBe('$.a.b');
    expect(asReference('$.a..b.')).toBe('$.a.b');
    expect(asReference('')).toBe('$');
    expect(asReference('$')).toBe('$');
  });

  test('as_key is path + ".$", or "$" (not ".$") when empty', () => {
    expect(asKey('a.b')).toBe('a.b.$');
    expect(asKey('')).toBe('$');
    expect(asKey('$.')).toBe('$');
  });

  test('a + b joins with "." and re-normalises; extend folds left to right', () => {
    expect(joinReferencePaths('dots.', 'concat')).toBe('dots.concat');
    expect(joinReferencePaths('simple', '.dots')).toBe('simple.dots');
    expect(joinReferencePaths('', '')).toBe('');
    expect(joinReferencePaths('$.request', '$.overrides')).toBe('request.overrides');
    expect(joinReferencePaths('a', 'b', '$.c', '')).toBe('a.b.c');
  });

  test('is_reference: a string starting with $', () => {
    expect(isReferencePath('$.x')).toBe(true);
    expect(isReferencePath('$')).toBe(true);
    expect(isReferencePath('x.$')).toBe(false);
    expect(isReferencePath(3)).toBe(false);
  });

  test('referenceTo is a path() to as_reference', () => {
    expect(rendered({ tags: referenceTo('execution_metadata.tags') })).toEqual({
      'tags.$': '$.execution_metadata.tags',
    });
  });
});

describe('§2.2 PascalCase of keys (stringcase.pascalcase 1.2.0)', () => {
  test.each([
    ['jobDefinitionName', 'JobDefinitionName'],
    ['containerPath', 'ContainerPath'],
    ['readOnly', 'ReadOnly'],
    ['efsVolumeConfiguration', 'EfsVolumeConfiguration'],
    ['iam', 'Iam'],
    ['foo', 'Foo'],
    ['my_key', 'MyKey'],
    ['job_queue', 'JobQueue'],
    ['AWS_REGION', 'AWS_REGION'],
    ['file_system', 'FileSystem'],
    ['x_1', 'X_1'],
    ['_leading', 'Leading'],
    ['a-b.c d', 'ABCD'],
    ['a__b', 'A_B'],
    ['owner.$', 'Owner.$'],
    ['', ''],
  ])('%j → %j', (key, expected) => {
    expect(pascalCase(key)).toBe(expected);
  });

  test('renames keys only, recursively, objects inside arrays included; expressions untouched', () => {
    const ref = path('$.x');
    expect(
      toPascalCaseKeys({
        job_queue: 'my_value',
        mountPoints: [{ containerPath: '/data', read_only: false }],
        ref,
      }),
    ).toEqual({
      JobQueue: 'my_value',
      MountPoints: [{ ContainerPath: '/data', ReadOnly: false }],
      Ref: ref,
    });
  });

  test('applies to the user keys of the Batch Parameters map (upstream test: foo → Foo)', () => {
    const machine = stateMachine({
      definition: submitJob('S', {
        jobName: 'j',
        jobDefinition: 'd',
        jobQueue: 'q',
        parameters: { foo: 'bar', my_key: 'v', AWS_REGION: 'r' },
      }),
    });
    const prep = asl(machine).States['S SubmitJob Prep'] as AslState;
    expect((prep['Parameters'] as Record<string, unknown>)['Parameters']).toEqual({
      Foo: 'bar',
      MyKey: 'v',
      AWS_REGION: 'r',
    });
  });
});

describe('§2.3 auto-ref', () => {
  test('strings starting with $ or States. become references, recursively', () => {
    expect(
      rendered(
        convertReferencePathsInMapping({
          Bucket: 'b',
          Key: '$.key',
          Id: 'States.UUID()',
          Body: { a: '$.x', b: 'lit', c: 1, d: null, e: [{ f: '$.y' }] },
        }),
      ),
    ).toEqual({
      Bucket: 'b',
      'Key.$': '$.key',
      'Id.$': 'States.UUID()',
      Body: { 'a.$': '$.x', b: 'lit', c: 1, d: null, e: [{ 'f.$': '$.y' }] },
    });
  });

  test('expressions and keys already spelled .$ are kept', () => {
    expect(
      rendered(convertReferencePaths({ a: path('$.p'), 'b.$': '$.q', c: States.UUID() }) as never),
    ).toEqual({ 'a.$': '$.p', 'b.$': '$.q', 'c.$': 'States.UUID()' });
  });

  test('a bare $ string converts to a path(); bare intrinsic text cannot', () => {
    expect(rendered({ v: convertReferencePaths('$.v') })).toEqual({ 'v.$': '$.v' });
    expect(() => convertReferencePaths('States.UUID()')).toThrow(DslError);
    expect(convertReferencePaths('plain')).toBe('plain');
  });

  test('a reference directly inside an array is an error (CDK: refs in arrays)', () => {
    const e = (() => {
      try {
        convertReferencePaths({ Body: ['$.x'] });
      } catch (error) {
        return error as DslError;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(DslError);
    expect(e?.code).toBe('ReferenceInArray');
    expect(() => convertReferencePaths({ Body: [['States.UUID()']] })).toThrow(
      /Cannot use JsonPath fields in an array/,
    );
    expect(convertReferencePaths({ Body: ['x', 1] })).toEqual({ Body: ['x', 1] });
  });

  test('isAutoRefString', () => {
    expect(isAutoRefString('$.a')).toBe(true);
    expect(isAutoRefString('States.Format()')).toBe(true);
    expect(isAutoRefString('States')).toBe(false);
    expect(isAutoRefString(1)).toBe(false);
  });
});

describe('§2.4 data builders', () => {
  test('environment: sorted by code point (upper < _ < lower), None dropped, JsonNull kept', () => {
    expect(
      toEnvironmentList({ b: '1', B: '2', _x: '3', A_B: '4', AB: '5', gone: undefined, n: null }),
    ).toEqual([
      { name: 'AB', value: '5' },
      { name: 'A_B', value: '4' },
      { name: 'B', value: '2' },
      { name: '_x', value: '3' },
      { name: 'b', value: '1' },
      // to_key_value_pairs drops only `None`; JsonNull (aslc: null) stays and renders null.
      { name: 'n', value: null },
    ]);
    expect(toEnvironmentList(undefined)).toEqual([]);
    expect(toEnvironmentList('$.env')).toBe('$.env');
    const ref = path('$.env');
    expect(toEnvironmentList(ref)).toBe(ref);
  });

  test('code-point order differs from UTF-16 order for astral characters', () => {
    expect(compareCodePoints('\u{1F600}', '\uFFFF')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(compareCodePoints('x', 'x')).toBe(0);
  });

  test('resource requirements: GPU, MEMORY, VCPU, given ones only, numbers as strings', () => {
    const ref = path('$.gpu');
    expect(toResourceRequirements({ vcpus: 2, memory: 2048, gpu: ref })).toEqual([
      { type: 'GPU', value: ref },
      { type: 'MEMORY', value: '2048' },
      { type: 'VCPU', value: '2' },
    ]);
    expect(toResourceRequirements({ memory: '$.m', gpu: 0 })).toEqual([
      { type: 'GPU', value: '0' },
      { type: 'MEMORY', value: '$.m' },
    ]);
    expect(toResourceRequirements({})).toEqual([]);
  });

  test('retry strategy', () => {
    expect(toPascalCaseKeys(jobDefinitionRetryStrategy())).toEqual({
      Attempts: 5,
      EvaluateOnExit: [
        {
          Action: 'RETRY',
          OnStatusReason: 'Task failed to start',
          OnReason: 'DockerTimeoutError*',
        },
        { Action: 'RETRY', OnStatusReason: 'Host EC2*' },
        { Action: 'EXIT', OnStatusReason: '*' },
      ],
    });
  });

  test('mount points and volumes: access point vs file system with root', () => {
    const ap = {
      mountPoint: '/opt/shared',
      fileSystemId: 'fs-1',
      accessPointId: 'fsap-1',
      readOnly: true,
    };
    const fs = { mountPoint: '/opt/efs', fileSystemId: 'fs-1' };
    expect(toBatchMountPoint(ap, 'shared')).toEqual({
      ReadOnly: true,
      ContainerPath: '/opt/shared',
      SourceVolume: 'shared',
    });
    expect(toBatchVolume(ap, 'shared')).toEqual({
      Name: 'shared',
      EfsVolumeConfiguration: {
        FileSystemId: 'fs-1',
        TransitEncryption: 'ENABLED',
        AuthorizationConfig: { AccessPointId: 'fsap-1', Iam: 'DISABLED' },
      },
    });
    expect(toBatchVolume(fs, 'v')).toEqual({
      Name: 'v',
      EfsVolumeConfiguration: { FileSystemId: 'fs-1', RootDirectory: '/' },
    });
    expect(toBatchVolume({ ...fs, rootDirectory: '/data' }, 'v')).toEqual({
      Name: 'v',
      EfsVolumeConfiguration: { FileSystemId: 'fs-1', RootDirectory: '/data' },
    });
    const both = toMountPointsAndVolumes([fs, ap]);
    expect(both.mountPoints.map((m) => (m as Record<string, unknown>)['SourceVolume'])).toEqual([
      'efs-vol0',
      'efs-vol1',
    ]);
    expect(toFileSystemConfiguration(ap)).toEqual({
      file_system: 'fs-1',
      access_point: 'fsap-1',
      container_path: '/opt/shared',
    });
    expect(rendered({ c: toFileSystemConfiguration(fs) })).toEqual({
      c: { file_system: 'fs-1', container_path: '/opt/efs' },
    });
  });

  test('placeholders flow through the builders and render as ${Name}', () => {
    const volume = toBatchVolume(
      { mountPoint: '/m', fileSystemId: placeholder('Fs'), accessPointId: placeholder('Ap') },
      'v',
    );
    const machine = stateMachine({ definition: pass('P', { parameters: { volume } }) });
    expect(compile(machine).placeholders).toEqual(['Ap', 'Fs']);
  });
});
