import type { AslcCommand } from '../command.ts';
import { engineFromOptions, withEngineOptions } from '../engine-options.ts';
import type { CliContext } from '../context.ts';
import { loadDefinition } from '../load-definition.ts';
import {
  ENGINE_NAMES,
  discoverCases,
  formatVerdictTable,
  isEngineName,
  loadCase,
  runCases,
  summarize,
  type BrokenCase,
  type EngineName,
  type RunCase,
} from '../../run/index.ts';
import { AslcError, UsageError, isAslcError } from '../../util/errors.ts';
import { CLI_SERVICE_FACTORIES } from '../services/cli-services.ts';

interface TestArgs {
  readonly cases?: readonly string[];
  readonly engine: readonly string[];
  readonly format: 'table' | 'json';
  readonly realTime: boolean;
  readonly sfnLocalImage?: string;
  readonly aws: boolean;
}

/**
 * `aslc test [cases..]`: finds case folders (with an `expected.json`) recursively, runs each on
 * the chosen engines and prints a table (or JSON) of verdicts. Exit 1 when any case fails,
 * 0 otherwise (skips do not fail).
 */
export const testCommand: AslcCommand = {
  command: 'test [cases..]',
  describe: 'Run execution cases (folders with expected.json) on one or more engines',
  examples: [
    ['aslc test fixtures/run', 'every case under fixtures/run on the native engine'],
    ['aslc test fixtures/run --engine all', 'on every engine (unavailable ones are skipped)'],
    ['aslc test fixtures/run/retry-backoff -e native -e embedded', 'one case on two engines'],
    ['aslc test --format json', 'verdicts as JSON'],
  ],
  builder: (y) =>
    withEngineOptions(y)
      .positional('cases', {
        type: 'string',
        array: true,
        describe: 'Case folders, or folders searched recursively for cases (default: .)',
      })
      .option('engine', {
        alias: 'e',
        type: 'string',
        array: true,
        nargs: 1, // `-e embedded fixtures/run`: the folder is not an engine
        default: ['native'],
        describe: `Engines: ${ENGINE_NAMES.join(', ')} or all (repeat or comma-separate)`,
      })
      .option('format', {
        alias: 'f',
        choices: ['table', 'json'] as const,
        default: 'table' as const,
        describe: 'Output format',
      }),
  handler: async (args: TestArgs, ctx: CliContext) => {
    const engineNames = parseEngines(args.engine);
    const paths = args.cases !== undefined && args.cases.length > 0 ? args.cases : ['.'];
    const dirs = discoverCases(paths, ctx.io.cwd);
    if (dirs.length === 0) {
      throw new AslcError('NoCases', `no case found under ${paths.join(', ')}`, {
        hint: 'a case is a folder with an expected.json (see src/run/README.md)',
      });
    }
    // Cases may share a workflow (case.json's `workflow`): load and compile each file once.
    const workflows = new Map<string, Promise<{ definition: unknown }>>();
    const loadWorkflow = (path: string): Promise<{ definition: unknown }> => {
      let loaded = workflows.get(path);
      if (loaded === undefined) {
        loaded = loadDefinition(path, ctx).then(({ definition }) => ({ definition }));
        workflows.set(path, loaded);
      }
      return loaded;
    };
    const cases: (RunCase | BrokenCase)[] = [];
    for (const dir of dirs) {
      try {
        cases.push(
          await loadCase(dir, { loadWorkflow, root: ctx.io.cwd, services: CLI_SERVICE_FACTORIES }),
        );
      } catch (e) {
        if (!isAslcError(e)) throw e;
        cases.push({ id: relativeId(dir, ctx.io.cwd), error: `invalid case: ${e.format()}` });
      }
    }
    const engines = engineNames.map((name) => engineFromOptions(name, args, ctx.io.env));
    if (args.format === 'table') {
      ctx.info(ctx.paint('dim', `running ${cases.length} case(s) on ${engineNames.join(', ')}`));
    }
    const verdicts = await runCases(cases, engines, { time: args.realTime ? 'real' : 'virtual' });
    const summary = summarize(verdicts);
    if (args.format === 'json') {
      ctx.out(JSON.stringify({ verdicts, summary }, null, 2));
    } else {
      for (const line of formatVerdictTable(verdicts, (style, text) => ctx.paint(style, text))) {
        ctx.out(line);
      }
    }
    return summary.failed > 0 ? 1 : 0;
  },
};

/** `--engine` values: names, `all`, repeated or comma-separated. */
function parseEngines(values: readonly string[]): EngineName[] {
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const out: EngineName[] = [];
  for (const name of names) {
    if (name === 'all') out.push(...ENGINE_NAMES);
    else if (isEngineName(name)) out.push(name);
    else throw new UsageError(`unknown engine '${name}'`, `use ${ENGINE_NAMES.join(', ')} or all`);
  }
  return [...new Set(out)];
}

function relativeId(dir: string, cwd: string): string {
  return dir.startsWith(cwd + '/') ? dir.slice(cwd.length + 1) : dir;
}
