import {
  States,
  awsSdk,
  chain,
  contextPath,
  pass,
  path,
  task,
  type Chain,
  type RetryOptions,
  type Template,
} from '../../dsl/index.ts';
import { scopeOf, type NamingOptions } from '../naming-scope.ts';
import { convertReferencePathsInMapping } from '../util/auto-ref.ts';
import type { StringValue } from '../util/batch-builders.ts';
import { resultPaths } from './result-paths.ts';

/** The Retry of every S3 task of the reference. */
export const S3_RETRY: RetryOptions = Object.freeze({
  errors: Object.freeze(['S3.S3Exception']),
  intervalSeconds: 3,
  maxAttempts: 5,
  backoffRate: 2,
  jitterStrategy: 'FULL',
});

/** Options shared by the S3 operations. */
export interface S3PathOptions extends NamingOptions {
  /** Where the result lands (default `$`). `null` is the reference's `None` (see each operation). */
  readonly resultPath?: string | null;
  /** OutputPath of the last state (default `$`); `null` is the reference's `None`. */
  readonly outputPath?: string | null;
}

/** Options of {@link putObject}. */
export interface PutObjectOptions extends S3PathOptions {
  /** Bucket name: a literal, a `$…` string or `path()` (a reference). */
  readonly bucketName: StringValue;
  /** Object key: a literal, a `$…` string, `path()` or an intrinsic. */
  readonly key: StringValue;
  /** The body: a literal, a `$…` string, or an object whose `$…` string leaves become references. */
  readonly body: Template;
}

/**
 * Writes an object to S3 (the reference's `S3Operation.put_object`): `<id> PutObject Prep` (Pass:
 * `{Bucket, Key, Body}` auto-ref'd, at `RP = resultPath ?? '$'`), `<id> PutObject API Call`
 * (`aws-sdk:s3:putObject`, ResultPath null, S3 retry) and `<id> PutObject Post` (Pass:
 * `{Bucket, Key}` at `resultPath`, OutputPath `outputPath`; `null` omits either).
 *
 * @example
 * ```ts
 * putObject('Save', { bucketName: 'bucket', key: '$.key', body: { a: '$.x', b: 'lit' }, resultPath: '$.saved' });
 * ```
 */
export function putObject(id: string, options: PutObjectOptions): Chain {
  const scope = scopeOf(options);
  const { rp, resultPath, outputPath } = resultPaths(options);
  return chain(
    pass(scope.name(`${id} PutObject Prep`), {
      parameters: convertReferencePathsInMapping({
        Bucket: options.bucketName,
        Key: options.key,
        Body: options.body,
      }),
      resultPath: rp,
    }),
    task(scope.name(`${id} PutObject API Call`), {
      resource: awsSdk('s3', 'putObject'),
      parameters: {
        Bucket: path(`${rp}.Bucket`),
        Key: path(`${rp}.Key`),
        Body: path(`${rp}.Body`),
      },
      resultPath: null,
      retry: S3_RETRY,
    }),
    pass(scope.name(`${id} PutObject Post`), {
      parameters: { Bucket: path(`${rp}.Bucket`), Key: path(`${rp}.Key`) },
      ...(resultPath === null ? {} : { resultPath }),
      ...(outputPath === null ? {} : { outputPath }),
    }),
  );
}

/** Options of {@link putPayload}. */
export interface PutPayloadOptions extends S3PathOptions {
  /** The payload: a literal, a `$…` string (e.g. `$.data`), or an object. */
  readonly payload: Template;
  readonly bucketName: StringValue;
  /** Default (also for `''`): `States.Format('{}/{}', $$.Execution.Name, States.UUID())`. */
  readonly key?: StringValue;
}

/**
 * Writes a payload to S3 (the reference's `S3Operation.put_payload`): `putObject` with the key
 * defaulting to `<execution name>/<uuid>` (no prefix, no extension).
 *
 * @example
 * ```ts
 * putPayload('Save', { payload: '$.data', bucketName: 'bucket' });
 * ```
 */
export function putPayload(id: string, options: PutPayloadOptions): Chain {
  const { payload, key, ...rest } = options;
  return putObject(id, {
    ...rest,
    body: payload,
    // The reference: `key or States.Format(…)` (an empty key is unset).
    key:
      key === undefined || key === ''
        ? States.Format('{}/{}', contextPath('Execution.Name'), States.UUID())
        : key,
  });
}

/** Options of {@link getObject}. */
export interface GetObjectOptions extends S3PathOptions {
  readonly bucketName: StringValue;
  readonly key: StringValue;
}

/**
 * Reads an object from S3 (the reference's `S3Operation.get_object`): `<id> GetObject Prep`
 * (Pass: `{Bucket, Key}` auto-ref'd at `resultPath ?? '$'`) and `<id> GetObject API Call`
 * (`aws-sdk:s3:getObject`, ResultSelector `{Body}`, ResultPath `resultPath`, OutputPath
 * `outputPath`, S3 retry). `resultPath: null` renders `"ResultPath": null` (the body is
 * discarded), as the reference renders `result_path=None` (§16 item 7).
 *
 * @example
 * ```ts
 * getObject('Load', { bucketName: '$.bucket', key: 'k/obj.json', resultPath: '$.loaded' });
 * ```
 */
export function getObject(id: string, options: GetObjectOptions): Chain {
  const scope = scopeOf(options);
  const { rp, resultPath, outputPath } = resultPaths(options);
  return chain(
    pass(scope.name(`${id} GetObject Prep`), {
      parameters: convertReferencePathsInMapping({ Bucket: options.bucketName, Key: options.key }),
      resultPath: rp,
    }),
    task(scope.name(`${id} GetObject API Call`), {
      resource: awsSdk('s3', 'getObject'),
      parameters: { Bucket: path(`${rp}.Bucket`), Key: path(`${rp}.Key`) },
      resultSelector: { Body: path('$.Body') },
      resultPath,
      outputPath,
      retry: S3_RETRY,
    }),
  );
}

/** Options of {@link getPayload}. */
export interface GetPayloadOptions extends NamingOptions {
  readonly bucketName: StringValue;
  readonly key: StringValue;
  /** Where the parsed payload lands (default `$`: it becomes the whole state). */
  readonly resultPath?: string;
}

/**
 * Reads a JSON payload from S3 (the reference's `S3Operation.get_payload`): `getObject`, then
 * `<id> Post` (`States.StringToJson(<resultPath>.Body)`) and `<id> Restructure` (InputPath
 * `<resultPath>.Payload`): the parsed document lands at `resultPath`.
 *
 * @example
 * ```ts
 * getPayload('Load', { bucketName: '$.bucket', key: '$.key', resultPath: '$.payload' });
 * ```
 */
export function getPayload(id: string, options: GetPayloadOptions): Chain {
  const scope = scopeOf(options);
  const resultPath = options.resultPath ?? '$';
  return chain(
    getObject(id, {
      bucketName: options.bucketName,
      key: options.key,
      resultPath,
      ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
      ...(options.shortenNames === undefined ? {} : { shortenNames: options.shortenNames }),
    }),
    pass(scope.name(`${id} Post`), {
      parameters: { Payload: States.StringToJson(path(`${resultPath}.Body`)) },
      resultPath,
    }),
    pass(scope.name(`${id} Restructure`), { inputPath: `${resultPath}.Payload`, resultPath }),
  );
}
