import type {
  CloudFormationReference,
  DeployTargetOptions,
  ServerlessTargetOptions,
  TargetOptionsMap,
  TerraformTargetOptions,
} from '../config/project-config.ts';
import { stateMachineNameFor } from '../deploy-settings.ts';
import type { MachineArnBinding, TargetKind, WorkflowContext } from '../iac-target.ts';
import { hasPlaceholderValue } from '../references.ts';
import { terraformNaming } from '../terraform/terraform-names.ts';

/**
 * The ARNs of sibling state machines (the child machines of a job plan, built together):
 * placeholders that stand for the ARN of another workflow of the same build are bound to that
 * workflow in every target that can say so, instead of asking the environment for a value no
 * environment has before the first deployment.
 *
 * | target, mode | the placeholder becomes |
 * |---|---|
 * | `terraform`, `substitutions` | `aws_sfn_state_machine.<sibling>.arn` in the template's `locals` (no variable) |
 * | `sam` / `cloudformation`, `substitutions` | `{"Fn::Sub": "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:<name>"}` in `DefinitionSubstitutions` and the policy (the sibling is another template: its name, not a `Ref`) |
 * | `serverless`, `substitutions` | `arn:<partition>:states:${aws:region}:${aws:accountId}:stateMachine:<name>`, variables the Framework resolves |
 * | `asl`, `iam` (not `keep`) | `${Name}` kept (a warning says so: only a deploy tool knows the ARN) |
 * | `keep` (any), `inline` (deploy targets) | nothing: the placeholder is a variable / parameter, or needs a value, as any other |
 *
 * A value the environment gives the placeholder always wins.
 */

/** One sibling a placeholder stands for: its workflow name and this target's options for it. */
export interface SiblingMachine {
  readonly workflow: string;
  readonly options: NonNullable<TargetOptionsMap[TargetKind]>;
}

/** What {@link bindMachineArns} gives one target of one workflow. */
export interface BoundContext {
  /** The context the target builds from: bindings, and for templates the references. */
  readonly ctx: WorkflowContext;
  /** Placeholders `${Name}` stays for (asl, iam), for the warning. */
  readonly kept: readonly string[];
}

/** The context naming functions need for the sibling: its name, the same environment. */
function siblingContext(ctx: WorkflowContext, workflow: string): WorkflowContext {
  return { ...ctx, name: workflow };
}

/**
 * The context one target builds a workflow from, with the ARNs of its sibling machines bound as
 * the target can (table above). `siblings` maps each placeholder to the sibling it stands for;
 * placeholders the environment gives a value are left to it.
 *
 * @example
 * ```ts
 * declare const ctx: WorkflowContext, child: SiblingMachine;
 * bindMachineArns(ctx, 'terraform', {}, new Map([['ChildStateMachineArn', child]])).ctx.machineArns;
 * // Map { 'ChildStateMachineArn' => { kind: 'expression', text: 'aws_sfn_state_machine.child.arn' } }
 * ```
 */
export function bindMachineArns(
  ctx: WorkflowContext,
  target: TargetKind,
  options: NonNullable<TargetOptionsMap[TargetKind]>,
  siblings: ReadonlyMap<string, SiblingMachine>,
): BoundContext {
  const mode = (options as { placeholders?: string }).placeholders;
  const names = ctx.rendered.sentinels.names.filter(
    (n) => siblings.has(n) && !hasPlaceholderValue(ctx.environment, n),
  );
  if (names.length === 0 || mode === 'keep') return { ctx, kept: [] };
  const sibling = (n: string) => siblings.get(n) as SiblingMachine;
  if (target === 'asl' || target === 'iam') {
    const machineArns = new Map<string, MachineArnBinding>(names.map((n) => [n, { kind: 'kept' }]));
    return { ctx: { ...ctx, machineArns }, kept: names };
  }
  if (mode === 'inline') return { ctx, kept: [] };
  if (target === 'terraform') {
    const machineArns = new Map<string, MachineArnBinding>();
    for (const n of names) {
      const { workflow, options: o } = sibling(n);
      const resource = terraformNaming(
        siblingContext(ctx, workflow),
        o as TerraformTargetOptions,
      ).resource;
      machineArns.set(n, { kind: 'expression', text: `aws_sfn_state_machine.${resource}.arn` });
    }
    return { ctx: { ...ctx, machineArns }, kept: [] };
  }
  if (target === 'serverless') {
    const machineArns = new Map<string, MachineArnBinding>();
    for (const n of names) {
      const { workflow, options: o } = sibling(n);
      const s = o as ServerlessTargetOptions;
      const name = stateMachineNameFor(siblingContext(ctx, workflow), s.stateMachineName);
      const text = `arn:${s.partition ?? 'aws'}:states:\${aws:region}:\${aws:accountId}:stateMachine:${name}`;
      machineArns.set(n, { kind: 'expression', text });
    }
    return { ctx: { ...ctx, machineArns }, kept: [] };
  }
  // sam, cloudformation: a CloudFormation reference, written as an environment's would be
  const machineArns = new Map<string, MachineArnBinding>();
  for (const n of names) {
    const { workflow, options: o } = sibling(n);
    const name = stateMachineNameFor(
      siblingContext(ctx, workflow),
      (o as DeployTargetOptions).stateMachineName,
    );
    const reference: CloudFormationReference = {
      'Fn::Sub': `arn:\${AWS::Partition}:states:\${AWS::Region}:\${AWS::AccountId}:stateMachine:${name}`,
    };
    machineArns.set(n, { kind: 'reference', reference });
  }
  return { ctx: { ...ctx, machineArns }, kept: [] };
}
