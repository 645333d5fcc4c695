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

function partitionOption(partition: string): string {
  return partition === 'aws' ? '' : `{ partition: ${stringLiteral(partition)} }`;
}

/**
 * A Resource as DSL code.
 *
 * @example
 * ```ts
 * resourceCode(ctx, 'arn:aws:states:::lambda:invoke'); // 'lambdaInvoke()'
 * resourceCode(ctx, 'arn:aws:states:::batch:submitJob.sync'); // "integration('batch', 'submitJob', 'sync')"
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
    const options = [
      ...(partition === 'aws' ? [] : [`partition: ${stringLiteral(partition)}`]),
      ...(token === undefined ? [] : ['waitForTaskToken: true']),
    ];
    const args = [stringLiteral(service), stringLiteral(action)];
    if (options.length > 0) args.push(`{ ${options.join(', ')} }`);
    return `${use(ctx, 'awsSdk')}(${args.join(', ')})`;
  }
  const http = HTTP.exec(resource);
  if (http !== null) return `${use(ctx, 'httpInvoke')}(${partitionOption(http[1] as string)})`;
  const m = OPTIMISED.exec(resource);
  if (m !== null) {
    const [, partition, service, action, pattern] = m as unknown as [
      string,
      string,
      string,
      string,
      string?,
    ];
    const options = partitionOption(partition);
    if (service === 'lambda' && action === 'invoke' && pattern !== 'sync' && pattern !== 'sync:2') {
      const args: string[] = [];
      if (pattern !== undefined || options !== '') {
        args.push(pattern === undefined ? 'undefined' : stringLiteral(pattern));
      }
      if (options !== '') args.push(options);
      return `${use(ctx, 'lambdaInvoke')}(${args.join(', ')})`;
    }
    const args = [stringLiteral(service), stringLiteral(action)];
    if (pattern !== undefined || options !== '') {
      args.push(pattern === undefined ? 'undefined' : stringLiteral(pattern));
    }
    if (options !== '') args.push(options);
    return `${use(ctx, 'integration')}(${args.join(', ')})`;
  }
  return literalStringCode(ctx, resource);
}
