/**
 * AWS's quotas and size rules a definition and an execution must respect (spec/asl.md §1.11),
 * in one place for the DSL, the validator and the interpreter.
 */

/** State names: 1 to 80 characters (code points). */
export const MAX_STATE_NAME_LENGTH = 80;

/**
 * Variable names: at most 80 characters ("The maximum length of a variable name is 80",
 * https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html).
 */
export const MAX_VARIABLE_NAME_LENGTH = 80;

/** Intrinsic calls nest at most 10 deep in one field (spec/asl.md §1.6). */
export const MAX_INTRINSIC_NESTING = 10;

/** `States.ArrayRange` produces at most 1,000 items. */
export const MAX_ARRAY_RANGE_ITEMS = 1000;

/** A state's input, output, result or one variable: 256 KiB of UTF-8 (States.DataLimitExceeded). */
export const PAYLOAD_QUOTA_BYTES = 262_144;

/** A definition: 1 MB of UTF-8 (CreateStateMachine). */
export const DEFINITION_QUOTA_BYTES = 1_048_576;

/** A Distributed Map `Label`: at most 40 characters. */
export const MAX_MAP_LABEL_LENGTH = 40;

/** `Seconds`, `TimeoutSeconds`, `HeartbeatSeconds`: at most 99,999,999. */
export const MAX_SECONDS = 99_999_999;
