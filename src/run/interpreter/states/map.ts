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
import { runtimeError } from '../errors.ts';
import { requireReference } from '../reference.ts';
import { integerField, numericField } from '../fields.ts';
import { effectiveInput } from '../io-jsonpath.ts';
import { iterationInputs, stateTemplate } from '../map-items.ts';
import { runIterations } from '../map-run.ts';
import { withRetryAndCatch } from '../retry.ts';
import type { StateOutcome, StateRun } from '../runtime.ts';
import { pathEnv } from '../runtime.ts';
import { completeJsonPath, completeJsonata } from './transition.ts';

/**
 * Runs a Map state, Retry and Catch included.
 *
 * @example
 * ```ts
 * const { output } = await runMap(run); // the iteration outputs, in item order
 * ```
 */
export function runMap(run: StateRun): Promise<StateOutcome> {
  run.retryCount = 0;
  return withRetryAndCatch(run, () => attempt(run));
}

async function mapResults(run: StateRun, input: unknown): Promise<unknown> {
  const processor = itemProcessorOf(run.def);
  if (processor === undefined)
    throw runtimeError(`The Map state '${run.name}' has no ItemProcessor`);
  const inputs = await iterationInputs(run, input);
  const distributed = isDistributedMap(run.def);
  const results = await runIterations(run, inputs, {
    processor,
    maxConcurrency: (await integerField(run, run.def, 'MaxConcurrency', input, 0)) ?? 0,
    distributed,
    toleratedFailureCount: await toleranceField(run, 'ToleratedFailureCount', input),
    toleratedFailurePercentage: await toleranceField(run, 'ToleratedFailurePercentage', input),
  });
  const writer = run.def.ResultWriter;
  return isJsonObject(writer) ? writeResults(run, writer, results, input) : results;
}

/**
 * `ToleratedFailureCount[Path]` / `ToleratedFailurePercentage[Path]` with AWS's causes
 * (localstack test_base_scenarios.snapshot.json, test_map_state_tolerated_failure_*_path):
 * `The ToleratedFailureCountPath field refers to value "NoNumber" which is not a valid integer:
 * $.ToleratedFailureCount`, `ToleratedFailureCount cannot be negative.`,
 * `ToleratedFailurePercentage must be between 0 and 100.`
 */
async function toleranceField(
  run: StateRun,
  field: 'ToleratedFailureCount' | 'ToleratedFailurePercentage',
  input: unknown,
): Promise<number | undefined> {
  const count = field === 'ToleratedFailureCount';
  const path = run.def[`${field}Path`];
  let value: number | undefined;
  if (run.def[field] === undefined && typeof path === 'string') {
    const raw = requireReference(path, pathEnv(run, input));
    if (typeof raw !== 'number' || !Number.isFinite(raw) || (count && !Number.isInteger(raw))) {
      const text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? 'null');
      throw runtimeError(
        `The ${field}Path field refers to value "${text}" which is not a valid ${count ? 'integer' : 'float'}: ${path}`,
      );
    }
    value = raw;
  } else {
    value = await numericField(run, run.def, field, input);
  }
  if (value === undefined) return undefined;
  if (count && value < 0) throw runtimeError('ToleratedFailureCount cannot be negative.');
  if (!count && (value < 0 || value > 100)) {
    throw runtimeError('ToleratedFailurePercentage must be between 0 and 100.');
  }
  return value;
}

async function writeResults(
  run: StateRun,
  writer: Record<string, unknown>,
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

async function attempt(run: StateRun): Promise<StateOutcome> {
  if (run.language === 'JSONPath') {
    const input = effectiveInput(run);
    return completeJsonPath(run, await mapResults(run, input));
  }
  const results = await mapResults(run, run.input);
  return completeJsonata(run, results, { input: run.input, result: results });
}
