import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AslcCommand } from '../command.ts';
import { engineFromOptions, withEngineOptions } from '../engine-options.ts';
import type { CliContext } from '../context.ts';
import { loadDefinition } from '../load-definition.ts';
import {
  ENGINE_NAMES,
  checkPricingRegion,
  executionReport,
  isEngineName,
  readMocks,
  selectTestCase,
  traceOverlay,
  type EngineName,
  type MockConfigFile,
  type RunRequest,
} from '../../run/index.ts';
import { diagramFormatFor, renderDiagram } from '../../render/index.ts';
import { writeFileAtomic } from '../../util/atomic-write.ts';
import { AslcError, UsageError } from '../../util/errors.ts';
import { parseJson } from '../../util/json.ts';

interface RunArgs {
  readonly workflow: string;
  readonly input?: string;
  readonly mocks?: string;
  readonly testCase?: string;
  readonly stateMachine?: string;
  readonly engine: EngineName;
  readonly realTime: boolean;
  readonly executionName?: string;
  readonly type: 'STANDARD' | 'EXPRESS';
  readonly events: boolean;
  readonly sfnLocalImage?: string;
  readonly aws: boolean;
  readonly report: boolean;
  readonly trace?: string;
  readonly pricingRegion?: string;
}

/**
 * `aslc run <workflow>`: one execution. Prints exactly one JSON object on stdout,
 * `{"status","output","error","cause"}`; diagnostics go to stderr. Exit 0 when the execution
 * ran (whatever its status), 1 when it could not run, 2 for a wrong command line.
 */
export const runCommand: AslcCommand = {
  command: 'run <workflow>',
  describe: 'Execute a workflow locally (virtual time, mocked Task states) and print its result',
  examples: [
    ['aslc run order.asl.json --input input.json', 'run on the native engine, print the result'],
    ['aslc run order.asl.json --input \'{"id": 42}\'', 'inline JSON input'],
    ['cat input.json | aslc run order.asl.json --input -', 'input from standard input'],
    [
      'aslc run order.asl.json --mocks mocks.json --test-case HappyPath',
      'serve Task states from a Step Functions Local mock file',
    ],
    [
      'aslc run order.asl.json --engine embedded --events',
      'other engine; states entered on stderr',
    ],
    ['aslc run order.asl.json --report', 'add transitions, quotas and cost to the JSON'],
    ['aslc run order.asl.json --trace trace.svg', 'draw the path taken (.svg, .mmd or .dot)'],
  ],
  builder: (y) =>
    withEngineOptions(y)
      .positional('workflow', {
        type: 'string',
        describe: 'ASL JSON file (*.asl.json) or workflow module',
        demandOption: true,
      })
      .option('input', {
        alias: 'i',
        type: 'string',
        nargs: 1, // so that `--input -` takes the dash as its value
        describe:
          'Execution input: a file if one exists at that path, else inline JSON; - for stdin (default {})',
      })
      .option('mocks', {
        alias: 'm',
        type: 'string',
        describe: 'Mock file in the Step Functions Local MockConfigFile format',
      })
      .option('test-case', {
        alias: 't',
        type: 'string',
        describe: 'Test case of the mock file (default: its only one)',
      })
      .option('state-machine', {
        type: 'string',
        describe: 'State machine name in the mock file (default: its only one)',
      })
      .option('engine', {
        alias: 'e',
        choices: ENGINE_NAMES,
        default: 'native' as EngineName,
        describe: 'Execution engine',
      })
      .option('execution-name', { type: 'string', describe: '$$.Execution.Name' })
      .option('type', {
        choices: ['STANDARD', 'EXPRESS'] as const,
        default: 'STANDARD' as const,
        describe: 'Workflow type (EXPRESS: 5-minute limit)',
      })
      .option('events', {
        type: 'boolean',
        default: false,
        describe: 'Print the states entered to stderr',
      })
      .option('report', {
        type: 'boolean',
        default: false,
        describe:
          'Add "report" to the output: state transitions, history events and payload sizes against the quotas, estimated cost',
      })
      .option('trace', {
        type: 'string',
        describe: "Draw the execution's path into FILE (.svg, .mmd/.mermaid or .dot/.gv)",
      })
      .option('pricing-region', {
        type: 'string',
        describe: 'Region of the --report cost estimate (default us-east-1)',
      }),
  handler: async (args: RunArgs, ctx: CliContext) => {
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
    if (args.pricingRegion !== undefined) checkPricingRegion(args.pricingRegion);
    const { definition } = await loadDefinition(args.workflow, ctx);
    const input = await readInput(args.input, ctx);
    const request: RunRequest = {
      definition,
      input,
      ...mockSelection(args, ctx),
      ...(args.executionName !== undefined ? { executionName: args.executionName } : {}),
      type: args.type,
      time: args.realTime ? 'real' : 'virtual',
    };
    const engine = engineFromOptions(args.engine, args, ctx.io.env);
    let outcome;
    try {
      outcome = await engine.run(request);
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
      const text = await renderDiagram(definition, traceFormat, { overlay: traceOverlay(r) });
      try {
        writeFileAtomic(resolve(ctx.io.cwd, args.trace), text);
      } catch (e) {
        throw new AslcError('WriteFailed', `cannot write ${args.trace}: ${(e as Error).message}`, {
          cause: e,
        });
      }
    }
    const report = args.report
      ? executionReport(r, {
          definition,
          engine: args.engine,
          ...(args.pricingRegion === undefined ? {} : { region: args.pricingRegion }),
        })
      : undefined;
    for (const warning of report?.warnings ?? [])
      ctx.err(ctx.paint('yellow', `aslc: warning: ${warning}`));
    ctx.out(
      JSON.stringify({
        status: r.status,
        output: r.status === 'SUCCEEDED' ? (r.output ?? null) : null,
        error: r.error ?? null,
        cause: r.cause ?? null,
        ...(report === undefined ? {} : { report }),
      }),
    );
    return 0;
  },
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
  if (value === '-') {
    if (ctx.io.readStdin === undefined) throw new UsageError('standard input is not available');
    text = await ctx.io.readStdin();
    source = 'standard input';
  } else if (existsSync(path) && statSync(path).isFile()) {
    text = await readFile(path, 'utf8');
    source = value;
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
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    throw new AslcError(
      'InvalidInput',
      `the input is not valid JSON (line ${parsed.line}, column ${parsed.column}): ${parsed.message}`,
      {
        file: source,
      },
    );
  }
  return parsed.value;
}
