/**
 * The catalogue of diagnostic codes: for each of aslc's PascalCase codes, its severity, the
 * ValidateStateMachineDefinition code AWS reports for the same defect (spec/asl.md §1.12, §3)
 * when there is one, and a one-line summary. The README's rule table is checked against it.
 *
 * @example
 * ```ts
 * DIAGNOSTIC_CODES.MissingTransitionTarget.awsCode; // 'MISSING_TRANSITION_TARGET'
 * ```
 */
export const DIAGNOSTIC_CODES = {
  InvalidJson: {
    severity: 'error',
    awsCode: 'INVALID_JSON_DESCRIPTION',
    summary: 'the definition is not valid JSON (line and column given)',
  },
  InvalidUtf8: {
    severity: 'error',
    awsCode: 'INVALID_JSON_DESCRIPTION',
    summary: 'the file is not valid UTF-8 (line and column of the first bad byte given)',
  },
  DefinitionTooDeep: {
    severity: 'error',
    awsCode: undefined,
    summary:
      'objects or arrays nested deeper than 1000 levels (or, from the library, a value that contains itself or stands for more than 2,000,000 values through shared objects)',
  },
  UnreadableDefinition: {
    severity: 'error',
    awsCode: undefined,
    summary: 'the library was given a value it cannot read as JSON (a getter or Proxy that throws)',
  },
  DefinitionTooLarge: {
    severity: 'error',
    awsCode: undefined,
    summary: 'the definition exceeds the 1 MB quota (UTF-8 bytes)',
  },
  UnsupportedField: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a field the object does not support ("Field \'X\' is not supported")',
  },
  ExtraField: {
    severity: 'warning',
    awsCode: undefined,
    summary:
      "a field aslc does not know, added on purpose (the DSL's `extra`, option `extraFields`): AWS refuses it unless it has added the field",
  },
  FieldNotInQueryLanguage: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a JSONPath-only field in a JSONata state, or the reverse',
  },
  MissingField: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a required field is missing',
  },
  InvalidType: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a field has the wrong JSON type',
  },
  InvalidValue: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a value outside its enum, range, length or format (e.g. BackoffRate < 1)',
  },
  ExclusiveFields: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary:
      'fields that exclude each other are both present (X and XPath, Iterator and ItemProcessor, …)',
  },
  MissingNextOrEnd: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a state that must transition has neither Next nor "End": true',
  },
  NextAndEnd: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a state has both Next and "End": true',
  },
  MissingTransitionTarget: {
    severity: 'error',
    awsCode: 'MISSING_TRANSITION_TARGET',
    summary: 'StartAt, Next, Default or a Catch Next names no state of its States object',
  },
  UnreachableState: {
    severity: 'error',
    awsCode: 'MISSING_TRANSITION_TARGET',
    summary: 'a state no transition leads to from StartAt',
  },
  UnreachableLoop: {
    severity: 'warning',
    awsCode: undefined,
    summary: 'states that only reach each other in a loop StartAt never enters',
  },
  MissingEndState: {
    severity: 'error',
    awsCode: 'MISSING_END_STATE',
    summary: 'a States object has no terminal state (End, Succeed or Fail)',
  },
  DuplicateStateName: {
    severity: 'error',
    awsCode: 'DUPLICATE_STATE_NAME',
    summary: 'a state name used twice in the machine (branches and processors included)',
  },
  InvalidStateName: {
    severity: 'error',
    awsCode: 'INVALID_STATE_NAME',
    summary: 'a state name that is empty or longer than 80 characters',
  },
  StateNameCharacters: {
    severity: 'warning',
    awsCode: 'INVALID_STATE_NAME',
    summary: 'a state name with control or non-characters',
  },
  StatesAllNotAlone: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'States.ALL together with other error names in one ErrorEquals',
  },
  StatesAllNotLast: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'States.ALL in a retrier or catcher that is not the last one',
  },
  ReservedErrorName: {
    severity: 'warning',
    awsCode: undefined,
    summary: "a custom error name in the reserved 'States.' namespace",
  },
  HeartbeatNotLessThanTimeout: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'HeartbeatSeconds greater than TimeoutSeconds',
  },
  HeartbeatEqualsTimeout: {
    severity: 'warning',
    awsCode: undefined,
    summary: 'HeartbeatSeconds equal to TimeoutSeconds (the heartbeat can never fire)',
  },
  InvalidWaitDuration: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a Wait state without exactly one of Seconds, SecondsPath, Timestamp, TimestampPath',
  },
  InvalidChoiceRule: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary:
      'a JSONPath Choice rule without exactly one comparison, or a comparison without Variable',
  },
  NextInNestedChoiceRule: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'Next inside an And/Or/Not sub-rule',
  },
  InvalidMapLabel: {
    severity: 'error',
    awsCode: 'INVALID_LABEL_NAME',
    summary: 'a Distributed Map Label longer than 40 characters or with forbidden characters',
  },
  DuplicateMapLabel: {
    severity: 'error',
    awsCode: 'DUPLICATE_LABEL_NAME',
    summary: 'two Map states with the same Label',
  },
  DistributedMapOnlyField: {
    severity: 'warning',
    awsCode: undefined,
    summary: 'a Distributed Map field (ItemReader, ResultWriter, …) on an inline Map',
  },
  ProcessorExecutionType: {
    severity: 'warning',
    awsCode: undefined,
    summary: 'ExecutionType missing on a DISTRIBUTED processor, or set on an INLINE one',
  },
  JsonPathStateInJsonataMachine: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: "a state declaring QueryLanguage 'JSONPath' in a JSONata machine",
  },
  QueryLanguageSpelling: {
    severity: 'warning',
    awsCode: undefined,
    summary: "a QueryLanguage other than 'JSONPath' or 'JSONata' (AWS reads it as JSONata)",
  },
  InvalidJsonPath: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a path that is not valid JSONPath (or uses $$/variables where not allowed)',
  },
  InvalidReferencePath: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'a path that must be a Reference Path uses filters, wildcards, slices or ..',
  },
  InvalidPayloadPath: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: "the value of a '.$' key is neither a path nor an intrinsic function call",
  },
  InvalidIntrinsic: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'an intrinsic call with an unknown name, wrong arity, bad literal or > 10 nesting',
  },
  IntrinsicNotAllowed: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'an intrinsic call in a field that does not accept one (or outside the Fail subset)',
  },
  UnexpectedIntrinsic: {
    severity: 'warning',
    awsCode: undefined,
    summary:
      'an intrinsic call in InputPath, OutputPath or ItemsPath (documented only in payload templates)',
  },
  IntrinsicFormatArguments: {
    severity: 'warning',
    awsCode: undefined,
    summary: "States.Format whose '{}' count differs from its argument count",
  },
  ConflictingPayloadKeys: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: "a payload object with both 'x' and 'x.$'",
  },
  PathKeyInJsonata: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary:
      "a JSONPath key ending in '.$' inside a JSONata state (Output excepted: a plain key there)",
  },
  NoDollar: {
    severity: 'warning',
    awsCode: 'NO_DOLLAR',
    summary: "a payload value that looks like a path or intrinsic under a key without '.$'",
  },
  NoPath: {
    severity: 'warning',
    awsCode: 'NO_PATH',
    summary: "a value that looks like a path in a field whose name does not end in 'Path'",
  },
  PassResultIsStatic: {
    severity: 'warning',
    awsCode: 'PASS_RESULT_IS_STATIC',
    summary: "a Pass state's Result with '.$' keys, which are not evaluated",
  },
  InvalidJsonata: {
    severity: 'error',
    awsCode: 'INVALID_JSONATA_EXPRESSION',
    summary: 'a JSONata expression that does not parse (or is empty)',
  },
  UnsupportedJsonata: {
    severity: 'error',
    awsCode: 'UNSUPPORTED_JSONATA_EXPRESSION',
    summary: 'a bare top-level field reference, $$, or $states.errorOutput outside a Catch',
  },
  UnknownStatesProperty: {
    severity: 'warning',
    awsCode: undefined,
    summary: '$states.<x> where x is not input, result, errorOutput or context',
  },
  JsonataDelimiters: {
    severity: 'warning',
    awsCode: undefined,
    summary: "a string that looks like '{% … %}' but has text outside the delimiters",
  },
  JsonataInJsonPathState: {
    severity: 'warning',
    awsCode: undefined,
    summary: "a '{% … %}' string in a JSONPath state, where it is a plain string",
  },
  InvalidVariableName: {
    severity: 'error',
    awsCode: 'SCHEMA_VALIDATION_FAILED',
    summary: 'an Assign key that is not a valid variable name (or longer than 80)',
  },
  UndefinedVariable: {
    severity: 'warning',
    awsCode: undefined,
    summary: 'a $variable that no Assign in the definition assigns',
  },
  VariableOutOfScope: {
    severity: 'warning',
    awsCode: undefined,
    summary: 'a $variable assigned only where this state cannot see it',
  },
  VariableShadowing: {
    severity: 'warning',
    awsCode: undefined,
    summary: 'an inner scope assigns a variable of an outer scope',
  },
  ExpressIntegrationPattern: {
    severity: 'error',
    awsCode: undefined,
    summary: '.sync or .waitForTaskToken in an EXPRESS machine or EXPRESS child workflow',
  },
  InvalidResource: {
    severity: 'error',
    awsCode: 'INVALID_RESOURCE',
    summary: 'a Resource that is not a valid integration, Lambda or activity ARN',
  },
} as const satisfies Record<
  string,
  { severity: 'error' | 'warning'; awsCode: string | undefined; summary: string }
>;

/** One of aslc's diagnostic codes. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
