import { createHash } from 'node:crypto';
import type { TaskOutcome } from '../interpreter/types.ts';
import { isJsonObject } from '../../util/json.ts';
import type { MockService, ServiceCall } from './mock-service.ts';
import { parseItems, type ItemReadRequest } from './s3-item-reader.ts';

/** The S3 actions the in-memory bucket serves (`arn:aws:states:::aws-sdk:s3:<action>`). */
const ACTIONS = ['putObject', 'getObject', 'headObject', 'deleteObject'] as const;
type Action = (typeof ACTIONS)[number];

/** An in-memory S3: a {@link MockService} plus direct access to its objects. */
export interface InMemoryS3 extends MockService {
  /** The stored body of `s3://bucket/key` (always a string, as S3 returns it), or `undefined`. */
  get(bucket: string, key: string): string | undefined;
  /** Stores a body (objects and arrays are stored as their JSON text, as Step Functions sends them). */
  put(bucket: string, key: string, body: unknown): void;
  /** Every stored object as `s3://bucket/key` → body, in insertion order. */
  objects(): ReadonlyMap<string, string>;
}

/**
 * Creates an in-memory S3 mock service for `arn:aws:states:::aws-sdk:s3:putObject`,
 * `getObject`, `headObject` and `deleteObject` Task states, and for Distributed Map `ItemReader`s
 * (`arn:aws:states:::s3:getObject` with `InputType` JSON, JSONL or CSV, and
 * `arn:aws:states:::s3:listObjectsV2`). `putObject` stores `Body` under
 * `Bucket`/`Key` (objects as JSON text) and returns `{ETag}`; `getObject` returns
 * `{Body, ContentLength, ContentType, ETag}` with `Body` as a string, which is what
 * `States.StringToJson($.Body)` expects; a missing key throws `S3.NoSuchKeyException`, like the
 * aws-sdk integration. `objects` seeds the bucket (keys are `s3://bucket/key`), for example
 * with a response a Batch job would have written. A seed key may hold `*` wildcards, each
 * standing for a run of characters without `/` (one for the `States.UUID()` segment of a key,
 * say): such a seed answers `getObject`/`headObject` for every matching key that holds no
 * object. Each run should get a fresh instance.
 *
 * @example
 * ```ts
 * declare const definition: AslStateMachine, input: unknown;
 * const s3 = createInMemoryS3({ objects: { 's3://b/seed.json': { ok: true } } });
 * const outcome = await createEngine('native').run({ definition, input, services: [s3] });
 * s3.get('b', 'seed.json'); // '{"ok":true}'
 * ```
 */
export function createInMemoryS3(
  options: { readonly objects?: Readonly<Record<string, unknown>> } = {},
): InMemoryS3 {
  const store = new Map<string, string>();
  const patterns: { readonly match: RegExp; readonly body: string }[] = [];
  const url = (bucket: string, key: string): string => `s3://${bucket}/${key}`;
  const text = (body: unknown): string => (typeof body === 'string' ? body : JSON.stringify(body));
  const put = (bucket: string, key: string, body: unknown): void => {
    store.set(url(bucket, key), text(body));
  };
  for (const [address, body] of Object.entries(options.objects ?? {})) {
    const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(address);
    if (!m) throw new Error(`in-memory S3: seed key '${address}' is not s3://bucket/key`);
    if (address.includes('*')) patterns.push({ match: wildcard(address), body: text(body) });
    else put(m[1] as string, m[2] as string, body);
  }
  /** The stored body, else the body of the first wildcard seed matching the address. */
  const read = (address: string): string | undefined =>
    store.get(address) ?? patterns.find((p) => p.match.test(address))?.body;
  return {
    name: 's3',
    handles: (resource) => actionOf(resource) !== undefined,
    invoke: (call) => invoke(call),
    readsItems: (resource) =>
      /^arn:aws[a-z-]*:states:::s3:(getObject|listObjectsV2)$/.test(resource),
    readItems: (request) => readItems(request),
    get: (bucket, key) => store.get(url(bucket, key)),
    put,
    objects: () => store,
  };

  function readItems(request: ItemReadRequest): unknown[] {
    return itemsFrom(store, request);
  }

  function invoke(call: ServiceCall): TaskOutcome {
    const action = actionOf(call.resource);
    const req = isJsonObject(call.input) ? call.input : {};
    const bucket = req['Bucket'];
    const key = req['Key'];
    if (typeof bucket !== 'string' || typeof key !== 'string') {
      return fail('S3.S3Exception', `${action ?? 's3'}: Bucket and Key must be strings`);
    }
    const body = read(url(bucket, key));
    switch (action) {
      case 'putObject': {
        put(bucket, key, req['Body'] ?? '');
        return { kind: 'return', value: { ETag: etag(store.get(url(bucket, key)) ?? '') } };
      }
      case 'getObject':
      case 'headObject': {
        if (body === undefined) return noSuchKey(action);
        const meta = {
          ContentLength: Buffer.byteLength(body),
          ContentType: 'application/json',
          ETag: etag(body),
        };
        return { kind: 'return', value: action === 'getObject' ? { Body: body, ...meta } : meta };
      }
      case 'deleteObject':
        store.delete(url(bucket, key));
        return { kind: 'return', value: {} };
      default:
        return fail('S3.S3Exception', `unsupported resource ${call.resource}`);
    }
  }
}

/** Serves a Distributed Map ItemReader from the bucket. */
function itemsFrom(store: ReadonlyMap<string, string>, request: ItemReadRequest): unknown[] {
  const args = isJsonObject(request.arguments) ? request.arguments : {};
  const bucket = String(args['Bucket'] ?? '');
  if (request.resource.endsWith(':listObjectsV2')) {
    const prefix = `s3://${bucket}/${String(args['Prefix'] ?? '')}`;
    return [...store.entries()]
      .filter(([address]) => address.startsWith(prefix))
      .map(([address, body]) => ({
        Etag: etag(body),
        Key: address.slice(`s3://${bucket}/`.length),
        LastModified: '2024-01-01T00:00:00.000Z',
        Size: Buffer.byteLength(body),
        StorageClass: 'STANDARD',
      }));
  }
  const key = String(args['Key'] ?? '');
  const body = store.get(`s3://${bucket}/${key}`);
  if (body === undefined) throw new Error(`the in-memory S3 has no object s3://${bucket}/${key}`);
  return parseItems(body, request.readerConfig);
}

/** A seed key with `*` wildcards → a pattern where each `*` matches characters other than `/`. */
function wildcard(address: string): RegExp {
  const parts = address.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^/]+')}$`);
}

function actionOf(resource: string): Action | undefined {
  const m = /^arn:aws[a-z-]*:states:::aws-sdk:s3:([A-Za-z]+)$/.exec(resource);
  const action = m?.[1];
  return (ACTIONS as readonly string[]).includes(action ?? '') ? (action as Action) : undefined;
}

function etag(body: string): string {
  return `"${createHash('md5').update(body).digest('hex')}"`;
}

function fail(error: string, cause: string): TaskOutcome {
  return { kind: 'throw', error, cause };
}

function noSuchKey(action: Action): TaskOutcome {
  return action === 'headObject'
    ? fail('S3.NotFoundException', 'Not Found')
    : fail('S3.NoSuchKeyException', 'The specified key does not exist.');
}
