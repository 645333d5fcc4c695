// Types for asl-validator 4.0.0 (it ships none). Used by tests and benchmarks as an oracle.
declare module 'asl-validator' {
  interface AslValidatorOptions {
    checkPaths?: boolean;
    checkArn?: boolean;
  }
  interface AslValidatorResult {
    isValid: boolean;
    errors: { 'Error code': string; Message: string }[];
    errorsText(separator?: string): string;
  }
  function aslValidator(definition: unknown, options?: AslValidatorOptions): AslValidatorResult;
  export = aslValidator;
}
