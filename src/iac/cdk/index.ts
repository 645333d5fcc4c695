/**
 * `aslc/cdk`: an AWS CDK construct for aslc workflows. aws-cdk-lib and constructs are optional
 * peer dependencies, imported by this entry only (never by `aslc` or `aslc/iac`). See
 * src/iac/cdk/README.md.
 *
 * @example
 * ```ts
 * import { AslcStateMachine } from 'aslc/cdk';
 *
 * new AslcStateMachine(stack, 'Orders', {
 *   workflow: orders,
 *   placeholders: { ChargeFunctionArn: chargeFn.functionArn },
 * }).grantStartExecution(api);
 * ```
 */
export { AslcStateMachine, type AslcStateMachineProps } from './aslc-state-machine.ts';
export {
  AslcStateMachines,
  type AslcMachine,
  type AslcStateMachinesProps,
} from './aslc-state-machines.ts';
export { cdkDefinition, type CdkDefinition, type CdkWorkflow } from './cdk-definition.ts';
