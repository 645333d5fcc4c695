import { ScaffoldingRequestError, type RequestIssue } from '../errors.ts';
import type { PrepareDemandScaffoldingRequest } from '../models/scaffolding-messages.ts';
import { deriveJobParams } from '../params/derive-job-params.ts';
import { EXECUTION_PARAMETERS, ParamIssue, parametersPointer } from '../params/param-issue.ts';
import { isAbsolutePath } from '../paths/posix-path.ts';
import { describeShapeProblem, shapeProblem } from '../../util/json-depth.ts';
import { withRequestDefaults } from './apply-defaults.ts';
import { normalizeRequest } from './normalize-request.ts';
import type { NormalizeContext } from './normalize.ts';
import { originalPointer, validateAgainstSchema } from './schema-validator.ts';

/**
 * An execution id names the execution's working folder on the scratch volume: it must be one
 * plain path segment (letters, digits, `.`, `_`, `-`; not `.` or `..`; at most 255 bytes), so
 * that it can neither point at the scratch area itself nor at another volume, and never expands
 * in a shell (a deviation from the reference, which accepts any string: scaffolding/README.md).
 */
export const EXECUTION_ID = /^[\p{L}\p{N}_][\p{L}\p{N}._-]*$/u;

function executionIdIssues(
  request: PrepareDemandScaffoldingRequest,
  ctx: NormalizeContext,
): RequestIssue[] {
  const id: unknown = request.demand_execution?.execution_id;
  if (typeof id !== 'string') return []; // the schema reports it
  if (EXECUTION_ID.test(id) && Buffer.byteLength(id) <= 255) return [];
  return [
    {
      path: originalPointer('/demand_execution/execution_id', ctx.aliases),
      code: 'UnsafeExecutionId',
      message: `the execution id ${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)} must be one path segment of letters, digits, '.', '_' and '-' (at most 255 bytes), not starting with '.' or '-'`,
    },
  ];
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '/');
}

/** Relative container paths are rejected (scaffolding.md §6 item 8, decision of the port). */
function containerPathIssues(
  request: PrepareDemandScaffoldingRequest,
  ctx: NormalizeContext,
): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const roles = ['shared', 'scratch', 'tmp'] as const;
  for (const role of roles) {
    request.file_system_configurations[role].forEach((candidate, i) => {
      const path = candidate.container_path;
      if (path !== undefined && path !== '' && !isAbsolutePath(path)) {
        issues.push({
          path: originalPointer(
            `/file_system_configurations/${role}/${i}/container_path`,
            ctx.aliases,
          ),
          code: 'RelativeContainerPath',
          message: `expected an absolute container path, got ${JSON.stringify(path)}`,
        });
      }
    });
  }
  return issues;
}

/**
 * Parses a `PrepareDemandScaffoldingRequest` the way the reference's pydantic models do
 * (scaffolding.md §1, §2.2): snake_case or camelCase keys (camelCase wins), unknown keys
 * ignored, `null` for optional fields treated as absent, lax coercions (`"8192"` → 8192,
 * `"true"` → true), a single file-system configuration → a one-element list, the deprecated
 * `tag` and `param_pairs`-style keys merged, then the parameter model (env names, references,
 * inputs and outputs, param pairs). Returns the request with defaults applied, keys in canonical
 * order. Throws {@link ScaffoldingRequestError} listing every problem (P1–P20) with its path.
 *
 * @example
 * ```ts
 * const request = parsePrepareDemandScaffoldingRequest({
 *   demandExecution: { executionType: 't', executionId: 'x', executionImage: 'img' },
 * });
 * request.file_system_configurations.scratch; // [{}]
 * ```
 */
export function parsePrepareDemandScaffoldingRequest(
  raw: unknown,
): PrepareDemandScaffoldingRequest {
  const shape = shapeProblem(raw);
  if (shape !== undefined) {
    throw new ScaffoldingRequestError([
      {
        path: shape.pointer,
        code: 'RequestTooDeep',
        message: `the request is ${describeShapeProblem(shape)}`,
      },
    ]);
  }
  const ctx: NormalizeContext = { aliases: new Map(), issues: [] };
  const normalized = normalizeRequest(raw, ctx);
  const issues = [
    ...ctx.issues,
    ...validateAgainstSchema(
      'prepare-demand-scaffolding-request.schema.json',
      normalized,
      ctx.aliases,
    ),
  ];
  const request = withRequestDefaults(normalized);
  if (
    !issues.some((i) => under(i.path, originalPointer('/file_system_configurations', ctx.aliases)))
  ) {
    issues.push(...containerPathIssues(request, ctx));
  }
  issues.push(...executionIdIssues(request, ctx));
  const paramsAt = originalPointer(EXECUTION_PARAMETERS, ctx.aliases);
  const demandAt = originalPointer('/demand_execution', ctx.aliases);
  const parametersValid = !issues.some(
    (i) => under(i.path, paramsAt) || i.path === demandAt || i.path === '',
  );
  if (parametersValid) {
    const parameters = request.demand_execution.execution_parameters;
    try {
      deriveJobParams({
        params: new Map(Object.entries(parameters.params)),
        inputs: parameters.inputs,
        outputs: parameters.outputs,
        outputS3Prefix: parameters.output_s3_prefix,
        paramPairOverrides: parameters.param_pair_overrides,
      });
    } catch (e) {
      if (!(e instanceof ParamIssue)) throw e;
      issues.push({
        path: originalPointer(parametersPointer(e.segments), ctx.aliases),
        code: e.code,
        message: e.message,
      });
    }
  }
  if (issues.length > 0) throw new ScaffoldingRequestError(issues);
  return request;
}
