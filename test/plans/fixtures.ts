// Small plan values the plan tests build on.

/** A Lambda executor. */
export const LAMBDA = Object.freeze({
  kind: 'lambda',
  functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:job',
});

/** A RUN_MODEL job run by Lambda, with extra fields. */
export function job(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { runModel, ...rest } = extra;
  return {
    name,
    runModel: { model: 'models/m', ...(runModel as object | undefined) },
    executor: LAMBDA,
    ...rest,
  };
}

/** A group. */
export function group(
  name: string,
  mode: 'sequential' | 'parallel',
  jobs: unknown[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { name, jobGroup: { [mode]: { jobs, ...extra } } };
}

/** A plan of these jobs. */
export function plan(...jobs: unknown[]): Record<string, unknown> {
  return { name: 'p', jobs };
}
