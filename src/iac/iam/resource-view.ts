import { arnShapes } from '../../asl/resource-arn.ts';
import type { DeployString, SubstitutionNode } from '../../ir/expression-node.ts';
import type { ResolvedPlaceholder } from './task-context.ts';

/** Stands for one unresolved placeholder while a Resource is parsed. */
const MARK = '\uE000';
const LENIENT = arnShapes(MARK);
const LENIENT_INTEGRATION = new RegExp(LENIENT.integration.source, 'd');
const STRICT_INTEGRATION = new RegExp(arnShapes('').integration.source, 'd');

/**
 * A Resource as the IAM derivation reads it: placeholders resolved to their values where the
 * environment gives them, else kept as the target's tokens.
 */
export interface ResourceView {
  /** The text, each unresolved placeholder as its token (what a policy may hold). */
  readonly text: string;
  /** The text for messages: each unresolved placeholder as `${Name}`. */
  readonly display: string;
  /** The whole Resource is one unresolved placeholder. */
  readonly opaque: boolean;
  /** The text with each unresolved placeholder as one marker character, for parsing. */
  readonly marked: string;
  /** The tokens of the unresolved placeholders, in order. */
  readonly tokens: readonly string[];
}

/**
 * Reads a Resource (a literal, a placeholder or a substitution) for the derivation.
 *
 * @example
 * ```ts
 * resourceView(sub, (name) => ({ kind: 'token', text: '${' + name + '}' })).marked;
 * // 'arn:\uE000:states:::batch:submitJob.sync'
 * ```
 */
export function resourceView(
  resource: DeployString,
  resolve: (name: string) => ResolvedPlaceholder,
): ResourceView {
  if (typeof resource === 'string') {
    return { text: resource, display: resource, opaque: false, marked: resource, tokens: [] };
  }
  const parts: SubstitutionNode['parts'] =
    resource.kind === 'Placeholder' ? [resource] : resource.parts;
  let text = '';
  let display = '';
  let marked = '';
  const tokens: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      display += part;
      marked += part;
      continue;
    }
    const v = resolve(part.name);
    if (v.kind === 'value') {
      text += v.value;
      display += v.value;
      marked += v.value;
    } else {
      text += v.text;
      display += '${' + part.name + '}';
      marked += MARK;
      tokens.push(v.text);
    }
  }
  return { text, display, opaque: marked === MARK, marked, tokens };
}

/** The parts of an integration Resource whose partition, region or account may be placeholders. */
export interface IntegrationParts {
  /** The partition, or the token of the placeholder that gives it. */
  readonly partition: string;
  readonly service: string;
  readonly action: string;
  readonly pattern: '' | 'sync' | 'sync:2' | 'waitForTaskToken';
}

/**
 * The parts of an integration Resource (src/asl/resource-arn.ts), or `undefined` when it is none
 * or when a placeholder stands for its service or action (then no permission can be derived).
 *
 * @example
 * ```ts
 * integrationParts(view); // { partition: '${Partition}', service: 'batch', action: 'submitJob', pattern: 'sync' }
 * ```
 */
export function integrationParts(view: ResourceView): IntegrationParts | undefined {
  const shape = view.tokens.length === 0 ? STRICT_INTEGRATION : LENIENT_INTEGRATION;
  const m = shape.exec(view.marked);
  if (m === null || m.indices === undefined) return undefined;
  const group = (i: number): string | undefined => {
    const span = m.indices?.[i];
    if (span === undefined) return undefined;
    // The token of each marker is the one of its rank in the whole text.
    let rank = 0;
    for (let k = 0; k < span[0]; k++) if (view.marked[k] === MARK) rank++;
    let out = '';
    for (let k = span[0]; k < span[1]; k++) {
      const c = view.marked[k] as string;
      out += c === MARK ? (view.tokens[rank++] as string) : c;
    }
    return out;
  };
  const service = m[4] as string;
  const action = m[5] as string;
  const pattern = m[6] ?? '';
  if (service.includes(MARK) || action.includes(MARK)) return undefined;
  if (!/^(sync:2|sync|waitForTaskToken|)$/.test(pattern)) return undefined;
  if (
    service === 'aws-sdk'
      ? !/^[a-z0-9-]+:[A-Za-z0-9]+$/.test(action)
      : !/^[A-Za-z0-9]+$/.test(action)
  ) {
    return undefined;
  }
  return {
    partition: group(1) as string,
    service,
    action,
    pattern: pattern as IntegrationParts['pattern'],
  };
}

/**
 * True when a Resource with placeholders inside is a Lambda function ARN (the legacy form), such
 * as `arn:aws:lambda:us-east-1:123456789012:function:${Name}:$LATEST`.
 *
 * @example
 * ```ts
 * isTemplatedLambdaFunction(view); // true
 * ```
 */
export function isTemplatedLambdaFunction(view: ResourceView): boolean {
  return view.tokens.length > 0 && LENIENT.lambda.test(view.marked);
}

/**
 * True when a Resource with placeholders inside is an activity ARN.
 *
 * @example
 * ```ts
 * isTemplatedActivity(view); // false
 * ```
 */
export function isTemplatedActivity(view: ResourceView): boolean {
  return view.tokens.length > 0 && LENIENT.activity.test(view.marked);
}
