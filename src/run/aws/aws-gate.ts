import { importOptional, isMissingDependency } from '../../util/optional-dependency.ts';
import { firstLine } from '../engine-contract.ts';

/** AWS credentials as the SDK wants them. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** What the `aws` engine needs to run, or why it cannot. */
export type AwsAccess =
  | { readonly ok: true; readonly region: string; readonly credentials: AwsCredentials }
  | { readonly ok: false; readonly reason: string };

/**
 * Decides whether the `aws` engine may call AWS (spec/testing.md §4.1): the user must opt in
 * (`SFN_E2E_AWS=1` or `--aws`), because calls touch a real account, and credentials must resolve
 * through the SDK's default chain (`fromNodeProviderChain`). Credentials are not looked up
 * without the opt-in. `resolve` can be injected (tests).
 *
 * @example
 * ```ts
 * const access = await awsAccess({ env: process.env, optIn: false });
 * if (!access.ok) console.log(`skipped: ${access.reason}`);
 * ```
 */
export async function awsAccess(options: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly optIn?: boolean;
  readonly resolve?: () => Promise<AwsCredentials>;
}): Promise<AwsAccess> {
  const { env } = options;
  if (options.optIn !== true && env['SFN_E2E_AWS'] !== '1') {
    return {
      ok: false,
      reason: 'AWS calls need an opt-in: set SFN_E2E_AWS=1 or pass --aws (they use a real account)',
    };
  }
  const region = env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
  const resolve =
    options.resolve ??
    (async () => {
      const { fromNodeProviderChain } = await importOptional(
        () => import('@aws-sdk/credential-providers'),
        '@aws-sdk/credential-providers',
        'the aws engine',
      );
      return fromNodeProviderChain()();
    });
  try {
    const c = await resolve();
    return {
      ok: true,
      region,
      credentials: {
        accessKeyId: c.accessKeyId,
        secretAccessKey: c.secretAccessKey,
        ...(c.sessionToken !== undefined ? { sessionToken: c.sessionToken } : {}),
      },
    };
  } catch (e) {
    if (isMissingDependency(e)) return { ok: false, reason: `${e.message} (${e.hint})` };
    return { ok: false, reason: `no AWS credentials: ${firstLine(e)}` };
  }
}
