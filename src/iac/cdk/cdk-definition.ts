import { PLACEHOLDER_IN_TEXT, replacePlaceholderText } from '../../asl/placeholder-name.ts';
import type { StateMachineNode } from '../../ir/state-machine-node.ts';
import { AslcError } from '../../util/errors.ts';
import { createWorkflowContext } from '../build/workflow-context.ts';
import { rolePolicy } from '../deploy-settings.ts';
import { findLiteral } from '../escape.ts';
import type { BuildProblem } from '../iac-target.ts';
import type { PolicyDocument } from '../iam/policy-document.ts';
import { dollarBrace } from '../placeholder-values.ts';

/**
 * What the `aslc/cdk` construct needs from a workflow, computed without AWS CDK: the definition
 * text with `${Name}` placeholders (for `DefinitionBody.fromString` and `definitionSubstitutions`),
 * its placeholders, and the derived role policy with a function that writes each placeholder's
 * value (a CDK token or a literal) into its resources.
 */

/** A workflow: a `stateMachine(...)` of the DSL, or compiled ASL (JSON text or object). */
export type CdkWorkflow =
  { readonly node: StateMachineNode } | string | Readonly<Record<string, unknown>>;

/** The parts of a workflow for the construct. */
export interface CdkDefinition {
  /** The ASL text, placeholders written `${Name}`. */
  readonly definitionString: string;
  /** The placeholder names, sorted. */
  readonly placeholders: readonly string[];
  /** Placeholders that are intrinsic function arguments (their literal values are checked). */
  readonly intrinsicPlaceholders: ReadonlySet<string>;
  /**
   * The role policy: derived from a DSL workflow, `undefined` for compiled ASL (pass `policy`).
   * Placeholders are written with `renderResource`.
   */
  readonly policy: PolicyDocument | undefined;
  /** A policy resource with each placeholder replaced by `value(name)`. */
  readonly renderResource: (resource: string, value: (name: string) => string) => string;
  /** Warnings of the policy derivation (permissions that could not be derived precisely). */
  readonly warnings: readonly BuildProblem[];
}

/**
 * The construct's parts of a workflow. A DSL workflow gives the definition, its placeholders and
 * the derived policy (the same as the `iam` target's, `partition` and the state machine's name
 * for permissions on itself); compiled ASL gives the definition and the `${Name}` placeholders it
 * holds. A literal `${` besides the placeholders is refused (`definitionSubstitutions`, a plain
 * text replacement, cannot escape it), and so is `${Token[`, which CDK would read as a token.
 *
 * @example
 * ```ts
 * const parts = cdkDefinition(orders, { stateMachineName: 'orders' });
 * parts.placeholders; // ['ChargeFunctionArn']
 * ```
 */
export function cdkDefinition(
  workflow: CdkWorkflow,
  options: { readonly stateMachineName?: string; readonly partition?: string } = {},
): CdkDefinition {
  if (typeof workflow === 'object' && 'node' in workflow) {
    const ctx = createWorkflowContext('workflow', workflow.node as StateMachineNode, undefined);
    const { sentinels, text, asl } = ctx.rendered;
    const definitionString = sentinels.replace(text, dollarBrace);
    if (sentinels.names.length > 0) refuseLiteral(asl);
    refuseTokens(definitionString);
    const warnings: BuildProblem[] = [];
    const policy = rolePolicy(
      ctx,
      {
        stateMachineName: options.stateMachineName ?? '*',
        partition: options.partition ?? 'aws',
        logging: false,
        tracing: false,
      },
      'tokens',
      'iam',
      warnings,
    );
    return {
      definitionString,
      placeholders: sentinels.names,
      intrinsicPlaceholders: ctx.intrinsicPlaceholders,
      policy,
      renderResource: (r, value) => sentinels.replace(r, (name) => value(name)),
      warnings,
    };
  }
  const definitionString =
    typeof workflow === 'string' ? workflow : JSON.stringify(workflow, null, 2) + '\n';
  refuseTokens(definitionString);
  const names = new Set<string>();
  const intrinsic = new Set<string>();
  for (const m of definitionString.matchAll(PLACEHOLDER_IN_TEXT)) {
    names.add(m[1] as string);
    const at = m.index;
    if (definitionString[at - 1] === "'" && definitionString[at + m[0].length] === "'") {
      intrinsic.add(m[1] as string);
    }
  }
  return {
    definitionString,
    placeholders: [...names].sort(),
    intrinsicPlaceholders: intrinsic,
    policy: undefined,
    renderResource: replacePlaceholderText,
    warnings: [],
  };
}

function refuseLiteral(asl: unknown): void {
  const literal = findLiteral(asl, '${')[0];
  if (literal !== undefined) {
    throw new AslcError(
      'LiteralDollarBrace',
      `the definition holds a literal "\${" at ${literal.pointer}, which definitionSubstitutions would substitute (it has no escape)`,
      { hint: 'remove the "${", or write the placeholders\' values into the workflow' },
    );
  }
}

function refuseTokens(text: string): void {
  if (text.includes('${Token[')) {
    throw new AslcError(
      'LiteralDollarBrace',
      'the definition holds "${Token[", which AWS CDK would read as one of its tokens',
      { hint: 'change the text' },
    );
  }
}
