/**
 * Task and ItemReader/ResultWriter resources as the DSL's ARN helpers (`lambdaInvoke()`,
 * `integration()`, `awsSdk()`, `httpInvoke()`), `placeholder()` for a whole `${Name}`, or the
 * ARN as it is.
 */
import { stringLiteral } from './code-text.ts';
import { literalStringCode } from './expression-code.ts';
import { use, type GenContext } from './gen-context.ts';

/** `arn:<partition>:states:::<service>:<action>[.<pattern>]`, as the helpers write it. */
const OPTIMISED =
  /^arn:(aws(?:-[a-z]+)*):states:::([a-z0-9][a-z0-9-]*):([A-Za-z][A-Za-z0-9]*)(?:\.(sync|sync:2|waitForTaskToken))?$/;
const SDK =
  /^arn:(aws(?:-[a-z]+)*):states:::aws-sdk:([a-z0-9][a-z0-9-]*):([A-Za-z][A-Za-z0-9]*)(\.waitForTaskToken)?$/;
const HTTP = /^arn:(aws(?:-[a-z]+)*):states:::http:invoke$/;

/** `{ partition: 'aws-cn', waitForTaskToken: true }`, without what is the default. */
function optionsCode(partition: string, extra: readonly string[]): string | undefined {
  const entries = [
    ...(partition === 'aws' ? [] : [`partition: ${stringLiteral(partition)}`]),
    ...extra,
  ];
  return entries.length === 0 ? undefined : `{ ${entries.join(', ')} }`;
}

/** The option of an integration pattern. */
const PATTERN_OPTION: Readonly<Record<string, string>> = {
  sync: 'sync: true',
  'sync:2': 'sync: 2',
  waitForTaskToken: 'waitForTaskToken: true',
};

/**
 * A Resource as DSL code.
 *
 * @example
 * ```ts
 * resourceCode(ctx, 'arn:aws:states:::lambda:invoke'); // 'lambdaInvoke()'
 * resourceCode(ctx, 'arn:aws:states:::batch:submitJob.sync'); // "integration('batch', 'submitJob', { sync: true })"
 * resourceCode(ctx, 'arn:aws:states:::aws-sdk:s3:getObject'); // "awsSdk('s3', 'getObject')"
 * ```
 */
export function resourceCode(ctx: GenContext, resource: string): string {
  const sdk = SDK.exec(resource);
  if (sdk !== null) {
    const [, partition, service, action, token] = sdk as unknown as [
      string,
      string,
      string,
      string,
      string?,
    ];
    const options = optionsCode(partition, token === undefined ? [] : ['waitForTaskToken: true']);
    const args = [
      stringLiteral(service),
      stringLiteral(action),
      ...(options === undefined ? [] : [options]),
    ];
    return `${use(ctx, 'awsSdk')}(${args.join(', ')})`;
  }
  const http = HTTP.exec(resource);
  if (http !== null)
    return `${use(ctx, 'httpInvoke')}(${optionsCode(http[1] as string, []) ?? ''})`;
  const m = OPTIMISED.exec(resource);
  if (m !== null) {
    const [, partition, service, action, pattern] = m as unknown as [
      string,
      string,
      string,
      string,
      string?,
    ];
    const options = optionsCode(
      partition,
      pattern === undefined ? [] : [PATTERN_OPTION[pattern] as string],
    );
    if (service === 'lambda' && action === 'invoke') {
      if (pattern === undefined || pattern === 'waitForTaskToken') {
        return `${use(ctx, 'lambdaInvoke')}(${options ?? ''})`;
      }
    } else {
      const args = [
        stringLiteral(service),
        stringLiteral(action),
        ...(options === undefined ? [] : [options]),
      ];
      return `${use(ctx, 'integration')}(${args.join(', ')})`;
    }
  }
  return literalStringCode(ctx, resource);
}
