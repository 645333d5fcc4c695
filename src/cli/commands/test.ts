import { resolve } from 'node:path';
import type { AslcCommand } from '../command.ts';
import { engineFromOptions, withEngineOptions } from '../engine-options.ts';
import type { CliContext } from '../context.ts';
import { loadDefinition } from '../load-definition.ts';
import {
  ENGINE_NAMES,
  caseCoverage,
  checkPricingRegion,
  coverageBelow,
  discoverCases,
  formatCoverageTable,
  formatVerdictTable,
  isEngineName,
  loadCase,
  parseCoverageFormats,
  runCases,
  summarize,
  writeCoverageFiles,
  type BrokenCase,
  type EngineName,
  type RunCase,
} from '../../run/index.ts';
import { isRecordingSourceLocations, recordSourceLocations } from '../../dsl/source-site.ts';
import type { StateSources } from '../../util/source-location.ts';
import { AslcError, UsageError, isAslcError } from '../../util/errors.ts';
import { CLI_SERVICE_FACTORIES } from '../services/cli-services.ts';

interface TestArgs {
  readonly cases?: readonly string[];
  readonly engine: readonly string[];
  readonly format: 'table' | 'json';
  readonly realTime: boolean;
  readonly sfnLocalImage?: string;
  readonly aws: boolean;
  readonly coverage: boolean;
  readonly coverageFormat?: readonly string[];
  readonly coverageDir: string;
  readonly coverageMin?: number;
  readonly pricingRegion?: string;
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
    ['aslc test --format json', 'verdicts as JSON, with an execution report per run'],
    ['aslc test fixtures/run --coverage', 'and a coverage table with the uncovered items'],
    [
      'aslc test --coverage-format lcov,json --coverage-min 90',
      'write coverage/lcov.info and coverage/coverage.json; exit 1 below 90%',
    ],
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
      })
      .option('coverage', {
        type: 'boolean',
        default: false,
        describe: 'Report the states, transitions, retries and branches the cases exercised',
      })
      .option('coverage-format', {
        type: 'string',
        array: true,
        nargs: 1,
        describe:
          'Coverage outputs: table, json, lcov (repeat or comma-separate; implies --coverage)',
      })
      .option('coverage-dir', {
        type: 'string',
        default: 'coverage',
        describe: 'Folder for coverage.json and lcov.info',
      })
      .option('coverage-min', {
        type: 'number',
        describe: 'Exit 1 when total coverage is below this percentage (implies --coverage)',
      })
      .option('pricing-region', {
        type: 'string',
        describe: 'Region of the cost estimates in --format json reports (default us-east-1)',
      }),
  handler: async (args: TestArgs, ctx: CliContext) => {
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
    // Cases may share a workflow (case.json's `workflow`): load and compile each file once.
    type Loaded = { definition: unknown; sources?: StateSources };
    const workflows = new Map<string, Promise<Loaded>>();
    const loadWorkflow = (path: string): Promise<Loaded> => {
      let loaded = workflows.get(path);
      if (loaded === undefined) {
        loaded = loadDefinition(path, ctx).then(({ definition, sources }) =>
          sources === undefined ? { definition } : { definition, sources },
        );
        workflows.set(path, loaded);
      }
      return loaded;
    };
    const cases: (RunCase | BrokenCase)[] = [];
    // With coverage, the workflow modules loaded here record where their states are defined.
    const recording = isRecordingSourceLocations();
    if (wantsCoverage) recordSourceLocations(true);
    try {
      for (const dir of dirs) {
        try {
          cases.push(
            await loadCase(dir, {
              loadWorkflow,
              root: ctx.io.cwd,
              services: CLI_SERVICE_FACTORIES,
            }),
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
      ...(coverage === undefined ? {} : { onResult: coverage.onResult }),
      ...(args.format === 'json'
        ? { report: args.pricingRegion === undefined ? {} : { region: args.pricingRegion } }
        : {}),
    });
    const summary = summarize(verdicts);
    const covered = coverage?.report();
    if (args.format === 'json') {
      ctx.out(
        JSON.stringify({ verdicts, summary, ...(covered ? { coverage: covered } : {}) }, null, 2),
      );
    } else {
      for (const line of formatVerdictTable(verdicts, (style, text) => ctx.paint(style, text))) {
        ctx.out(line);
      }
      if (covered !== undefined && coverageFormats.includes('table')) {
        const paint = (style: 'red' | 'green' | 'yellow', text: string) => ctx.paint(style, text);
        ctx.out('');
        for (const line of formatCoverageTable(covered, { cwd: ctx.io.cwd, paint })) ctx.out(line);
      }
    }
    if (covered === undefined) return summary.failed > 0 ? 1 : 0;
    const dir = resolve(ctx.io.cwd, args.coverageDir);
    for (const path of writeCoverageFiles(covered, coverageFormats, dir)) {
      if (args.format === 'table') ctx.info(`wrote ${relativeId(path, ctx.io.cwd)}`);
    }
    const below =
      args.coverageMin === undefined ? undefined : coverageBelow(covered, args.coverageMin);
    if (below !== undefined) ctx.err(ctx.paint('red', `aslc: ${below} (--coverage-min)`));
    return summary.failed > 0 || below !== undefined ? 1 : 0;
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
