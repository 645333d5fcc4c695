import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { testCommand } from '../commands/test.ts';
import { engineFromOptions, parseEngines } from './engines.ts';
import { loadDefinition } from '../load-definition.ts';
import {
  discoverCases,
  formatVerdictTable,
  loadCase,
  runCases,
  summarize,
  type BrokenCase,
  type RunCase,
} from '../../run/index.ts';
import { AslcError, isAslcError } from '../../util/errors.ts';
import { CLI_SERVICE_FACTORIES } from '../services/cli-services.ts';

type TestArgs = ArgsOf<typeof testCommand>;

/**
 * `aslc test [cases..]`: finds case folders (with an `expected.json`) recursively, runs each on
 * the chosen engines and prints a table (or JSON) of verdicts. Exit 1 when any case fails,
 * 0 otherwise (skips do not fail).
 */
export const handleTest: CommandHandler<TestArgs> = async (args, ctx) => {
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
    ctx.json({ verdicts, summary });
  } else {
    for (const line of formatVerdictTable(verdicts, (style, text) => ctx.paint(style, text))) {
      ctx.out(line);
    }
  }
  return summary.failed > 0 ? 1 : 0;
};

function relativeId(dir: string, cwd: string): string {
  return dir.startsWith(cwd + '/') ? dir.slice(cwd.length + 1) : dir;
}
