import type { Options } from 'ajv';

/** The ajv options of the ASL schema, shared by the run-time compiler and the generator. */
export const ASL_SCHEMA_AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  strictTypes: false,
  allowUnionTypes: true,
  verbose: true,
  validateFormats: false,
};
