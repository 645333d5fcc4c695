/** IAM derivation: the policy a state machine's role needs, from its graph. */
export {
  derivePolicy,
  type DerivePolicyOptions,
  type DerivedPolicy,
  type PolicyWarning,
} from './derive-policy.ts';
export {
  mergePolicyDocuments,
  policyFromGrants,
  type Grant,
  type PolicyDocument,
  type PolicyStatement,
} from './policy-document.ts';
export type { ResolvedPlaceholder } from './task-context.ts';
export { sdkIamActions, SDK_IAM_PREFIX, SDK_IAM_ACTIONS } from './aws-sdk.ts';
