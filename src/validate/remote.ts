/**
 * Remote validation: AWS's own ValidateStateMachineDefinition (no role, no execution needed),
 * shown beside aslc's diagnostics by `aslc validate --remote`. The AWS SDK is loaded only when
 * this is used, so `validate()` stays light.
 */
import { importOptional, isMissingDependency } from '../util/optional-dependency.ts';

/** One diagnostic as AWS returns it. */
export interface RemoteDiagnostic {
  readonly severity: string;
  readonly code: string;
  readonly message: string;
  /** JSON-pointer-like location, e.g. `/States/M/ItemProcessor/States/P`. */
  readonly location?: string;
}

/** What AWS answered, or why it could not be asked. */
export type RemoteResult =
  | {
      readonly status: 'OK' | 'FAIL';
      readonly diagnostics: readonly RemoteDiagnostic[];
      readonly truncated: boolean;
    }
  | { readonly status: 'NO_CREDENTIALS' | 'ERROR'; readonly message: string };

/** The one call aslc needs from the Step Functions API (a seam for tests). */
export interface SfnValidateClient {
  validateStateMachineDefinition(input: {
    readonly definition: string;
    readonly type: 'STANDARD' | 'EXPRESS';
    readonly severity: 'ERROR' | 'WARNING';
    readonly maxResults: number;
  }): Promise<{
    readonly result?: string | undefined;
    readonly diagnostics?:
      | readonly {
          severity?: string | undefined;
          code?: string | undefined;
          message?: string | undefined;
          location?: string | undefined;
        }[]
      | undefined;
    readonly truncated?: boolean | undefined;
  }>;
}

/** Options of {@link validateRemote}. */
export interface RemoteOptions {
  readonly type?: 'STANDARD' | 'EXPRESS';
  /** The client to use; default: an SFNClient from @aws-sdk/client-sfn. */
  readonly client?: SfnValidateClient;
  /** Resolves credentials; default: fromNodeProviderChain() of @aws-sdk/credential-providers. */
  readonly credentials?: () => Promise<unknown>;
  /** Region for the default client; default: the SDK's own resolution, else us-east-1. */
  readonly region?: string;
}

/**
 * True when AWS credentials resolve through the given provider (default: the Node provider
 * chain: environment, SSO, shared files, process, container and instance metadata).
 *
 * @example
 * ```ts
 * if (await resolveAwsCredentials()) console.log('credentials found');
 * ```
 */
export async function resolveAwsCredentials(
  provider?: () => Promise<unknown>,
): Promise<
  { ok: true; credentials: unknown } | { ok: false; message: string; missingDependency: boolean }
> {
  try {
    const resolve =
      provider ??
      (
        await importOptional(
          () => import('@aws-sdk/credential-providers'),
          '@aws-sdk/credential-providers',
          'aslc validate --remote',
        )
      ).fromNodeProviderChain();
    return { ok: true, credentials: await resolve() };
  } catch (e) {
    if (isMissingDependency(e)) {
      return { ok: false, message: `${e.message} (${e.hint})`, missingDependency: true };
    }
    return { ok: false, message: (e as Error).message ?? String(e), missingDependency: false };
  }
}

/**
 * Creates the real Step Functions client (loading @aws-sdk/client-sfn on first use). Without a
 * region, the SDK's own resolution (environment, shared config) is used, else us-east-1.
 *
 * @example
 * ```ts
 * const creds = await resolveAwsCredentials();
 * if (creds.ok) await createSfnValidateClient(creds.credentials);
 * ```
 */
export async function createSfnValidateClient(
  credentials: unknown,
  region?: string,
): Promise<SfnValidateClient> {
  const sdk = await importOptional(
    () => import('@aws-sdk/client-sfn'),
    '@aws-sdk/client-sfn',
    'aslc validate --remote',
  );
  const make = (r: string | undefined): InstanceType<typeof sdk.SFNClient> =>
    new sdk.SFNClient({
      ...(r === undefined ? {} : { region: r }),
      credentials: credentials as never,
    });
  let client = make(region);
  return {
    async validateStateMachineDefinition(input) {
      const command = new sdk.ValidateStateMachineDefinitionCommand({
        ...input,
        diagnostics: undefined,
      } as never);
      try {
        return await client.send(command);
      } catch (e) {
        if (region === undefined && /region/i.test((e as Error).message ?? '')) {
          client = make('us-east-1');
          return await client.send(command);
        }
        throw e;
      }
    },
  };
}

/**
 * Asks AWS's ValidateStateMachineDefinition about a definition (warnings included). Without
 * credentials the result says so (`NO_CREDENTIALS`) instead of failing; network or API errors
 * give `ERROR`. Nothing is thrown.
 *
 * @example
 * ```ts
 * declare const text: string; // the definition's JSON
 * const r = await validateRemote(text, { type: 'EXPRESS' });
 * if (r.status === 'FAIL') for (const d of r.diagnostics) console.log(d.code, d.message);
 * ```
 */
export async function validateRemote(
  definition: string,
  options: RemoteOptions = {},
): Promise<RemoteResult> {
  let client = options.client;
  if (client === undefined) {
    const creds = await resolveAwsCredentials(options.credentials);
    if (!creds.ok) return { status: 'NO_CREDENTIALS', message: creds.message };
    try {
      client = await createSfnValidateClient(creds.credentials, options.region);
    } catch (e) {
      return { status: 'ERROR', message: (e as Error).message ?? String(e) };
    }
  }
  try {
    const out = await client.validateStateMachineDefinition({
      definition,
      type: options.type ?? 'STANDARD',
      severity: 'WARNING',
      maxResults: 100,
    });
    const diagnostics = (out.diagnostics ?? []).map((d) => ({
      severity: d.severity ?? 'ERROR',
      code: d.code ?? 'UNKNOWN',
      message: d.message ?? '',
      ...(d.location === undefined ? {} : { location: d.location }),
    }));
    return {
      status: out.result === 'OK' ? 'OK' : 'FAIL',
      diagnostics,
      truncated: out.truncated === true,
    };
  } catch (e) {
    return { status: 'ERROR', message: (e as Error).message ?? String(e) };
  }
}
