/**
 * Choice state. The first matching rule decides the next state (its own `Assign` / `Output`
 * apply); when none matches, `Default` is taken with the state's `Assign` / `Output`; without a
 * Default the state fails with `States.NoChoiceMatched`. JSONPath rules use `Variable` and
 * operators, JSONata rules a boolean `Condition`. The output is the (effective) input unless an
 * Output says otherwise.
 */
import { isJsonObject } from '../../../util/json.ts';
import { evaluateAssign } from '../assign.ts';
import { evaluateChoiceRule } from '../choice-rules.ts';
import { interpreterError } from '../errors.ts';
import { effectiveInput, selectPath } from '../io-jsonpath.ts';
import { evaluateTemplate } from '../jsonata-env.ts';
import type { AslChoiceState } from '../../../asl/types.ts';
import type { StateOutcome, StateRun } from '../runtime.ts';
import { jsonataScope, pathEnv } from '../runtime.ts';

interface Decision {
  readonly next: string;
  readonly assign: unknown;
  readonly output: unknown;
  /** Where the Assign/Output came from, as AWS names it in causes (`Choices[1]`), or '' for the state. */
  readonly prefix: string;
  /** The field that chose `next`: `Choices[i]` or `Default`. */
  readonly via: string;
}

async function decideJsonata(
  run: StateRun<AslChoiceState>,
  rules: readonly unknown[],
): Promise<Decision | undefined> {
  const scope = jsonataScope(run, { input: run.input });
  for (const [i, rule] of rules.entries()) {
    if (!isJsonObject(rule)) continue;
    const cond = await evaluateTemplate(rule.Condition, scope, `Choices[${i}]/Condition`);
    if (typeof cond !== 'boolean') {
      throw interpreterError(
        'States.QueryEvaluationError',
        `The Condition of Choices[${i}] must evaluate to a boolean, got ${JSON.stringify(cond) ?? 'undefined'}`,
      );
    }
    if (cond) {
      return {
        next: String(rule.Next),
        assign: rule.Assign,
        output: rule.Output,
        prefix: `Choices[${i}]/`,
        via: `Choices[${i}]`,
      };
    }
  }
  return undefined;
}

/**
 * Runs a Choice state.
 *
 * @example
 * ```ts
 * const { next } = await runChoice(run);
 * ```
 */
export async function runChoice(run: StateRun<AslChoiceState>): Promise<StateOutcome> {
  const rules = Array.isArray(run.def.Choices) ? run.def.Choices : [];
  const input = run.language === 'JSONPath' ? effectiveInput(run) : run.input;
  let decision: Decision | undefined;
  if (run.language === 'JSONPath') {
    const env = pathEnv(run, input);
    for (const [i, rule] of rules.entries()) {
      if (evaluateChoiceRule(rule, env)) {
        decision = {
          next: String(rule.Next),
          assign: rule.Assign,
          output: undefined,
          prefix: `Choices[${i}]/`,
          via: `Choices[${i}]`,
        };
        break;
      }
    }
  } else {
    decision = await decideJsonata(run, rules);
  }
  if (decision === undefined) {
    if (typeof run.def.Default !== 'string') {
      throw interpreterError(
        'States.NoChoiceMatched',
        `No Choice Rule matched and no Default state is defined in the Choice state '${run.name}'.`,
      );
    }
    decision = {
      next: run.def.Default,
      assign: run.def.Assign,
      output: run.def.Output,
      prefix: '',
      via: 'Default',
    };
  }
  const states = { input: run.input };
  const assigned = await evaluateAssign(
    run,
    decision.assign,
    input,
    states,
    `${decision.prefix}Assign`,
  );
  let output: unknown;
  if (run.language === 'JSONPath') output = selectPath(run, run.def.OutputPath, input);
  else
    output =
      decision.output === undefined
        ? run.input
        : await evaluateTemplate(
            decision.output,
            jsonataScope(run, states),
            `${decision.prefix}Output`,
          );
  return {
    output,
    next: decision.next,
    via: decision.via,
    ...(assigned === undefined ? {} : { assigned }),
  };
}
