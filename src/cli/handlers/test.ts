import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { testCommand } from '../commands/test.ts';
import { engineFromOptions, parseEngines } from './engines.ts';
import { caseWorkflowLoader } from '../case-workflow-loader.ts';
import { resolve } from 'node:path';
import {
  caseCoverage,
  checkPricingRegion,
  coverageBelow,
  discoverCases,
  formatCoverageTable,
  formatVerdictTable,
  loadCase,
  parseCoverageFormats,
  runCases,
  summarize,
  writeCoverageFiles,
  type BrokenCase,
  type RunCase,
} from '../../run/index.ts';
import { isRecordingSourceLocations, recordSourceLocations } from '../../dsl/source-site.ts';
import { AslcError, UsageError, isAslcError } from '../../util/errors.ts';
import { CLI_SERVICE_FACTORIES } from '../services/cli-services.ts';
import { timeoutOption } from './timeout-option.ts';

type TestArgs = ArgsOf<typeof testCommand>;

/**
 * `aslc test [cases..]`: finds case folders (with an `expected.json`) recursively, runs each on
 * the chosen engines and prints a table (or JSON) of verdicts. Exit 1 when any case fails,
 * 0 otherwise (skips do not fail).
 */
export const handleTest: CommandHandler<TestArgs> = async (args, ctx) => {
  const engineNames = parseEngines(args.engine);
  const wantsCoverage =
    args.coverage || args.coverageFormat !== undefined || args.coverageMin !== undefined;
  const coverageFormats = parseCoverageFormats(args.coverageFormat);
  if (args.coverageMin !== undefined && !(args.coverageMin >= 0 && args.coverageMin <= 100)) {
    throw new UsageError('--coverage-min must be a percentage from 0 to 100');
  }
  if (args.pricingRegion !== undefined) checkPricingRegion(args.pricingRegion);
  const paths = args.cases !== undefined && args.cases.length > 0 ? args.cases : ['.'];
  const dirs = discoverCases(paths, ctx.io.cwd);
  if (dirs.length === 0) {
    throw new AslcError('NoCases', `no case found under ${paths.join(', ')}`, {
      hint: 'a case is a folder with an expected.json (see src/run/README.md)',
    });
  }
  // Cases may share a workflow (case.json's `workflow`): each file is loaded once.
  const loadWorkflow = caseWorkflowLoader(ctx);
  const cases: (RunCase | BrokenCase)[] = [];
  // With coverage, the workflow modules loaded here record where their states are defined.
  const recording = isRecordingSourceLocations();
  if (wantsCoverage) recordSourceLocations(true);
  try {
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
  } finally {
    recordSourceLocations(recording);
  }
  const engines = engineNames.map((name) => engineFromOptions(name, args, ctx.io.env));
  if (args.format === 'table') {
    ctx.info(ctx.paint('dim', `running ${cases.length} case(s) on ${engineNames.join(', ')}`));
  }
  const coverage = wantsCoverage ? caseCoverage(ctx.io.cwd) : undefined;
  const verdicts = await runCases(cases, engines, {
    time: args.realTime ? 'real' : 'virtual',
    ...timeoutOption(args.timeout),
    ...(coverage === undefined ? {} : { onResult: coverage.onResult }),
    ...(args.format === 'json'
      ? { report: args.pricingRegion === undefined ? {} : { region: args.pricingRegion } }
      : {}),
  });
  const summary = summarize(verdicts);
  const covered = coverage?.report();
  const written =
    covered === undefined
      ? []
      : writeCoverageFiles(covered, coverageFormats, resolve(ctx.io.cwd, args.coverageDir));
  if (args.format === 'json') {
    ctx.json({ verdicts, summary, ...(covered ? { coverage: covered } : {}) });
  } else {
    for (const line of formatVerdictTable(verdicts, (style, text) => ctx.paint(style, text))) {
      ctx.out(line);
    }
    if (covered !== undefined && coverageFormats.includes('table')) {
      const paint = (style: 'red' | 'green' | 'yellow', text: string) => ctx.paint(style, text);
      ctx.out('');
      for (const line of formatCoverageTable(covered, { cwd: ctx.io.cwd, paint })) ctx.out(line);
    }
    for (const path of written) ctx.info(`wrote ${relativeId(path, ctx.io.cwd)}`);
  }
  if (covered === undefined) return summary.failed > 0 ? 1 : 0;
  const below =
    args.coverageMin === undefined ? undefined : coverageBelow(covered, args.coverageMin);
  if (below !== undefined) ctx.err(ctx.paint('red', `aslc: ${below} (--coverage-min)`));
  return summary.failed > 0 || below !== undefined ? 1 : 0;
};

function relativeId(dir: string, cwd: string): string {
  return dir.startsWith(cwd + '/') ? dir.slice(cwd.length + 1) : dir;
}
