import { describe, expect, it } from 'vitest';
import {
  chain,
  distributedMap,
  integration,
  pass,
  path,
  placeholder,
  stateMachine,
} from '../../../src/index.ts';
import { derivePolicy } from '../../../src/iac/index.ts';

function mapPolicy(options: Record<string, unknown>) {
  const machine = stateMachine({
    definition: chain(distributedMap('M', { processor: pass('P'), ...options } as never)),
  });
  return derivePolicy(machine.node, { stateMachineName: 'm' }).document.Statement.filter((s) =>
    s.Action.some((a) => a.startsWith('s3:')),
  );
}

describe('IAM: Amazon S3 (Distributed Map ItemReader and ResultWriter)', () => {
  it('getObject reads one object', () => {
    expect(
      mapPolicy({
        itemReader: {
          resource: integration('s3', 'getObject'),
          parameters: { Bucket: 'in-bucket', Key: 'items/list.json' },
          readerConfig: { inputType: 'JSON' },
        },
      }),
    ).toEqual([
      {
        Sid: 'S3',
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: ['arn:aws:s3:::in-bucket/items/list.json'],
      },
    ]);
  });

  it('listObjectsV2 lists the bucket; a run-time bucket gives *', () => {
    expect(
      mapPolicy({
        itemReader: {
          resource: integration('s3', 'listObjectsV2'),
          parameters: { Bucket: 'in-bucket', Prefix: 'p/' },
        },
      }),
    ).toEqual([
      {
        Sid: 'S3',
        Effect: 'Allow',
        Action: ['s3:ListBucket'],
        Resource: ['arn:aws:s3:::in-bucket'],
      },
    ]);
    expect(
      mapPolicy({
        itemReader: {
          resource: integration('s3', 'listObjectsV2'),
          parameters: { Bucket: path('$.b') },
        },
      })[0]?.Resource,
    ).toEqual(['*']);
  });

  it('putObject writes the results under the prefix (multipart included); a placeholder bucket is a name', () => {
    expect(
      mapPolicy({
        resultWriter: {
          resource: integration('s3', 'putObject'),
          parameters: { Bucket: placeholder('Out'), Prefix: 'runs/' },
        },
      }),
    ).toEqual([
      {
        Sid: 'S3',
        Effect: 'Allow',
        Action: [
          's3:AbortMultipartUpload',
          's3:GetObject',
          's3:ListMultipartUploadParts',
          's3:PutObject',
        ],
        Resource: ['arn:aws:s3:::${Out}/runs/*'],
      },
    ]);
  });
});
