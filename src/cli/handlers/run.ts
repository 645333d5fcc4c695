import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { runCommand } from '../commands/run.ts';
import { engineFromOptions } from './engines.ts';
import { timeoutOption } from './timeout-option.ts';
import type { CliContext } from '../context.ts';
import { loadDefinition } from '../load-definition.ts';
// Modules, not the aslc/run barrel: `aslc run` loads only what it uses.
import { ENGINE_NAMES, isEngineName, type RunRequest } from '../../run/engine-contract.ts';
import { readMocks } from '../../run/case/read-json.ts';
import type { MockConfigFile } from '../../run/mocks/mock-config.ts';
import { selectTestCase } from '../../run/mocks/select-test-case.ts';
import { runWithinBudget } from '../../run/run-within-budget.ts';
import { AslcError, UsageError } from '../../util/errors.ts';
import { jsonError, parseJson } from '../../util/json.ts';
import { readInputText } from '../read-input.ts';
import { writeFileAtomic } from '../../util/file-set.ts';
import { diagramFormatFor } from '../../render/diagram-format.ts';

type RunArgs = ArgsOf<typeof runCommand>;

/**
 * `aslc run <workflow>`: one execution. Prints exactly one JSON object on stdout,
 * `{"status","output","error","cause"}`; diagnostics go to stderr. Exit 0 when the execution
 * ran (whatever its status), 1 when it could not run, 2 for a wrong command line.
 */
export const handleRun: CommandHandler<RunArgs> = async (args, ctx) => {
  if (typeof args.workflow !== 'string') throw new UsageError('name the workflow to run');
  if (!isEngineName(args.engine)) {
    throw new UsageError(
      `unknown engine '${String(args.engine)}'`,
      `use ${ENGINE_NAMES.join(', ')}`,
    );
  }
  if (args.type !== 'STANDARD' && args.type !== 'EXPRESS') {
    throw new UsageError(`unknown --type '${String(args.type)}'`, 'use STANDARD or EXPRESS');
  }
  if (args.testCase !== undefined && args.mocks === undefined) {
    throw new UsageError(
      '--test-case needs --mocks',
      'aslc run wf.asl.json --mocks mocks.json --test-case NAME',
    );
  }
  const traceFormat = args.trace === undefined ? undefined : diagramFormatFor(args.trace);
  if (args.trace !== undefined && traceFormat === undefined) {
    throw new UsageError(
      `--trace '${args.trace}': the file name must end in .svg, .mmd, .mermaid, .dot or .gv`,
      'e.g. --trace trace.svg',
    );
  }
  const reports = args.report ? await import('../../run/report/execution-report.ts') : undefined;
  if (args.pricingRegion !== undefined) {
    const { checkPricingRegion } = await import('../../run/report/pricing.ts');
    checkPricingRegion(args.pricingRegion);
  }
  const { definition, plan } = await loadDefinition(args.workflow, ctx);
  if (args.statuses && plan !== true) {
    throw new UsageError(
      `--statuses: ${args.workflow} is not a job plan, so it reports no statuses`,
      'use --statuses with a *.plan.json / *.plan.yaml file or a definePlan module; --events lists the states entered',
    );
  }
  const input = await readInput(args.input, ctx);
  const request: RunRequest = {
    definition,
    input,
    ...mockSelection(args, ctx),
    ...(args.executionName !== undefined ? { executionName: args.executionName } : {}),
    type: args.type,
    time: args.realTime ? 'real' : 'virtual',
    ...timeoutOption(args.timeout),
  };
  const engine = engineFromOptions(args.engine, args, ctx.io.env);
  let outcome;
  try {
    outcome = await runWithinBudget(engine, request);
  } finally {
    await engine.dispose();
  }
  if (outcome.kind === 'skipped') {
    ctx.err(
      ctx.paint(
        'red',
        `aslc: the ${args.engine} engine cannot run this workflow: ${outcome.reason}`,
      ),
    );
    return 1;
  }
  const r = outcome.result;
  if (args.events) for (const name of r.statesEntered) ctx.err(`entered ${name}`);
  if (args.trace !== undefined && traceFormat !== undefined) {
    const { renderDiagram } = await import('../../render/render-diagram.ts');
    const { traceOverlay } = await import('../../run/coverage/overlay.ts');
    const text = await renderDiagram(definition, traceFormat, { overlay: traceOverlay(r) });
    writeFileAtomic(resolve(ctx.io.cwd, args.trace), text, args.trace);
  }
  const report = reports?.executionReport(r, {
    definition,
    engine: args.engine,
    ...(args.pricingRegion === undefined ? {} : { region: args.pricingRegion }),
  });
  for (const warning of report?.warnings ?? []) {
    ctx.err(ctx.paint('yellow', `aslc: warning: ${warning}`));
  }
  ctx.out(
    JSON.stringify({
      status: r.status,
      output: r.status === 'SUCCEEDED' ? (r.output ?? null) : null,
      error: r.error ?? null,
      cause: r.cause ?? null,
      ...(args.statuses
        ? { statuses: (await import('../../plans/status-updates.ts')).statusUpdates(r) }
        : {}),
      ...(report === undefined ? {} : { report }),
    }),
  );
  return 0;
};

/** The mock file and test case of the command line, or nothing. */
function mockSelection(
  args: RunArgs,
  ctx: CliContext,
): { mocks?: MockConfigFile; stateMachineName?: string; testCase?: string } {
  if (args.mocks === undefined) {
    return args.stateMachine !== undefined ? { stateMachineName: args.stateMachine } : {};
  }
  const mocks = readMocks(resolve(ctx.io.cwd, args.mocks));
  const selection = selectTestCase(mocks, args.stateMachine, args.testCase);
  if (!selection.ok) throw new UsageError(selection.message);
  return { mocks, stateMachineName: selection.stateMachineName, testCase: selection.testCase };
}

/**
 * The execution input: `-` reads standard input; a value naming an existing file reads that
 * file; anything else must be inline JSON. Without `--input`, `{}`.
 */
async function readInput(value: string | undefined, ctx: CliContext): Promise<unknown> {
  if (value === undefined) return {};
  let text: string;
  let source: string;
  const path = resolve(ctx.io.cwd, value);
  if (value === '-' || (existsSync(path) && !statSync(path).isDirectory())) {
    ({ shown: source, content: text } = await readInputText(ctx, value));
  } else {
    const inline = parseJson(value);
    if (inline.ok) return inline.value;
    throw new AslcError(
      'InvalidInput',
      `--input '${value}' is neither an existing file nor valid JSON (${inline.message})`,
      {
        hint: 'pass a JSON file, inline JSON such as \'{"id": 1}\', or - for standard input',
      },
    );
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const e = jsonError(parsed, 'InvalidInput');
    throw new AslcError(e.code, `the input is ${e.message}`, {
      file: source,
      ...(e.hint === undefined ? {} : { hint: e.hint }),
    });
  }
  return parsed.value;
}
