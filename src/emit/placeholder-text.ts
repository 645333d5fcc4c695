/**
 * How plain `.asl.json` output writes a deploy-time placeholder: `${Name}`, the substitution
 * syntax of SAM/CloudFormation `DefinitionSubstitutions` and Terraform `templatefile()`.
 *
 * @example
 * ```ts
 * dollarBrace('FunctionArn'); // '${FunctionArn}'
 * ```
 */
export function dollarBrace(name: string): string {
  return '${' + name + '}';
}
