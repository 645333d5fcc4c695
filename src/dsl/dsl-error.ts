import { AslcError } from '../util/errors.ts';

/**
 * The stable codes of DSL misuse errors. Each names what went wrong; the message names the state
 * or field and the hint says what to do instead.
 */
export type DslErrorCode =
  | 'InvalidStateName'
  | 'StateNameTooLong'
  | 'DuplicateStateName'
  | 'StateAlreadyHasNext'
  | 'SelfTransition'
  | 'CannotChainAfterTerminal'
  | 'EmptyChain'
  | 'FieldNotSupported'
  | 'FieldRequiresJsonata'
  | 'FieldRequiresJsonPath'
  | 'ConflictingQueryLanguages'
  | 'ConflictingFields'
  | 'MissingField'
  | 'InvalidFieldValue'
  | 'ChoiceWithoutRules'
  | 'ChoiceAlreadyHasDefault'
  | 'ParallelWithoutBranches'
  | 'BranchOutsideParallel'
  | 'UnknownIntrinsic'
  | 'IntrinsicArity'
  | 'IntrinsicNestingTooDeep'
  | 'InvalidIntrinsic'
  | 'ReferenceInArray'
  | 'ConflictingKeys'
  | 'InvalidJsonPath'
  | 'InvalidJsonataExpression'
  | 'InvalidPlaceholderName'
  | 'InvalidSubstitution'
  | 'InvalidExtraField'
  | 'ExtraFieldModelled'
  | 'InvalidVariableName'
  | 'ErrorAllMustAppearAlone'
  | 'ReservedErrorName'
  | 'InvalidRetry'
  | 'InvalidResource'
  | 'InvalidTemplateValue'
  | 'HeartbeatNotLessThanTimeout'
  | 'InvalidLabel'
  | 'InvalidGoTo';

/**
 * Thrown when the DSL is used in a way that cannot produce a valid state machine.
 *
 * @example
 * ```ts
 * try { stateMachine({ definition: chain(succeed('Done'), pass('After')) }); }
 * catch (e) { if (e instanceof DslError) console.log(e.code); } // 'CannotChainAfterTerminal'
 * ```
 */
export class DslError extends AslcError {
  declare readonly code: DslErrorCode;
  constructor(
    code: DslErrorCode,
    message: string,
    options: { hint?: string; state?: string; field?: string } = {},
  ) {
    super(code, message, options);
    this.name = 'AslcError';
  }
}
