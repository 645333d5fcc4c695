import { isPlainObject, plainNumber } from '../python/raw-number.ts';
import {
  asIs,
  child,
  laxBool,
  laxInt,
  listOf,
  mapOf,
  model,
  normalizeObject,
  record,
  s3Uri,
  type FieldSpec,
  type Location,
  type NormalizeContext,
  type Normalizer,
} from './normalize.ts';
import { normalizeMetadata } from './normalize-metadata.ts';

const DEPRECATED_PAIR_KEYS = [
  'param_pairs',
  'param_set_pairs',
  'param_set_pair_overrides',
  'input_output_pairs',
  'input_output_pair_overrides',
] as const;

/** A `ParamPair | ParamSetPair` item: the shape with more of its keys present wins. */
const paramPair: Normalizer = (value, at, ctx) => {
  if (!isPlainObject(value)) return plainNumber(value);
  const count = (keys: string[]) => keys.filter((k) => Object.hasOwn(value, k)).length;
  if (count(['input', 'output']) > count(['inputs', 'outputs'])) {
    return normalizeObject(value, at, ctx, [
      { name: 'input', optional: true },
      { name: 'output', optional: true },
    ]);
  }
  const uniqueList: Normalizer = (v) =>
    Array.isArray(v) ? [...new Set(v.map((x) => plainNumber(x)))] : plainNumber(v);
  const out = normalizeObject(value, at, ctx, [
    { name: 'inputs', normalize: uniqueList },
    { name: 'outputs', normalize: uniqueList },
  ]) as Record<string, unknown>;
  return { inputs: out['inputs'] ?? [], outputs: out['outputs'] ?? [] };
};

/** Merges the deprecated pair keys into `param_pair_overrides` (core's `_sanitize_param_pairs`). */
function mergeDeprecatedPairs(
  raw: Record<string, unknown>,
  at: Location,
  ctx: NormalizeContext,
): Record<string, unknown> {
  const keys = ['param_pair_overrides', ...DEPRECATED_PAIR_KEYS].filter((k) =>
    Object.hasOwn(raw, k),
  );
  if (keys.length === 0) return raw;
  const rest: Record<string, unknown> = { ...raw };
  const merged: unknown[] = [];
  for (const key of keys) {
    const value = rest[key];
    delete rest[key];
    // core's `_sanitize_param_pairs` pops each key with a `None` default and skips `None`.
    if (value === null) continue;
    if (!Array.isArray(value)) {
      ctx.issues.push({
        path: child(at, key).orig,
        code: 'InvalidParamPairs',
        message: `${key} must be a sequence of ParamPair or ParamSetPair objects`,
      });
      continue;
    }
    const mergedAt = child(at, 'param_pair_overrides', key);
    value.forEach((item, j) => {
      record(ctx, child(mergedAt, merged.length, j));
      merged.push(item);
    });
  }
  if (merged.length > 0) rest['param_pair_overrides'] = merged;
  return rest;
}

const PARAMETER_FIELDS: readonly FieldSpec[] = [
  { name: 'command', normalize: listOf() },
  { name: 'params', normalize: asIs },
  { name: 'inputs', normalize: listOf() },
  { name: 'outputs', normalize: listOf() },
  { name: 'outputs_metadata', normalize: mapOf() },
  { name: 'output_s3_prefix', optional: true, normalize: s3Uri },
  { name: 'param_pair_overrides', optional: true, normalize: listOf(paramPair) },
  { name: 'verbosity', normalize: laxBool },
];

const executionParameters: Normalizer = (value, at, ctx) =>
  normalizeObject(
    isPlainObject(value) ? mergeDeprecatedPairs(value, at, ctx) : value,
    at,
    ctx,
    PARAMETER_FIELDS,
  );

/** core's `DemandResourceRequirements`: entries equal to 0 or None are dropped first. */
const resourceRequirements: Normalizer = (value, at, ctx) => {
  if (!isPlainObject(value)) return plainNumber(value);
  const kept = Object.fromEntries(
    Object.entries(value).filter(([, v]) => {
      const n = plainNumber(v);
      return !(n === null || n === 0 || n === false);
    }),
  );
  return normalizeObject(kept, at, ctx, [
    { name: 'gpu', optional: true, normalize: laxInt },
    { name: 'memory', optional: true, normalize: laxInt },
    { name: 'vcpus', optional: true, normalize: laxInt },
  ]);
};

const executionPlatform = model([
  {
    name: 'aws_batch',
    optional: true,
    normalize: model([{ name: 'job_queue_name' }, { name: 'job_role', optional: true }]),
  },
]);

const demandExecution = model([
  { name: 'execution_type' },
  { name: 'execution_id' },
  { name: 'execution_image' },
  { name: 'execution_parameters', normalize: executionParameters },
  { name: 'execution_metadata', normalize: normalizeMetadata },
  { name: 'execution_platform', normalize: executionPlatform },
  { name: 'resource_requirements', normalize: resourceRequirements },
]);

const fileSystemConfiguration = model([
  { name: 'file_system', optional: true },
  { name: 'access_point', optional: true },
  { name: 'container_path', optional: true },
]);

/** A role's candidates: a single object becomes a one-element list, `null` an empty list. */
const candidates: Normalizer = (value, at, ctx) => {
  if (value === null) return [];
  if (Array.isArray(value)) return listOf(fileSystemConfiguration)(value, at, ctx);
  const itemAt = { ptr: `${at.ptr}/0`, orig: at.orig };
  record(ctx, itemAt);
  return [fileSystemConfiguration(value, itemAt, ctx)];
};

const fileSystemConfigurations = model([
  { name: 'shared', normalize: candidates },
  { name: 'scratch', normalize: candidates },
  { name: 'tmp', normalize: candidates },
  { name: 'selection_strategy' },
]);

const dataSyncConfiguration = model([
  { name: 'temporary_request_payload_path', optional: true, normalize: s3Uri },
  { name: 'force', normalize: laxBool },
  { name: 'size_only', normalize: laxBool },
]);

const contextManagerConfiguration = model([
  { name: 'isolate_inputs', normalize: laxBool },
  { name: 'cleanup_inputs', normalize: laxBool },
  { name: 'cleanup_working_dir', normalize: laxBool },
  { name: 'env_file_write_mode' },
  { name: 'input_data_sync_configuration', normalize: dataSyncConfiguration },
  { name: 'output_data_sync_configuration', normalize: dataSyncConfiguration },
]);

/**
 * Normalises a `PrepareDemandScaffoldingRequest` as given by a caller into its canonical
 * snake_case shape (no defaults applied yet), ready for the JSON Schema.
 *
 * @example
 * ```ts
 * const ctx = { aliases: new Map(), issues: [] };
 * normalizeRequest({ demandExecution: { executionId: 'x' } }, ctx);
 * // { demand_execution: { execution_id: 'x' } }
 * ```
 */
export function normalizeRequest(raw: unknown, ctx: NormalizeContext): unknown {
  return normalizeObject(raw, { ptr: '', orig: '' }, ctx, [
    { name: 'demand_execution', normalize: demandExecution },
    { name: 'file_system_configurations', normalize: fileSystemConfigurations },
    { name: 'context_manager_configuration', normalize: contextManagerConfiguration },
  ]);
}
