/** Options of {@link validate}. */
export interface ValidateOptions {
  /**
   * The state machine type. EXPRESS machines support request-response integrations only
   * (no `.sync`, no `.waitForTaskToken`). Default `STANDARD`.
   */
  readonly type?: 'STANDARD' | 'EXPRESS';
  /**
   * Accept `${Name}` deploy-time substitution placeholders (SAM `DefinitionSubstitutions`,
   * CloudFormation `Fn::Sub`, Terraform `templatefile`) wherever a string value goes: a
   * Resource `"${ProcessFunctionArn}"`, an ARN segment, an enum value, a path. Default `false`.
   */
  readonly allowPlaceholders?: boolean;
  /**
   * The size in UTF-8 bytes of the definition as it will be submitted, for the 1 MB quota.
   * Default: the size of its compact JSON serialization.
   */
  readonly definitionBytes?: number;
  /**
   * JSON pointers of fields added on purpose that aslc does not know (the DSL's `extra`): a
   * field there is an `ExtraField` warning instead of an `UnsupportedField` error. Default none.
   */
  readonly extraFields?: readonly string[];
}

/** Options with defaults applied. */
export interface ResolvedOptions {
  readonly type: 'STANDARD' | 'EXPRESS';
  readonly allowPlaceholders: boolean;
  readonly definitionBytes: number | undefined;
  readonly extraFields: ReadonlySet<string>;
}

/**
 * Applies the defaults.
 *
 * @example
 * ```ts
 * resolveOptions({}).type; // 'STANDARD'
 * ```
 */
export function resolveOptions(options: ValidateOptions = {}): ResolvedOptions {
  return {
    type: String(options.type ?? 'STANDARD').toUpperCase() === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
    allowPlaceholders: options.allowPlaceholders === true,
    definitionBytes: options.definitionBytes,
    extraFields: new Set(
      Array.isArray(options.extraFields)
        ? options.extraFields.filter((p): p is string => typeof p === 'string')
        : [],
    ),
  };
}
