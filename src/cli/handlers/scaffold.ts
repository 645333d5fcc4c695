import { resolve } from 'node:path';
import type { ArgsOf, CommandHandler } from '../command-spec.ts';
import type { scaffoldCommand } from '../commands/scaffold.ts';
import type { CliContext } from '../context.ts';
import { writeFileAtomic } from '../../util/file-set.ts';
import { AslcError, UsageError } from '../../util/errors.ts';
import { jsonError, parseJson } from '../../util/json.ts';
import { readInputText } from '../read-input.ts';
import {
  formatIssue,
  parseJsonLossless,
  parseScaffoldEnvironment,
  prepareDemandScaffolding,
  scaffoldingContextOf,
  ScaffoldingRequestError,
} from '../../scaffolding/index.ts';

type ScaffoldArgs = ArgsOf<typeof scaffoldCommand>;

/** Reads a file (or stdin for `-`) and parses it as JSON; one clear error line otherwise. */
async function readJson(
  ctx: CliContext,
  file: string,
  lossless: boolean,
): Promise<{ name: string; value: unknown }> {
  const { shown: name, content: text } = await readInputText(ctx, file);
  const parsed = parseJson(text);
  if (!parsed.ok) throw jsonError(parsed).withFile(name);
  return { name, value: lossless ? parseJsonLossless(text) : parsed.value };
}

/** Prints every issue of an invalid request or environment, one per line. */
function printIssues(ctx: CliContext, file: string, error: ScaffoldingRequestError): number {
  for (const issue of error.issues) {
    ctx.err(ctx.paint('red', `aslc: ${file}: ${issue.code}: ${formatIssue(issue)}`));
  }
  return 1;
}

/**
 * `aslc scaffold <request.json> --environment <environment.json> [--write-env-file PATH]`:
 * runs the demand-execution scaffolding on a request and prints the response as canonical
 * JSON. The environment file gives the env base, region, EFS file systems and access points
 * (DescribeFileSystems / DescribeAccessPoints items) and whether the env file is writable.
 */
export const handleScaffold: CommandHandler<ScaffoldArgs> = async (args, ctx) => {
  // yargs re-parses positionals as `--request <value>`, which turns a lone `-` into '' (or true).
  const requestFile =
    args.request === '' || (args.request as unknown) === true ? '-' : args.request;
  if (typeof requestFile !== 'string') {
    throw new UsageError('name the request file (or - for stdin)');
  }
  if (typeof args.environment !== 'string' || args.environment === '') {
    throw new UsageError('--environment needs a file');
  }
  const env = await readJson(ctx, args.environment, false);
  let context;
  try {
    context = scaffoldingContextOf(parseScaffoldEnvironment(env.value));
  } catch (e) {
    if (e instanceof ScaffoldingRequestError) return printIssues(ctx, env.name, e);
    throw e;
  }
  const request = await readJson(ctx, requestFile, true);
  let result;
  try {
    result = await prepareDemandScaffolding(request.value, context);
  } catch (e) {
    if (e instanceof ScaffoldingRequestError) return printIssues(ctx, request.name, e);
    if (!(e instanceof AslcError) || e.file !== undefined) throw e;
    // A bad env base or region comes from the environment file, everything else from the request.
    const fromEnvironment = e.code === 'InvalidEnvBase' || e.code === 'InvalidRegion';
    throw e.withFile(fromEnvironment ? env.name : request.name);
  }
  // The env file first: a pipeline must never receive a response whose env file is missing.
  const target = args.writeEnvFile;
  if (target !== undefined) {
    if (result.envFile === undefined) {
      ctx.err(
        `aslc: no env file for this request (the environment is inline); ${target} not written`,
      );
    } else {
      writeFileAtomic(resolve(ctx.io.cwd, target), result.envFile.content, target);
    }
  }
  ctx.json(result.response);
  return 0;
};
