import { Token, type Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Effect, PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import {
  DefinitionBody,
  StateMachine,
  type LogOptions,
  type StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { replacePlaceholderText } from '../../asl/placeholder-name.ts';
import { AslcError } from '../../util/errors.ts';
import type { PolicyDocument } from '../iam/policy-document.ts';
import { unsafeValueReason } from '../placeholder-values.ts';
import { cdkDefinition, type CdkWorkflow } from './cdk-definition.ts';

/** Properties of {@link AslcStateMachine}. */
export interface AslcStateMachineProps {
  /** The workflow: a `stateMachine(...)` of the DSL, or compiled ASL (JSON text or object). */
  readonly workflow: CdkWorkflow;
  /**
   * A value for every placeholder: a CDK token (`fn.functionArn`, `table.tableArn`) or a literal.
   * They become `definitionSubstitutions`, and the resources of the derived policy.
   */
  readonly placeholders?: Readonly<Record<string, string>>;
  /**
   * The role policy for compiled ASL (the `iam` target's document, `${Name}` placeholders
   * allowed). A DSL workflow's policy is derived from its graph; this replaces it.
   */
  readonly policy?: PolicyDocument;
  /** Partition of the ARNs the derivation builds (default `aws`). */
  readonly partition?: string;
  readonly stateMachineName?: string;
  readonly stateMachineType?: StateMachineType;
  /** An existing role (the derived policy is still attached to it, as CDK does). */
  readonly role?: IRole;
  readonly logs?: LogOptions;
  readonly tracingEnabled?: boolean;
  readonly timeout?: Duration;
  readonly comment?: string;
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * An AWS CDK state machine built from an aslc workflow (`aslc/cdk`): the definition goes in as
 * `DefinitionBody.fromString` with `${Name}` placeholders, each placeholder's value (a token such
 * as `fn.functionArn`) as `definitionSubstitutions`; the policy aslc derives from the graph is
 * attached to the role, its resources written with the same values. It is an
 * `aws-stepfunctions` `StateMachine`, so the usual grants (`grantStartExecution`, `grantRead`,
 * `grantTaskResponse`, `grantExecution`) and metrics apply. A placeholder without a value, a
 * literal value that cannot be inserted into the definition as it is, or a literal `${` in a
 * definition with placeholders (no escape exists) throws an `AslcError`.
 *
 * @example
 * ```ts
 * import { AslcStateMachine } from 'aslc/cdk';
 *
 * const flow = new AslcStateMachine(stack, 'Orders', {
 *   workflow: orders, // stateMachine({...}) from 'aslc'
 *   placeholders: { ChargeFunctionArn: chargeFn.functionArn, OrdersTableArn: table.tableArn },
 * });
 * flow.grantStartExecution(api);
 * ```
 */
export class AslcStateMachine extends StateMachine {
  constructor(scope: Construct, id: string, props: AslcStateMachineProps) {
    const parts = cdkDefinition(props.workflow, {
      ...(props.stateMachineName === undefined ? {} : { stateMachineName: props.stateMachineName }),
      ...(props.partition === undefined ? {} : { partition: props.partition }),
    });
    const values = props.placeholders ?? {};
    const missing = parts.placeholders.filter((p) => !Object.hasOwn(values, p));
    if (missing.length > 0) {
      throw new AslcError(
        'MissingPlaceholderValue',
        `placeholder${missing.length === 1 ? '' : 's'} ${missing.map((m) => `'${m}'`).join(', ')} of ${id} ${missing.length === 1 ? 'has' : 'have'} no value`,
        {
          hint: 'give every placeholder a value in props.placeholders (a token such as fn.functionArn, or a literal)',
        },
      );
    }
    for (const p of parts.placeholders) {
      const v = values[p] as string;
      if (Token.isUnresolved(v)) continue;
      const reason = unsafeValueReason(v, {
        intrinsic: parts.intrinsicPlaceholders.has(p),
        repeated: true,
      });
      if (reason !== undefined) {
        throw new AslcError(
          'UnsafePlaceholderValue',
          `the value of placeholder '${p}' of ${id} ${reason}`,
          {
            hint: 'definitionSubstitutions inserts values without escaping',
          },
        );
      }
    }
    const substitutions: Record<string, string> = {};
    for (const p of parts.placeholders) substitutions[p] = values[p] as string;
    super(scope, id, {
      definitionBody: DefinitionBody.fromString(parts.definitionString),
      ...(parts.placeholders.length > 0 ? { definitionSubstitutions: substitutions } : {}),
      ...(props.stateMachineName === undefined ? {} : { stateMachineName: props.stateMachineName }),
      ...(props.stateMachineType === undefined ? {} : { stateMachineType: props.stateMachineType }),
      ...(props.role === undefined ? {} : { role: props.role }),
      ...(props.logs === undefined ? {} : { logs: props.logs }),
      ...(props.tracingEnabled === undefined ? {} : { tracingEnabled: props.tracingEnabled }),
      ...(props.timeout === undefined ? {} : { timeout: props.timeout }),
      ...(props.comment === undefined ? {} : { comment: props.comment }),
      ...(props.removalPolicy === undefined ? {} : { removalPolicy: props.removalPolicy }),
    });
    const policy = props.policy ?? parts.policy;
    const value = (name: string): string => {
      if (!Object.hasOwn(values, name)) {
        throw new AslcError(
          'MissingPlaceholderValue',
          `the policy of ${id} uses placeholder '${name}', which has no value`,
          {
            hint: 'give it a value in props.placeholders',
          },
        );
      }
      return values[name] as string;
    };
    for (const st of policy?.Statement ?? []) {
      this.addToRolePolicy(
        new PolicyStatement({
          ...(st.Sid === undefined ? {} : { sid: `Aslc${st.Sid}` }),
          effect: st.Effect === 'Deny' ? Effect.DENY : Effect.ALLOW,
          actions: [...st.Action],
          resources: st.Resource.map((r) =>
            props.policy === undefined
              ? parts.renderResource(r, value)
              : replacePlaceholderText(r, value),
          ),
          ...(st.Condition === undefined ? {} : { conditions: { ...st.Condition } }),
        }),
      );
    }
  }
}
