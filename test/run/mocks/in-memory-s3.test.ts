import { describe, expect, it } from 'vitest';
import { createInMemoryS3 } from '../../../src/run/mocks/in-memory-s3.ts';
import { createServices } from '../../../src/run/mocks/services.ts';
import { serviceFor } from '../../../src/run/mocks/mock-service.ts';

const PUT = 'arn:aws:states:::aws-sdk:s3:putObject';
const GET = 'arn:aws:states:::aws-sdk:s3:getObject';

describe('the in-memory S3 mock service', () => {
  it('serves the aws-sdk S3 object actions only', () => {
    const s3 = createInMemoryS3();
    expect(s3.handles(PUT)).toBe(true);
    expect(s3.handles(GET)).toBe(true);
    expect(s3.handles('arn:aws:states:::aws-sdk:s3:headObject')).toBe(true);
    expect(s3.handles('arn:aws:states:::aws-sdk:s3:deleteObject')).toBe(true);
    expect(s3.handles('arn:aws-us-gov:states:::aws-sdk:s3:getObject')).toBe(true);
    expect(s3.handles('arn:aws:states:::aws-sdk:s3:listObjectsV2')).toBe(false);
    expect(s3.handles('arn:aws:states:::lambda:invoke')).toBe(false);
    expect(serviceFor([s3], GET)).toBe(s3);
    expect(serviceFor([s3], 'arn:aws:states:::sqs:sendMessage')).toBeUndefined();
  });

  it('returns to getObject what putObject stored, objects as JSON text', async () => {
    const s3 = createInMemoryS3();
    const call = (resource: string, input: unknown) =>
      s3.invoke({ stateName: 'S', resource, input });
    const put = await call(PUT, { Bucket: 'b', Key: 'run/1/request.json', Body: { a: [1, 2] } });
    expect(put).toStrictEqual({
      kind: 'return',
      value: { ETag: '"ca16230f6b96fc0b51c574066abedaed"' },
    });
    const got = await call(GET, { Bucket: 'b', Key: 'run/1/request.json' });
    expect(got).toStrictEqual({
      kind: 'return',
      value: {
        Body: '{"a":[1,2]}',
        ContentLength: 11,
        ContentType: 'application/json',
        ETag: '"ca16230f6b96fc0b51c574066abedaed"',
      },
    });
    await call(PUT, { Bucket: 'b', Key: 'text', Body: 'plain' });
    expect(s3.get('b', 'text')).toBe('plain');
    expect([...s3.objects().keys()]).toStrictEqual(['s3://b/run/1/request.json', 's3://b/text']);
  });

  it('throws S3.NoSuchKeyException for a missing key, like the aws-sdk integration', async () => {
    const s3 = createInMemoryS3();
    expect(
      await s3.invoke({ stateName: 'S', resource: GET, input: { Bucket: 'b', Key: 'none' } }),
    ).toStrictEqual({
      kind: 'throw',
      error: 'S3.NoSuchKeyException',
      cause: 'The specified key does not exist.',
    });
    expect(
      await s3.invoke({
        stateName: 'S',
        resource: 'arn:aws:states:::aws-sdk:s3:headObject',
        input: { Bucket: 'b', Key: 'none' },
      }),
    ).toMatchObject({ kind: 'throw', error: 'S3.NotFoundException' });
    expect(
      await s3.invoke({ stateName: 'S', resource: GET, input: { Bucket: 'b' } }),
    ).toMatchObject({
      kind: 'throw',
      error: 'S3.S3Exception',
    });
  });

  it('can be seeded and deletes objects', async () => {
    const s3 = createInMemoryS3({
      objects: { 's3://b/seed.json': { ok: true }, 's3://b/raw': 'x' },
    });
    expect(s3.get('b', 'seed.json')).toBe('{"ok":true}');
    await s3.invoke({
      stateName: 'S',
      resource: 'arn:aws:states:::aws-sdk:s3:deleteObject',
      input: { Bucket: 'b', Key: 'raw' },
    });
    expect(s3.get('b', 'raw')).toBeUndefined();
    expect(() => createInMemoryS3({ objects: { 'b/k': 1 } })).toThrow(
      "seed key 'b/k' is not s3://bucket/key",
    );
  });

  it('is created fresh from a case spec, and unknown services are refused', () => {
    const [a] = createServices({ s3: { objects: { 's3://b/k': 'v' } } });
    const [b] = createServices({ s3: { objects: { 's3://b/k': 'v' } } });
    expect(a).not.toBe(b);
    expect(a?.name).toBe('s3');
    expect(() => createServices({ dynamodb: {} })).toThrow("unknown service 'dynamodb'");
    expect(createServices(undefined)).toStrictEqual([]);
  });
});

