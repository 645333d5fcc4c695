import type { Grant } from './policy-document.ts';
import type { FieldValue, TaskContext } from './task-context.ts';

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** A bucket name usable in an ARN (a literal or an opaque placeholder), else `undefined`. */
function bucketName(field: FieldValue): string | undefined {
  if (field.kind === 'token') return field.text;
  if (field.kind === 'literal' && BUCKET.test(field.value)) return field.value;
  return undefined;
}

/** A key or prefix usable in an ARN, else `undefined` (any key: `*`). */
function keyText(field: FieldValue): string | undefined {
  if (field.kind === 'token') return field.text;
  if (field.kind === 'literal' && !/[*?]/.test(field.value)) return field.value;
  return undefined;
}

/**
 * The ARN of a bucket, of one object, or of the objects under a prefix, from `Bucket` and
 * `Key`/`Prefix` fields; `*` when the bucket is known only at run time.
 *
 * @example
 * ```ts
 * s3Arn('aws', bucket, key, 'object'); // 'arn:aws:s3:::reports/2024/summary.csv'
 * ```
 */
export function s3Arn(
  partition: string,
  bucket: FieldValue,
  key: FieldValue,
  scope: 'bucket' | 'object' | 'prefix',
): string {
  const name = bucketName(bucket);
  if (name === undefined) return '*';
  const base = `arn:${partition}:s3:::${name}`;
  if (scope === 'bucket') return base;
  const k = keyText(key);
  if (k === undefined) return `${base}/*`;
  if (scope === 'object') return `${base}/${k}`;
  return k === '' ? `${base}/*` : `${base}/${k.replace(/\/$/, '')}/*`;
}

/**
 * A Distributed Map `ItemReader`: `s3:getObject` reads one object (`s3:GetObject` on it);
 * `s3:listObjectsV2` lists a bucket (`s3:ListBucket` on the bucket).
 *
 * @example
 * ```ts
 * itemReaderGrants(ctx);
 * ```
 */
export function itemReaderGrants(ctx: TaskContext): Grant[] {
  const bucket = ctx.field('Bucket');
  if (ctx.service === 's3' && ctx.action === 'listObjectsV2') {
    return [
      { actions: ['s3:ListBucket'], resources: [s3Arn(ctx.partition, bucket, bucket, 'bucket')] },
    ];
  }
  if (ctx.service === 's3' && ctx.action === 'getObject') {
    return [
      {
        actions: ['s3:GetObject'],
        resources: [s3Arn(ctx.partition, bucket, ctx.field('Key'), 'object')],
      },
    ];
  }
  ctx.warn(
    `ItemReader resource ${ctx.service}:${ctx.action} is not one aslc knows: no permission derived`,
  );
  return [];
}

/**
 * A Distributed Map `ResultWriter` (`s3:putObject`): `s3:PutObject`, `s3:GetObject`,
 * `s3:ListMultipartUploadParts` and `s3:AbortMultipartUpload` on the objects under `Prefix`.
 *
 * @example
 * ```ts
 * resultWriterGrants(ctx);
 * ```
 */
export function resultWriterGrants(ctx: TaskContext): Grant[] {
  if (!(ctx.service === 's3' && ctx.action === 'putObject')) {
    ctx.warn(
      `ResultWriter resource ${ctx.service}:${ctx.action} is not one aslc knows: no permission derived`,
    );
    return [];
  }
  return [
    {
      actions: [
        's3:AbortMultipartUpload',
        's3:GetObject',
        's3:ListMultipartUploadParts',
        's3:PutObject',
      ],
      resources: [s3Arn(ctx.partition, ctx.field('Bucket'), ctx.field('Prefix'), 'prefix')],
    },
  ];
}
