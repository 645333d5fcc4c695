/**
 * Map state (inline or Distributed). JSONPath: InputPath → items (ItemsPath / ItemReader) →
 * ItemSelector (or legacy Parameters) → ItemBatcher → iterations → ResultWriter → ResultSelector
 * → Assign → ResultPath → OutputPath. JSONata: Items (default the input) / ItemReader →
 * ItemSelector → … → Assign and Output (`$states.result`). With a `ResultWriter` that names a
 * Resource, the result is the summary AWS returns (`{"MapRunArn", "ResultWriterDetails":
 * {"Bucket", "Key"}}`) instead of the results.
 */
import { isJsonObject } from '../../../util/json.ts';
import { ACCOUNT, REGION } from '../context.ts';
import { isDistributedMap, itemProcessorOf } from '../definition.ts';
import { fieldValueError, runtimeError } from '../errors.ts';
import { evaluateTemplate } from '../jsonata-env.ts';
import { requireReference } from '../reference.ts';
import { integerField, numberField, numericField } from '../fields.ts';
import { effectiveInput } from '../io-jsonpath.ts';
import { iterationInputs, stateTemplate } from '../map-items.ts';
import { runIterations } from '../map-run.ts';
import { withRetryAndCatch } from '../retry.ts';
import type { AslMapState, AslResultWriter } from '../../../asl/types.ts';
import type { GraphRunner, StateOutcome, StateRun } from '../runtime.ts';
import { jsonataScope, pathEnv } from '../runtime.ts';
import { completeJsonPath, completeJsonata } from './transition.ts';

/**
 * Runs a Map state, Retry and Catch included.
 *
 * @example
 * ```ts
 * const { output } = await runMap(run); // the iteration outputs, in item order
 * ```
 */
export function runMap(run: StateRun<AslMapState>, runGraph: GraphRunner): Promise<StateOutcome> {
  run.retryCount = 0;
  return withRetryAndCatch(run, () => attempt(run, runGraph));
}

async function mapResults(
  run: StateRun<AslMapState>,
  runGraph: GraphRunner,
  input: unknown,
): Promise<unknown> {
  const processor = itemProcessorOf(run.def);
  if (processor === undefined)
    throw runtimeError(`The Map state '${run.name}' has no ItemProcessor`);
  const inputs = await iterationInputs(run, input);
  const distributed = isDistributedMap(run.def);
  const results = await runIterations(run, inputs, {
    runGraph,
    processor,
    maxConcurrency: await maxConcurrency(run, input),
    distributed,
    toleratedFailureCount: await toleranceField(run, 'ToleratedFailureCount', input),
    toleratedFailurePercentage: await toleranceField(run, 'ToleratedFailurePercentage', input),
  });
  const writer = run.def.ResultWriter;
  return isJsonObject(writer) ? writeResults(run, writer, results, input) : results;
}

/** Python's `int(value)` on a JSON value, as LocalStack reproduces AWS: numbers truncated, integer strings read. */
function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
}

/**
 * `MaxConcurrency[Path]` (default 0: no limit). A `MaxConcurrencyPath` value is read as an
 * integer (a number truncated, an integer string parsed); otherwise States.Runtime with AWS's
 * causes (LocalStack's MaxConcurrencyPath, checked against its recordings of AWS): `The
 * MaxConcurrencyPath field refers to value "abc" which is not a valid integer: $.mc`,
 * `Expected non-negative integer for MaxConcurrency, got '-1' instead.` A JSONata expression
 * (variables included: `{% $limit %}`) is read the same way.
 */
async function maxConcurrency(run: StateRun<AslMapState>, input: unknown): Promise<number> {
  const path = run.def.MaxConcurrencyPath;
  const literal = run.def.MaxConcurrency;
  let value: number | undefined;
  if (run.language === 'JSONPath' && literal === undefined && typeof path === 'string') {
    const raw = requireReference(path, pathEnv(run, input));
    value = toInteger(typeof raw === 'boolean' ? undefined : raw);
    if (value === undefined) {
      throw runtimeError(
        `The MaxConcurrencyPath field refers to value "${shown(raw)}" which is not a valid integer: ${path}`,
      );
    }
  } else if (run.language === 'JSONata' && typeof literal === 'string') {
    const raw = await evaluateTemplate(literal, jsonataScope(run, { input }), 'MaxConcurrency');
    value = toInteger(raw);
    if (value === undefined) {
      throw fieldValueError(
        run.language,
        `The value of the field 'MaxConcurrency' must be an integer, got ${shown(raw)}`,
      );
    }
  } else {
    return (await integerField(run, numberField('MaxConcurrency', literal, path), input, 0)) ?? 0;
  }
  if (value < 0) {
    throw runtimeError(`Expected non-negative integer for MaxConcurrency, got '${value}' instead.`);
  }
  return value;
}