describe('the in-memory S3 as a Distributed Map ItemReader', () => {
  const read = (
    s3: ReturnType<typeof createInMemoryS3>,
    resource: string,
    args: unknown,
    config: unknown = {},
  ) => s3.readItems?.({ stateName: 'M', resource, arguments: args, readerConfig: config });

  it('reads JSON arrays, JSON at an ItemsPointer, JSONL and CSV objects', () => {
    const s3 = createInMemoryS3({
      objects: {
        's3://b/a.json': [1, { x: 2 }],
        's3://b/o.json': { data: { items: ['p', 'q'] } },
        's3://b/l.jsonl': '{"n":1}\n\n{"n":2}\n',
        's3://b/t.csv': 'id,text\r\n1,"a, ""quoted"" b"\r\n2,\r\n',
        's3://b/p.csv': 'x|y\n',
      },
    });
    const get = 'arn:aws:states:::s3:getObject';
    expect(s3.readsItems?.(get)).toBe(true);
    expect(s3.readsItems?.('arn:aws:states:::s3:listObjectsV2')).toBe(true);
    expect(s3.readsItems?.('arn:aws:states:::aws-sdk:s3:getObject')).toBe(false);
    expect(read(s3, get, { Bucket: 'b', Key: 'a.json' })).toStrictEqual([1, { x: 2 }]);
    expect(
      read(
        s3,
        get,
        { Bucket: 'b', Key: 'o.json' },
        { InputType: 'JSON', ItemsPointer: '/data/items' },
      ),
    ).toStrictEqual(['p', 'q']);
    expect(read(s3, get, { Bucket: 'b', Key: 'l.jsonl' }, { InputType: 'JSONL' })).toStrictEqual([
      { n: 1 },
      { n: 2 },
    ]);
    expect(
      read(
        s3,
        get,
        { Bucket: 'b', Key: 't.csv' },
        { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
      ),
    ).toStrictEqual([
      { id: '1', text: 'a, "quoted" b' },
      { id: '2', text: '' },
    ]);
    expect(
      read(
        s3,
        get,
        { Bucket: 'b', Key: 'p.csv' },
        {
          InputType: 'CSV',
          CSVHeaderLocation: 'GIVEN',
          CSVHeaders: ['a', 'b'],
          CSVDelimiter: 'PIPE',
        },
      ),
    ).toStrictEqual([{ a: 'x', b: 'y' }]);
    expect(() => read(s3, get, { Bucket: 'b', Key: 'none' })).toThrow(
      'the in-memory S3 has no object s3://b/none',
    );
    expect(() => read(s3, get, { Bucket: 'b', Key: 'o.json' })).toThrow('does not hold an array');
    expect(() => read(s3, get, { Bucket: 'b', Key: 'a.json' }, { InputType: 'PARQUET' })).toThrow(
      'PARQUET is not supported',
    );
  });

  it('answers getObject/headObject from wildcard seeds for keys it does not hold', async () => {
    const s3 = createInMemoryS3({
      objects: {
        's3://b/scratch/run-1/*/response.json': { answer: 42 },
        's3://b/scratch/run-1/fixed/response.json': 'exact',
      },
    });
    const call = (resource: string, key: string) =>
      s3.invoke({ stateName: 'S', resource, input: { Bucket: 'b', Key: key } });
    const body = async (key: string) => {
      const outcome = await call(GET, key);
      return outcome.kind === 'return' ? (outcome.value as { Body: string }).Body : outcome;
    };
    expect(await body('scratch/run-1/0f6c9a4e-1d2b-4c3a-9e8f-7a6b5c4d3e2f/response.json')).toBe(
      '{"answer":42}',
    );
    expect(await body('scratch/run-1/fixed/response.json')).toBe('exact');
    // a wildcard stands for one key segment, and only where no object was written
    expect(await body('scratch/run-1/a/b/response.json')).toMatchObject({
      error: 'S3.NoSuchKeyException',
    });
    expect(await body('scratch/run-2/x/response.json')).toMatchObject({
      error: 'S3.NoSuchKeyException',
    });
    expect(await body('scratch/run-1/x.response.json')).toMatchObject({
      error: 'S3.NoSuchKeyException',
    });
    await s3.invoke({
      stateName: 'S',
      resource: PUT,
      input: { Bucket: 'b', Key: 'scratch/run-1/x/response.json', Body: { written: true } },
    });
    expect(await body('scratch/run-1/x/response.json')).toBe('{"written":true}');
    expect(
      (await call('arn:aws:states:::aws-sdk:s3:headObject', 'scratch/run-1/y/response.json')).kind,
    ).toBe('return');
    // seeds with wildcards are not objects: they are not listed
    expect([...s3.objects().keys()]).toStrictEqual([
      's3://b/scratch/run-1/fixed/response.json',
      's3://b/scratch/run-1/x/response.json',
    ]);
  });

  it('lists objects under a prefix for listObjectsV2', () => {
    const s3 = createInMemoryS3({
      objects: { 's3://b/in/1': 'x', 's3://b/in/2': 'yy', 's3://b/out/3': 'z' },
    });
    expect(
      read(s3, 'arn:aws:states:::s3:listObjectsV2', { Bucket: 'b', Prefix: 'in/' }),
    ).toStrictEqual([
      {
        Etag: '"9dd4e461268c8034f5c8564e155c67a6"',
        Key: 'in/1',
        LastModified: '2024-01-01T00:00:00.000Z',
        Size: 1,
        StorageClass: 'STANDARD',
      },
      {
        Etag: '"2fb1c5cf58867b5bbc9a1b145a86f3a0"',
        Key: 'in/2',
        LastModified: '2024-01-01T00:00:00.000Z',
        Size: 2,
        StorageClass: 'STANDARD',
      },
    ]);
  });
});
