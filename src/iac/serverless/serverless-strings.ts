import { appendPointer } from '../../util/json-pointer.ts';

/**
 * What the Serverless Framework and the serverless-step-functions plugin would read in a
 * definition's strings instead of leaving them as they are (iac.md §7):
 * - the Framework resolves `${source:address}` variables in every property value (a `${`
 *   followed by a lower-case letter starts one; `${HOME}`, `${AWS::Region}` are left alone);
 * - the plugin rewrites `#{…}` to `${…}` anywhere in the definition (keys too) and wraps it in
 *   `Fn::Sub`;
 * - the plugin moves every object with a `Ref` or `Fn::…` key into `Fn::Sub` variables.
 * None can be escaped reliably, so the serverless target refuses them.
 */

/** One string or key of a definition that the Framework or the plugin would rewrite. */
export interface ServerlessHazard {
  readonly pointer: string;
  readonly state: string | undefined;
  readonly why: string;
}

/** Why the Framework or the plugin would rewrite a value (`inKey`: an object key), if it would. */
function hazardOf(text: string, inKey: boolean): string | undefined {
  if (/#\{[^}]+\}/.test(text)) {
    return 'holds #{…}, which serverless-step-functions turns into a CloudFormation ${…} substitution';
  }
  if (!inKey && /\$\{[a-z]/.test(text)) {
    return 'holds ${ followed by a lower-case letter, which the Serverless Framework reads as a variable';
  }
  return undefined;
}

/**
 * Every string, key and object of a definition that the Serverless Framework or
 * serverless-step-functions would rewrite, in document order.
 *
 * @example
 * ```ts
 * serverlessHazards({ StartAt: 'A', States: { A: { Type: 'Pass', Comment: '${self:x}', End: true } } });
 * // [{ pointer: '/States/A/Comment', state: 'A', why: 'holds ${ followed by …' }]
 * ```
 */
export function serverlessHazards(document: unknown): ServerlessHazard[] {
  const out: ServerlessHazard[] = [];
  const walk = (value: unknown, pointer: string, state: string | undefined, inStates: boolean) => {
    if (typeof value === 'string') {
      const why = hazardOf(value, false);
      if (why !== undefined) out.push({ pointer, state, why });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, appendPointer(pointer, i), state, false));
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const keyState = inStates ? k : state;
      if (k === 'Ref' || k.startsWith('Fn::')) {
        out.push({
          pointer,
          state,
          why: `holds the key '${k}', which serverless-step-functions evaluates as a CloudFormation intrinsic function`,
        });
      }
      const why = hazardOf(k, true);
      if (why !== undefined) out.push({ pointer: appendPointer(pointer, k), state: keyState, why });
      walk(v, appendPointer(pointer, k), keyState, k === 'States');
    }
  };
  walk(document, '', undefined, false);
  return out;
}