/**
 * `ToleratedFailureCount[Path]` / `ToleratedFailurePercentage[Path]` with AWS's causes
 * (localstack test_base_scenarios.snapshot.json, test_map_state_tolerated_failure_*_path):
 * `The ToleratedFailureCountPath field refers to value "NoNumber" which is not a valid integer:
 * $.ToleratedFailureCount`, `ToleratedFailureCount cannot be negative.`,
 * `ToleratedFailurePercentage must be between 0 and 100.`
 */
async function toleranceField(
  run: StateRun<AslMapState>,
  field: 'ToleratedFailureCount' | 'ToleratedFailurePercentage',
  input: unknown,
): Promise<number | undefined> {
  const count = field === 'ToleratedFailureCount';
  const path = count ? run.def.ToleratedFailureCountPath : run.def.ToleratedFailurePercentagePath;
  let value: number | undefined;
  const literal = count ? run.def.ToleratedFailureCount : run.def.ToleratedFailurePercentage;
  if (run.language === 'JSONPath' && literal === undefined && typeof path === 'string') {
    let raw = requireReference(path, pathEnv(run, input));
    // An integer string is read as a number (LocalStack's ToleratedFailure…Path, from AWS).
    if (typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw)) raw = Number(raw);
    if (typeof raw !== 'number' || !Number.isFinite(raw) || (count && !Number.isInteger(raw))) {
      const text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? 'null');
      throw runtimeError(
        `The ${field}Path field refers to value "${text}" which is not a valid ${count ? 'integer' : 'float'}: ${path}`,
      );
    }
    value = raw;
  } else if (run.language === 'JSONata' && typeof literal === 'string') {
    // A JSONata expression (variables included) is read as an integer, as LocalStack does.
    const raw = await evaluateTemplate(literal, jsonataScope(run, { input }), field);
    value = toInteger(raw);
    if (value === undefined) {
      throw fieldValueError(
        run.language,
        `The value of the field '${field}' must be a number, got ${shown(raw)}`,
      );
    }
  } else {
    value = await numericField(run, numberField(field, literal, path), input);
  }
  if (value === undefined) return undefined;
  if (count && value < 0) throw runtimeError('ToleratedFailureCount cannot be negative.');
  if (!count && (value < 0 || value > 100)) {
    throw runtimeError('ToleratedFailurePercentage must be between 0 and 100.');
  }
  return value;
}

async function writeResults(
  run: StateRun<AslMapState>,
  writer: AslResultWriter,
  results: unknown[],
  input: unknown,
): Promise<unknown> {
  const config = isJsonObject(writer.WriterConfig) ? writer.WriterConfig : {};
  if (typeof writer.Resource !== 'string') {
    return config.Transformation === 'FLATTEN'
      ? results.flatMap((r) => (Array.isArray(r) ? r : [r]))
      : results;
  }
  const source = run.language === 'JSONPath' ? writer.Parameters : writer.Arguments;
  const params =
    source === undefined ? {} : await stateTemplate(run, source, input, 'ResultWriter/Arguments');
  const p = isJsonObject(params) ? params : {};
  const rt = run.fiber.rt;
  const runId = rt.rng.uuid();
  const label = typeof run.def.Label === 'string' ? run.def.Label : run.name;
  const id = rt.identity;
  const prefix =
    typeof p.Prefix === 'string' && p.Prefix !== '' ? `${p.Prefix.replace(/\/$/, '')}/` : '';
  return {
    MapRunArn: `arn:${id.partition}:states:${REGION}:${ACCOUNT}:mapRun:${id.stateMachineName}/${label}:${runId}`,
    ResultWriterDetails: {
      Bucket: typeof p.Bucket === 'string' ? p.Bucket : '',
      Key: `${prefix}${runId}/manifest.json`,
    },
  };
}

async function attempt(run: StateRun<AslMapState>, runGraph: GraphRunner): Promise<StateOutcome> {
  if (run.language === 'JSONPath') {
    const input = effectiveInput(run);
    return completeJsonPath(run, await mapResults(run, runGraph, input));
  }
  const results = await mapResults(run, runGraph, run.input);
  return completeJsonata(run, results, { input: run.input, result: results });
}
