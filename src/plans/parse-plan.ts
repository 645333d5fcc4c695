import { parseDocument } from 'yaml';
import { deepFreeze } from '../util/freeze.ts';
import { parseJson } from '../util/json.ts';
import { groupTypeProblems, semanticProblems } from './plan-check.ts';
import { PlanError, problem, type PlanProblem } from './plan-error.ts';
import { MAX_GROUP_DEPTH, MAX_JSON_DEPTH, copyPlanData } from './plan-limits.ts';
import { schemaProblems } from './plan-schema.ts';
import { buildPlanTree, preflightProblems, type PlanTree } from './plan-tree.ts';
import type { Plan } from './plan-types.ts';

/** A plan that passed every check, with its tree. */
export interface CheckedPlan {
  readonly plan: Plan;
  readonly tree: PlanTree;
}

/**
 * Checks any value as a plan, in an order that never trusts it: JSON data without cycles, within
 * the depth and size limits; groups within 100 levels, one kind per job; the JSON Schema
 * (schemas/plan.schema.json); then names, types, executors and job-output references. Returns the
 * frozen plan and its tree, or every problem found at the first stage that failed.
 *
 * @example
 * ```ts
 * declare const text: string; // a plan file's JSON
 * const r = checkPlan(JSON.parse(text));
 * if (!r.ok) console.log(r.problems[0]?.path); // e.g. '/jobs/2/jobGroup/parallel/jobs/0'
 * ```
 */
export function checkPlan(
  value: unknown,
):
  | ({ readonly ok: true } & CheckedPlan)
  | { readonly ok: false; readonly problems: readonly PlanProblem[] } {
  const copied = copyPlanData(value);
  if (!copied.ok) return { ok: false, problems: [copied.problem] };
  for (const stage of [preflightProblems, schemaProblems]) {
    const problems = stage(copied.value);
    if (problems.length > 0) return { ok: false, problems };
  }
  const plan = deepFreeze(copied.value) as Plan;
  const tree = buildPlanTree(plan);
  const problems = [...semanticProblems(tree), ...groupTypeProblems(tree, plan.jobs)];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, plan, tree };
}

/**
 * {@link checkPlan}, throwing a {@link PlanError} (its first problem as one line) when the plan
 * has problems.
 *
 * @example
 * ```ts
 * declare const text: string; // a plan file's JSON
 * const { plan } = assertPlan(JSON.parse(text));
 * ```
 */
export function assertPlan(value: unknown): CheckedPlan {
  const r = checkPlan(value);
  if (!r.ok) throw new PlanError(r.problems);
  return { plan: r.plan, tree: r.tree };
}

/**
 * Parses plan text (JSON, or YAML 1.2 with unique keys and at most 100 aliases) into data;
 * syntax errors and documents too deep for the parser are one {@link PlanError}. The result still
 * has to go through {@link checkPlan}.
 *
 * @example
 * ```ts
 * const data = parsePlanText('name: nightly\njobs: []\n', 'yaml');
 * ```
 */
export function parsePlanText(text: string, format: 'json' | 'yaml'): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (format === 'json') {
    const parsed = parseJson(body);
    if (!parsed.ok && parsed.pointer !== undefined) {
      throw new PlanError([
        problem(
          'PlanTooDeep',
          parsed.pointer,
          `the plan nests values more than ${MAX_JSON_DEPTH} levels deep (line ${parsed.line}, column ${parsed.column})`,
          `keep groups within ${MAX_GROUP_DEPTH} levels and values shallow`,
        ),
      ]);
    }
    if (!parsed.ok) {
      throw new PlanError([
        problem(
          'InvalidJson',
          '',
          `not valid JSON (line ${parsed.line}, column ${parsed.column}): ${parsed.message.split('\n')[0] ?? ''}`,
          'fix the syntax at that place',
        ),
      ]);
    }
    return parsed.value;
  }
  try {
    const doc = parseDocument(body, { uniqueKeys: true, prettyErrors: true, merge: false });
    const error = doc.errors[0];
    if (error !== undefined) {
      const pos = error.linePos?.[0];
      // The yaml package reports its own stack overflow as a syntax error: say what it means.
      if (error.message.includes('Maximum call stack size exceeded')) {
        throw new PlanError([
          problem(
            'PlanTooDeep',
            '',
            `the plan nests values too deeply to parse${pos === undefined ? '' : ` (line ${pos.line}, column ${pos.col})`}`,
            `keep groups within ${MAX_GROUP_DEPTH} levels and values shallow`,
          ),
        ]);
      }
      throw new PlanError([
        problem(
          'InvalidYaml',
          '',
          `not valid YAML${pos === undefined ? '' : ` (line ${pos.line}, column ${pos.col})`}: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
          'fix the syntax at that place (keys must be unique)',
        ),
      ]);
    }
    if (doc.contents === null) {
      throw new PlanError([
        problem('NotAPlan', '', 'the YAML document is empty', 'a plan has "name" and "jobs"'),
      ]);
    }
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (e) {
    if (e instanceof PlanError) throw e;
    const message =
      e instanceof RangeError ? 'the document is nested too deeply to parse' : (e as Error).message;
    throw new PlanError([
      problem(
        'InvalidYaml',
        '',
        `not valid YAML: ${message.split('\n')[0] ?? ''}`,
        'plans are small YAML documents without excessive aliases or nesting',
      ),
    ]);
  }
}
